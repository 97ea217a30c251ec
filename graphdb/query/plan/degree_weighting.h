// Degree weighting: `MATCH (c:Company)<-[:INVESTED_IN]-(i) RETURN c.name, count(i)` gives each
// company's row a weight, the number of rows the last Expand would make of it (from the stored
// degree), and sums weights instead of counting rows (Neo4j's getDegree).
//
// Applies when an Aggregate reads a one-hop Expand directly (no filter, end node label,
// properties, path or later clause between them) whose relationship r and end node i nothing
// else reads: the grouping keys and the aggregates other than count(*), count(r) and count(i)
// read only variables bound before the Expand, and those other aggregates do not depend on how
// often a row repeats (DISTINCT ones, min, max). count(*), count(r) and count(i) become sums of
// the weights; rows of weight 0 are dropped, as the Expand makes none of them.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <vector>

#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// Aggregate(DegreeWeightedExpand(input of the Expand), keys, aggregates with the row counts
// summing the weights), or nullptr when the rewrite does not apply. `reads` holds the slots the
// keys and the aggregates read, but the bare variable of count(x) (nullopt: unknown, as when
// they hold a pattern or a subquery); `new_slot` allocates the weight's slot.
PlanP WeighLastHopByDegree(const PlanP& input, const std::vector<ProjectItem>& keys,
                           const std::vector<AggregateSpec>& aggregates,
                           const std::optional<std::set<size_t>>& reads,
                           const std::function<size_t()>& new_slot);

}  // namespace stargraph::query
