// Record reads: which node variables a query reads the stored records of, so that an Expand
// binding one of them fetches the end nodes' records in batches ahead of the rows
// (ExpandSpec::prefetch_to, Transaction::PrefetchNodes) instead of one Get per row.
//
// A variable counts when the query reads a property of it (`n.key`, `n {.key}`, properties(n),
// keys(n)) or returns it whole (a returned node carries its properties). Label tests alone do
// not count: they are answered from label member sets, cheaper than the records. Names are
// collected over every part and clause, without regard to scope: a hint may be wrong only in
// the cost of the query, never in its answer.
#pragma once

#include <set>
#include <string>

#include "query/ast/statement.h"

namespace stargraph::query {

std::set<std::string> VariablesWithRecordReads(const ast::Query& query);

}  // namespace stargraph::query
