// Bound expressions: the executable form of AST expressions, with variables resolved to row slots.
//
// Eval reads (and, for comprehension variables, temporarily writes) slots of the row it is given.
// Errors are thrown as QueryError. Expressions are immutable and shared by plans.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/value.h"
#include "query/exec/exec_context.h"

namespace stargraph::query {

class Expression {
 public:
  virtual ~Expression() = default;
  virtual Value Eval(Row& row, ExecContext& ctx) const = 0;
  // Cypher-like text for EXPLAIN.
  virtual std::string Describe() const = 0;
  // True when the value never changes within a statement (no slots, no rand()).
  virtual bool IsConstant() const { return false; }
};
using ExprP = std::shared_ptr<const Expression>;

// Evaluates `expr` as a predicate: true only when it yields true (null and false reject);
// a non-boolean, non-null value is a TypeError.
bool EvalPredicate(const Expression& expr, Row& row, ExecContext& ctx);

}  // namespace stargraph::query
