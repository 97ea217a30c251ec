// Count-store answers: `MATCH (n:L) RETURN count(n)`, `MATCH ()-[r:T]->() RETURN count(*)` and
// `MATCH ()-[r]->() RETURN type(r) AS t, count(*)` read the stored counts
// (Transaction::CountNodes / CountRelationships) instead of scanning, as Neo4j's
// NodeCountFromCountStore and RelationshipCountFromCountStore do.
//
// Applies when an Aggregate reads a node scan (all nodes or one label) or a directed
// relationship scan (all types or some) directly, so no filter (WHERE, inline properties, end
// node labels) or later clause sees the scanned rows, and every aggregate is count(*) or count(v)
// of a variable the scan binds (never null there). Without grouping keys, one row; with the
// one key type(r) of a relationship scan, one row per type. Not for undirected scans (a
// self-loop is matched once, other relationships twice, and the store does not count loops)
// nor for a scan that must avoid relationships matched earlier in the same MATCH.
#pragma once

#include <vector>

#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// CountFromStore(input of the scan) computing `aggregates` grouped by `keys`, or nullptr when
// the rewrite does not apply (then plan Aggregate(input, keys, aggregates) as usual).
PlanP AnswerFromCountStore(const PlanP& input, const std::vector<ProjectItem>& keys,
                           const std::vector<AggregateSpec>& aggregates);

}  // namespace stargraph::query
