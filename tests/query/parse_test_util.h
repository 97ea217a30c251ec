// Helpers shared by the parser tests.
#pragma once

#include <string>

#include "query/ast/dump.h"
#include "query/parse/parser.h"
#include "query/query_error.h"

namespace stargraph::query::testing {

// The single query of `text` (fails the test if `text` is a schema command).
inline const ast::Query& QueryOf(const ast::Statement& statement) {
  return std::get<ast::Query>(statement.body);
}

// The i-th clause of the first single query, downcast to T.
template <class T>
const T& ClauseOf(const ast::Statement& statement, size_t i = 0) {
  const ast::Clause& clause = *QueryOf(statement).parts.at(0).clauses.at(i);
  if (clause.kind != T::kKind) throw std::runtime_error("unexpected clause kind");
  return clause.As<T>();
}

// Parses `RETURN <expr>` and dumps the expression.
inline std::string DumpExpr(const std::string& expr) {
  ast::Statement statement = Parse("RETURN " + expr);
  return ast::Dump(*ClauseOf<ast::Return>(statement).body.items.at(0).expr);
}

// Parses `MATCH (n) WHERE <expr> RETURN n` and dumps the WHERE expression.
inline std::string DumpWhere(const std::string& expr) {
  ast::Statement statement = Parse("MATCH (n) WHERE " + expr + " RETURN n");
  return ast::Dump(*ClauseOf<ast::Match>(statement).where);
}

}  // namespace stargraph::query::testing
