#include "query/bind/expressions.h"
#include "query/query_error.h"
#include "query/values/value_access.h"
#include "query/values/value_arithmetic.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

Ternary AsTernary(const Value& v, ast::BinaryOp op) {
  if (v.is_null()) return Ternary::kNull;
  if (v.kind() != ValueKind::kBool) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     std::string(ast::BinaryOpName(op)) + " expects Boolean operands, got " +
                         ValueKindName(v.kind()));
  }
  return v.as_bool() ? Ternary::kTrue : Ternary::kFalse;
}

Value EvalLogical(ast::BinaryOp op, const Expression& lhs, const Expression& rhs, Row& row,
                  ExecContext& ctx) {
  const Ternary a = AsTernary(lhs.Eval(row, ctx), op);
  // Short-circuit only where the result is decided; the right side is still type-checked
  // otherwise, as openCypher requires errors for non-boolean operands.
  if (op == ast::BinaryOp::kAnd && a == Ternary::kFalse) return Value(false);
  if (op == ast::BinaryOp::kOr && a == Ternary::kTrue) return Value(true);
  const Ternary b = AsTernary(rhs.Eval(row, ctx), op);
  switch (op) {
    case ast::BinaryOp::kAnd:
      return TernaryToValue(TernaryAnd(a, b));
    case ast::BinaryOp::kOr:
      return TernaryToValue(TernaryOr(a, b));
    default:
      if (a == Ternary::kNull || b == Ternary::kNull) return Value();
      return Value(a != b);
  }
}

}  // namespace

Value BinaryExpr::Eval(Row& row, ExecContext& ctx) const {
  using Op = ast::BinaryOp;
  if (op_ == Op::kAnd || op_ == Op::kOr || op_ == Op::kXor) {
    return EvalLogical(op_, *lhs_, *rhs_, row, ctx);
  }
  const Value a = lhs_->Eval(row, ctx);
  const Value b = rhs_->Eval(row, ctx);
  switch (op_) {
    case Op::kEq:
      return TernaryToValue(Equals(a, b));
    case Op::kNe:
      return TernaryToValue(TernaryNot(Equals(a, b)));
    case Op::kLt:
      return TernaryToValue(Compare(ComparisonOp::kLess, a, b));
    case Op::kLe:
      return TernaryToValue(Compare(ComparisonOp::kLessEqual, a, b));
    case Op::kGt:
      return TernaryToValue(Compare(ComparisonOp::kGreater, a, b));
    case Op::kGe:
      return TernaryToValue(Compare(ComparisonOp::kGreaterEqual, a, b));
    case Op::kAdd:
      return Add(a, b);
    case Op::kSub:
      return Subtract(a, b);
    case Op::kMul:
      return Multiply(a, b);
    case Op::kDiv:
      return Divide(a, b);
    case Op::kMod:
      return Modulo(a, b);
    case Op::kPow:
      return Power(a, b);
    case Op::kIn:
      return TernaryToValue(InList(a, b));
    case Op::kStartsWith:
      return StartsWith(a, b);
    case Op::kEndsWith:
      return EndsWith(a, b);
    case Op::kContains:
      return Contains(a, b);
    case Op::kRegexMatch:
      return RegexMatch(a, b);
    default:
      break;
  }
  throw QueryError(ErrorKind::kRuntimeError, "Internal", "unhandled binary operator");
}

Value SubscriptExpr::Eval(Row& row, ExecContext& ctx) const {
  Value object = object_->Eval(row, ctx);
  Value index = index_->Eval(row, ctx);
  return IndexAccess(object, index, &ctx);
}

std::string SubscriptExpr::Describe() const {
  return object_->Describe() + "[" + index_->Describe() + "]";
}

Value SliceExpr::Eval(Row& row, ExecContext& ctx) const {
  Value object = object_->Eval(row, ctx);
  std::optional<Value> from, to;
  if (from_) from = from_->Eval(row, ctx);
  if (to_) to = to_->Eval(row, ctx);
  return Slice(object, from, to);
}

std::string SliceExpr::Describe() const {
  return object_->Describe() + "[" + (from_ ? from_->Describe() : "") + ".." +
         (to_ ? to_->Describe() : "") + "]";
}

}  // namespace stargraph::query
