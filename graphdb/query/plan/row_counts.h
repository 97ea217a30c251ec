// Recognizing the aggregates that count rows, for the rewrites that compute counts without
// making the rows (count_store_answer.h, degree_weighting.h).
#pragma once

#include <algorithm>
#include <cstring>
#include <vector>

#include "query/bind/expressions.h"
#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// True when `a` is count(*) or count(x) without DISTINCT, x a bare variable in one of
// `never_null` (slots every row binds to a node or relationship): then it counts rows.
inline bool CountsRows(const AggregateSpec& a, const std::vector<size_t>& never_null) {
  if (a.function == nullptr) return true;
  if (std::strcmp(a.function->name, "count") != 0 || a.distinct || a.args.size() != 1) {
    return false;
  }
  const std::optional<size_t> slot = BareSlot(*a.args[0]);
  return slot && std::find(never_null.begin(), never_null.end(), *slot) != never_null.end();
}

}  // namespace stargraph::query
