#include <algorithm>

#include "query/bind/expressions.h"
#include "query/functions/temporal_values.h"
#include "query/query_error.h"
#include "query/values/value_arithmetic.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

std::string Join(const std::vector<ExprP>& items) {
  std::string out;
  for (const ExprP& e : items) out += (out.empty() ? "" : ", ") + e->Describe();
  return out;
}

[[noreturn]] void ThrowNotBoolean(const Value& v, const char* context) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                   std::string(context) + " expects a Boolean, got " + ValueKindName(v.kind()));
}

Ternary ToTernary(const Value& v, const char* context) {
  if (v.is_null()) return Ternary::kNull;
  if (v.kind() != ValueKind::kBool) ThrowNotBoolean(v, context);
  return v.as_bool() ? Ternary::kTrue : Ternary::kFalse;
}

}  // namespace

bool EvalPredicate(const Expression& expr, Row& row, ExecContext& ctx) {
  return ToTernary(expr.Eval(row, ctx), "WHERE") == Ternary::kTrue;
}

std::string ConstantExpr::Describe() const {
  if (value_.kind() == ValueKind::kString) return "'" + value_.as_string() + "'";
  return value_.ToString();
}

Value CachedConstantExpr::Eval(Row& row, ExecContext& ctx) const {
  if (const Value* cached = ctx.CachedConstant(id_)) return *cached;
  Value value = inner_->Eval(row, ctx);
  ctx.CacheConstant(id_, value);
  return value;
}

Value ParameterExpr::Eval(Row&, ExecContext& ctx) const {
  auto it = ctx.params().find(name_);
  if (it == ctx.params().end()) {
    // Engine::Execute checks every parameter first; a plan run otherwise still fails cleanly.
    throw QueryError(ErrorKind::kSemanticError, "MissingParameter",
                     "Expected a parameter named $" + name_);
  }
  return it->second;
}

Value PropertyOf(const Value& object, const std::string& key, ExecContext& ctx) {
  switch (object.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kNode:
      if (ctx.IsDeleted(object.as_node())) {
        throw QueryError(ErrorKind::kEntityNotFound, "DeletedEntityAccess",
                         "the node was deleted in this statement");
      }
      return ctx.NodeProperty(object.as_node(), key);
    case ValueKind::kRelationship:
      if (ctx.IsDeleted(object.as_rel())) {
        throw QueryError(ErrorKind::kEntityNotFound, "DeletedEntityAccess",
                         "the relationship was deleted in this statement");
      }
      return ctx.RelProperty(object.as_rel(), key);
    case ValueKind::kMap: {
      const ValueMap& map = object.as_map();
      auto it = map.find(key);
      return it == map.end() ? Value() : it->second;
    }
    default:
      if (auto component = TemporalComponent(object, key)) return *component;
      throw QueryError(
          ErrorKind::kTypeError, "InvalidArgumentType",
          std::string("cannot read property '") + key + "' of a " + ValueKindName(object.kind()));
  }
}

Value PropertyExpr::Eval(Row& row, ExecContext& ctx) const {
  return PropertyOf(object_->Eval(row, ctx), key_, ctx);
}

Value ListExpr::Eval(Row& row, ExecContext& ctx) const {
  ValueList out;
  out.reserve(items_.size());
  for (const ExprP& e : items_) out.push_back(e->Eval(row, ctx));
  return Value(std::move(out));
}

std::string ListExpr::Describe() const { return "[" + Join(items_) + "]"; }

bool ListExpr::IsConstant() const {
  for (const ExprP& e : items_) {
    if (!e->IsConstant()) return false;
  }
  return true;
}

Value MapExpr::Eval(Row& row, ExecContext& ctx) const {
  ValueMap out;
  for (const auto& [key, e] : entries_) out[key] = e->Eval(row, ctx);
  return Value(std::move(out));
}

std::string MapExpr::Describe() const {
  std::string out;
  for (const auto& [key, e] : entries_)
    out += (out.empty() ? "" : ", ") + key + ": " + e->Describe();
  return "{" + out + "}";
}

bool MapExpr::IsConstant() const {
  for (const auto& entry : entries_) {
    if (!entry.second->IsConstant()) return false;
  }
  return true;
}

Value UnaryExpr::Eval(Row& row, ExecContext& ctx) const {
  Value v = operand_->Eval(row, ctx);
  switch (op_) {
    case ast::UnaryOp::kNot:
      return TernaryToValue(TernaryNot(ToTernary(v, "NOT")));
    case ast::UnaryOp::kMinus:
      return Negate(v);
    case ast::UnaryOp::kPlus:
      if (!v.is_null() && !v.is_number() && v.kind() != ValueKind::kDuration) {
        throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                         std::string("unary + expects a number, got ") + ValueKindName(v.kind()));
      }
      return v;
  }
  return v;
}

std::string UnaryExpr::Describe() const {
  switch (op_) {
    case ast::UnaryOp::kNot:
      return "NOT " + operand_->Describe();
    case ast::UnaryOp::kMinus:
      return "-" + operand_->Describe();
    case ast::UnaryOp::kPlus:
      return "+" + operand_->Describe();
  }
  return operand_->Describe();
}

std::string BinaryExpr::Describe() const {
  return lhs_->Describe() + " " + ast::BinaryOpName(op_) + " " + rhs_->Describe();
}

Value LabelPredicateExpr::Eval(Row& row, ExecContext& ctx) const {
  Value v = operand_->Eval(row, ctx);
  if (v.is_null()) return Value();
  if (v.kind() == ValueKind::kRelationship) {
    const std::string type = ctx.RelType(v.as_rel());
    for (const std::string& l : labels_) {
      if (l != type) return Value(false);
    }
    return Value(true);
  }
  if (v.kind() != ValueKind::kNode) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     std::string("label predicate on a ") + ValueKindName(v.kind()));
  }
  for (const std::string& l : labels_) {
    std::optional<storage::TokenId> id = ctx.FindToken(storage::TokenKind::kLabel, l);
    if (!id || !Unwrap(ctx.tx().NodeHasLabel(v.as_node().id, *id))) return Value(false);
  }
  return Value(true);
}

std::string LabelPredicateExpr::Describe() const {
  std::string out = operand_->Describe();
  for (const std::string& l : labels_) out += ":" + l;
  return out;
}

Value FunctionExpr::Eval(Row& row, ExecContext& ctx) const {
  std::vector<Value> args;
  args.reserve(args_.size());
  for (const ExprP& e : args_) args.push_back(e->Eval(row, ctx));
  return fn_->fn(args, ctx.function_context());
}

std::string FunctionExpr::Describe() const {
  return std::string(fn_->name) + "(" + Join(args_) + ")";
}

bool FunctionExpr::IsConstant() const {
  if (!fn_->deterministic) return false;
  for (const ExprP& e : args_) {
    if (!e->IsConstant()) return false;
  }
  return true;
}

Value CaseExpr::Eval(Row& row, ExecContext& ctx) const {
  if (subject_) {
    Value subject = subject_->Eval(row, ctx);
    for (const auto& [when, then] : alternatives_) {
      if (Equals(subject, when->Eval(row, ctx)) == Ternary::kTrue) return then->Eval(row, ctx);
    }
  } else {
    for (const auto& [when, then] : alternatives_) {
      Value cond = when->Eval(row, ctx);
      if (cond.kind() == ValueKind::kBool && cond.as_bool()) return then->Eval(row, ctx);
    }
  }
  return otherwise_ ? otherwise_->Eval(row, ctx) : Value();
}

}  // namespace stargraph::query
