// Compact, deterministic text forms of AST expressions and patterns, for tests, debugging and
// EXPLAIN output. Not Cypher: operators are written prefix, e.g. `(+ 1 (* 2 3))`.
#pragma once

#include <string>

#include "query/ast/expression.h"
#include "query/ast/pattern.h"

namespace stargraph::query::ast {

// Literals as Value::ToString() (strings quoted), variables by name, `$p` for parameters,
// `(op a b)` for operators, `(. obj key)` for property access, `(fn name args...)` for calls.
std::string Dump(const Expr& expr);

// `(a:L {k: v})-[r:T*1..3]->(b)`, prefixed by `p = ` and wrapped in shortestPath(...) as written.
std::string Dump(const PatternPart& part);

}  // namespace stargraph::query::ast
