// Predicate pushdown: a conjunct of a WHERE is applied as soon as every variable it refers to
// is bound, right after the scan or expand that binds the last of them, instead of after the
// whole pattern. Filtering earlier never changes a result; it only spares rows.
#pragma once

#include "query/ast/expression.h"
#include "query/bind/scope.h"

namespace stargraph::query {

// True when every variable `e` refers to (apart from those it binds itself, as comprehensions
// and reduce do) is bound in `scope`. False, conservatively, for subqueries and pattern
// comprehensions, which are applied after the whole pattern.
bool RefersOnlyTo(const ast::Expr& e, const Scope& scope);

}  // namespace stargraph::query
