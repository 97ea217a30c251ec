#include "query/plan/degree_weighting.h"

#include <cstring>

#include "query/plan/row_counts.h"

namespace stargraph::query {
namespace {

// True when `a` gives the same result however often each of its rows repeats.
bool IgnoresRepeats(const AggregateSpec& a) {
  if (a.function == nullptr) return false;
  return a.distinct || std::strcmp(a.function->name, "min") == 0 ||
         std::strcmp(a.function->name, "max") == 0;
}

}  // namespace

PlanP WeighLastHopByDegree(const PlanP& input, const std::vector<ProjectItem>& keys,
                           const std::vector<AggregateSpec>& aggregates,
                           const std::optional<std::set<size_t>>& reads,
                           const std::function<size_t()>& new_slot) {
  PlanP expand_input;
  const ExpandSpec* hop = AsExpand(*input, &expand_input);
  if (hop == nullptr || hop->var_length || hop->rel_bound || !reads) return nullptr;
  if (reads->count(hop->rel_slot) || reads->count(hop->to_slot)) return nullptr;
  std::vector<AggregateSpec> weighted;
  for (const AggregateSpec& a : aggregates) {
    if (!CountsRows(a, {hop->rel_slot, hop->to_slot}) && !IgnoresRepeats(a)) return nullptr;
  }
  DegreeExpandSpec spec;
  spec.expand = *hop;
  spec.weight_slot = new_slot();
  for (const AggregateSpec& a : aggregates) {
    if (!CountsRows(a, {hop->rel_slot, hop->to_slot})) {
      weighted.push_back(a);
      continue;
    }
    AggregateSpec sum;
    sum.function = FindAggregateFunction("sum");
    sum.args.push_back(std::make_shared<SlotExpr>(spec.weight_slot, "weight"));
    sum.slot = a.slot;
    sum.name = a.name + " as sum(weight)";
    weighted.push_back(std::move(sum));
  }
  return MakeAggregate(MakeDegreeWeightedExpand(std::move(expand_input), std::move(spec)), keys,
                       std::move(weighted));
}

}  // namespace stargraph::query
