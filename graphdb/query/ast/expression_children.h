// ForEachChild: calls `fn(child)` for each direct subexpression of an AST expression (children
// may be null: optional parts such as a CASE's ELSE). Patterns and subqueries are not entered.
#pragma once

#include "query/ast/expression.h"

namespace stargraph::query::ast {

template <typename Fn>
void ForEachChild(const Expr& e, Fn fn) {
  using K = ExprKind;
  switch (e.kind) {
    case K::kProperty:
      fn(e.As<Property>().object);
      break;
    case K::kSubscript:
      fn(e.As<Subscript>().object);
      fn(e.As<Subscript>().index);
      break;
    case K::kSlice:
      fn(e.As<Slice>().object);
      fn(e.As<Slice>().from);
      fn(e.As<Slice>().to);
      break;
    case K::kList:
      for (const auto& i : e.As<ListLiteral>().items) fn(i);
      break;
    case K::kMap:
      for (const auto& kv : e.As<MapLiteral>().entries) fn(kv.second);
      break;
    case K::kUnary:
      fn(e.As<Unary>().operand);
      break;
    case K::kBinary:
      fn(e.As<Binary>().lhs);
      fn(e.As<Binary>().rhs);
      break;
    case K::kIsNull:
      fn(e.As<IsNull>().operand);
      break;
    case K::kLabelPredicate:
      fn(e.As<LabelPredicate>().operand);
      break;
    case K::kFunctionCall:
      for (const auto& a : e.As<FunctionCall>().args) fn(a);
      break;
    case K::kCase: {
      const auto& c = e.As<Case>();
      fn(c.subject);
      for (const auto& alt : c.alternatives) {
        fn(alt.when);
        fn(alt.then);
      }
      fn(c.otherwise);
      break;
    }
    case K::kListComprehension: {
      const auto& c = e.As<ListComprehension>();
      fn(c.list);
      fn(c.where);
      fn(c.projection);
      break;
    }
    case K::kQuantifier:
      fn(e.As<Quantifier>().list);
      fn(e.As<Quantifier>().where);
      break;
    case K::kReduce:
      fn(e.As<Reduce>().init);
      fn(e.As<Reduce>().list);
      fn(e.As<Reduce>().expression);
      break;
    case K::kMapProjection:
      for (const auto& item : e.As<MapProjection>().items) fn(item.value);
      break;
    default:
      break;
  }
}

}  // namespace stargraph::query::ast
