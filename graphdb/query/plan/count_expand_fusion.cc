#include "query/plan/count_expand_fusion.h"

#include <cstring>

#include "query/bind/expressions.h"

namespace stargraph::query {
namespace {

// Files `a` under the spec's counts; false when it is not a count the fusion computes.
bool AddCount(const AggregateSpec& a, const ExpandSpec& hop, CountExpandSpec* spec) {
  if (a.function == nullptr) {
    spec->row_count_slots.push_back(a.slot);
    return true;
  }
  if (std::strcmp(a.function->name, "count") != 0 || a.args.size() != 1) return false;
  const std::optional<size_t> arg = BareSlot(*a.args[0]);
  if (!arg) return false;
  if (a.distinct) {
    if (*arg != hop.to_slot) return false;
    spec->distinct_end_slots.push_back(a.slot);
    return true;
  }
  if (*arg != hop.to_slot && *arg != hop.rel_slot) return false;
  spec->row_count_slots.push_back(a.slot);
  return true;
}

}  // namespace

PlanP FuseCountExpand(const PlanP& input, const std::vector<ProjectItem>& keys,
                      const std::vector<AggregateSpec>& aggregates) {
  if (!keys.empty() || aggregates.empty()) return nullptr;
  PlanP expand = input;
  const LabelFilterSpec* end_labels = AsLabelFilter(*input, &expand);
  PlanP expand_input;
  const ExpandSpec* hop = AsExpand(*expand, &expand_input);
  if (hop == nullptr || hop->rel_bound) return nullptr;
  if (end_labels != nullptr && end_labels->slot != hop->to_slot) return nullptr;
  CountExpandSpec spec;
  spec.expand = *hop;
  if (end_labels != nullptr) spec.end_labels = end_labels->labels;
  for (const AggregateSpec& a : aggregates) {
    if (!AddCount(a, *hop, &spec)) return nullptr;
    spec.description += (spec.description.empty() ? "" : ", ") + a.name;
  }
  return MakeCountExpand(std::move(expand_input), std::move(spec));
}

}  // namespace stargraph::query
