// Count-expand fusion: `MATCH (a)-[...]->()-[:T]->(y) RETURN count(*), count(DISTINCT y)` counts
// the last hop's relationships from the adjacency lists instead of making a row for each.
//
// Applies when an Aggregate without grouping keys reads an Expand or VarLengthExpand directly
// or through the end node's label test only (no other filter, path or later clause between
// them, so nothing else reads the hop's relationship or end node) and every aggregate is count(*),
// count(r) or count(y) (r and y are never null there, so these count rows) or count(DISTINCT y),
// with r and y the hop's relationship (or list of them) and end node.
#pragma once

#include <vector>

#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// CountExpand(input of the Expand) computing `aggregates`, or nullptr when the fusion does not
// apply (then plan Aggregate(input, keys, aggregates) as usual).
PlanP FuseCountExpand(const PlanP& input, const std::vector<ProjectItem>& keys,
                      const std::vector<AggregateSpec>& aggregates);

}  // namespace stargraph::query
