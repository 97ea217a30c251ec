// Static type checks: operands whose type is known at compile time (literals, variables bound to
// nodes, relationships or paths, or projected from typed expressions) and that an operator or
// function never accepts make the statement fail before it runs, as openCypher requires.
#pragma once

#include "query/ast/expression.h"
#include "query/bind/scope.h"

namespace stargraph::query {

// The static type of `e` in `scope`; kAny when it depends on data.
StaticType StaticTypeOf(const ast::Expr& e, const Scope& scope);

// Checks the operands of `e` itself (not of its children). Throws QueryError InvalidArgumentType
// (SemanticError; TypeError for property access on a non-map value) when one has a static type
// the operator or function rejects.
void CheckOperandTypes(const ast::Expr& e, const Scope& scope);

// Checks that a DELETE target can be a node, relationship or path (InvalidArgumentType).
void CheckDeleteTarget(const ast::Expr& e, const Scope& scope);

// Checks that a WHERE predicate can be a boolean.
void CheckPredicateType(const ast::Expr& e, const Scope& scope);

}  // namespace stargraph::query
