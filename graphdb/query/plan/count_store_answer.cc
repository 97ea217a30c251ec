#include "query/plan/count_store_answer.h"

#include <cstring>

#include "query/bind/expressions.h"
#include "query/plan/row_counts.h"

namespace stargraph::query {
namespace {

// True when `key` is type(r) for relationship slot `rel_slot`.
bool IsTypeOf(const ProjectItem& key, size_t rel_slot) {
  const auto* call = dynamic_cast<const FunctionExpr*>(key.expr.get());
  if (call == nullptr || std::strcmp(call->function()->name, "type") != 0) return false;
  return call->args().size() == 1 && BareSlot(*call->args()[0]) == rel_slot;
}

// The spec's counts when every aggregate counts the rows binding `never_null`.
bool AddCounts(const std::vector<AggregateSpec>& aggregates, const std::vector<size_t>& never_null,
               CountStoreSpec* spec) {
  if (aggregates.empty()) return false;
  std::string counts;
  for (const AggregateSpec& a : aggregates) {
    if (!CountsRows(a, never_null)) return false;
    spec->count_slots.push_back(a.slot);
    counts += (counts.empty() ? "" : ", ") + a.name;
  }
  spec->description += " | " + counts;
  return true;
}

PlanP NodeCount(const PlanP& input, const std::vector<ProjectItem>& keys,
                const std::vector<AggregateSpec>& aggregates) {
  PlanP scan_input;
  size_t slot = 0;
  std::optional<std::string> label;
  if (!keys.empty() || !AsNodeScan(*input, &scan_input, &slot, &label)) return nullptr;
  CountStoreSpec spec;
  if (label) spec.tokens.push_back(*label);
  spec.description = label ? ":" + *label : "all nodes";
  if (!AddCounts(aggregates, {slot}, &spec)) return nullptr;
  return MakeCountFromStore(std::move(scan_input), std::move(spec));
}

PlanP RelationshipCount(const PlanP& input, const std::vector<ProjectItem>& keys,
                        const std::vector<AggregateSpec>& aggregates) {
  PlanP scan_input;
  const RelScanSpec* scan = AsRelationshipScan(*input, &scan_input);
  if (scan == nullptr || scan->undirected || !scan->distinct_from.empty()) return nullptr;
  if (keys.size() > 1 || (keys.size() == 1 && !IsTypeOf(keys[0], scan->rel_slot))) return nullptr;
  CountStoreSpec spec;
  spec.relationships = true;
  spec.tokens = scan->types;
  spec.description = scan->description;
  if (!keys.empty()) {
    spec.type_key_slot = keys[0].slot;
    spec.description += " | " + keys[0].name + " = " + keys[0].expr->Describe();
  }
  if (!AddCounts(aggregates, {scan->start_slot, scan->rel_slot, scan->end_slot}, &spec)) {
    return nullptr;
  }
  return MakeCountFromStore(std::move(scan_input), std::move(spec));
}

}  // namespace

PlanP AnswerFromCountStore(const PlanP& input, const std::vector<ProjectItem>& keys,
                           const std::vector<AggregateSpec>& aggregates) {
  if (PlanP nodes = NodeCount(input, keys, aggregates)) return nodes;
  return RelationshipCount(input, keys, aggregates);
}

}  // namespace stargraph::query
