#include "query/bind/static_types.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "query/query_error.h"

namespace stargraph::query {
namespace {

using T = StaticType;

StaticType OfValue(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return T::kNull;
    case ValueKind::kBool:
      return T::kBool;
    case ValueKind::kInt:
      return T::kInt;
    case ValueKind::kFloat:
      return T::kFloat;
    case ValueKind::kString:
      return T::kString;
    case ValueKind::kList:
      return T::kList;
    case ValueKind::kMap:
      return T::kMap;
    default:
      return T::kAny;
  }
}

StaticType OfVariable(const ast::Variable& v, const Scope& scope) {
  const BoundVariable* var = scope.Find(v.name);
  if (var == nullptr) return T::kAny;
  switch (var->kind) {
    case VariableKind::kNode:
      return T::kNode;
    case VariableKind::kRelationship:
      return T::kRel;
    case VariableKind::kRelationshipList:
      return T::kList;
    case VariableKind::kPath:
      return T::kPath;
    default:
      return var->type;
  }
}

bool IsBooleanOperator(ast::BinaryOp op) {
  using Op = ast::BinaryOp;
  return op == Op::kOr || op == Op::kXor || op == Op::kAnd || op == Op::kEq || op == Op::kNe ||
         op == Op::kLt || op == Op::kLe || op == Op::kGt || op == Op::kGe || op == Op::kIn ||
         op == Op::kStartsWith || op == Op::kEndsWith || op == Op::kContains ||
         op == Op::kRegexMatch;
}

// Arithmetic on operands of known numeric types: integers stay integers (except `^`), a float
// makes a float. Anything else depends on the data (or fails in CheckBinary).
StaticType ArithmeticType(const ast::Binary& b, const Scope& scope) {
  using Op = ast::BinaryOp;
  if (b.op != Op::kAdd && b.op != Op::kSub && b.op != Op::kMul && b.op != Op::kDiv &&
      b.op != Op::kMod && b.op != Op::kPow) {
    return T::kAny;
  }
  const StaticType lhs = StaticTypeOf(*b.lhs, scope);
  const StaticType rhs = StaticTypeOf(*b.rhs, scope);
  const bool lhs_number = lhs == T::kInt || lhs == T::kFloat;
  const bool rhs_number = rhs == T::kInt || rhs == T::kFloat;
  if (!lhs_number || !rhs_number) return T::kAny;
  return lhs == T::kInt && rhs == T::kInt && b.op != Op::kPow ? T::kInt : T::kFloat;
}

bool Accepts(StaticType actual, std::initializer_list<StaticType> allowed) {
  if (actual == T::kAny || actual == T::kNull) return true;
  return std::find(allowed.begin(), allowed.end(), actual) != allowed.end();
}

[[noreturn]] void Reject(const ast::Expr& at, const std::string& what, ErrorKind kind) {
  throw QueryError(kind, "InvalidArgumentType", "Type mismatch: " + what, at.pos.line,
                   at.pos.column);
}

void Require(const ast::ExprPtr& operand, const Scope& scope,
             std::initializer_list<StaticType> allowed, const std::string& what) {
  if (operand && !Accepts(StaticTypeOf(*operand, scope), allowed)) {
    Reject(*operand, what, ErrorKind::kSemanticError);
  }
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void CheckFunctionArguments(const ast::FunctionCall& f, const Scope& scope) {
  if (f.args.size() != 1) return;
  const std::string name = Lower(f.name);
  const ast::ExprPtr& arg = f.args[0];
  if (name == "length") Require(arg, scope, {T::kPath}, "length() expects a path");
  if (name == "nodes" || name == "relationships") {
    Require(arg, scope, {T::kPath}, name + "() expects a path");
  }
  if (name == "size")
    Require(arg, scope, {T::kList, T::kString}, "size() expects a list or string");
  if (name == "labels") Require(arg, scope, {T::kNode}, "labels() expects a node");
  if (name == "type") Require(arg, scope, {T::kRel}, "type() expects a relationship");
  if (name == "properties" || name == "keys") {
    Require(arg, scope, {T::kNode, T::kRel, T::kMap},
            name + "() expects a node, relationship or map");
  }
}

void CheckBinary(const ast::Binary& b, const Scope& scope) {
  using Op = ast::BinaryOp;
  switch (b.op) {
    case Op::kAnd:
    case Op::kOr:
    case Op::kXor:
      Require(b.lhs, scope, {T::kBool}, "boolean operators expect booleans");
      Require(b.rhs, scope, {T::kBool}, "boolean operators expect booleans");
      break;
    case Op::kSub:
    case Op::kMul:
    case Op::kDiv:
    case Op::kMod:
    case Op::kPow:
      Require(b.lhs, scope, {T::kInt, T::kFloat}, "arithmetic expects numbers");
      Require(b.rhs, scope, {T::kInt, T::kFloat}, "arithmetic expects numbers");
      break;
    default:
      break;
  }
}

}  // namespace

StaticType StaticTypeOf(const ast::Expr& e, const Scope& scope) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kLiteral:
      return OfValue(e.As<ast::Literal>().value);
    case K::kVariable:
      return OfVariable(e.As<ast::Variable>(), scope);
    case K::kList:
    case K::kListComprehension:
    case K::kPatternComprehension:
      return T::kList;
    case K::kMap:
    case K::kMapProjection:
      return T::kMap;
    case K::kUnary:
      return e.As<ast::Unary>().op == ast::UnaryOp::kNot ? T::kBool : T::kAny;
    case K::kBinary:
      return IsBooleanOperator(e.As<ast::Binary>().op) ? T::kBool
                                                       : ArithmeticType(e.As<ast::Binary>(), scope);
    case K::kIsNull:
    case K::kLabelPredicate:
    case K::kQuantifier:
    case K::kExists:
      return T::kBool;
    default:
      return T::kAny;
  }
}

void CheckOperandTypes(const ast::Expr& e, const Scope& scope) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kUnary:
      if (e.As<ast::Unary>().op == ast::UnaryOp::kNot) {
        Require(e.As<ast::Unary>().operand, scope, {T::kBool}, "NOT expects a boolean");
      }
      break;
    case K::kBinary:
      CheckBinary(e.As<ast::Binary>(), scope);
      break;
    case K::kFunctionCall:
      CheckFunctionArguments(e.As<ast::FunctionCall>(), scope);
      break;
    case K::kProperty: {
      const ast::Expr& object = *e.As<ast::Property>().object;
      const StaticType t = StaticTypeOf(object, scope);
      if (t == T::kPath) Reject(object, "a path has no properties", ErrorKind::kSemanticError);
      if (!Accepts(t, {T::kMap, T::kNode, T::kRel})) {
        Reject(object, "property access on a non-map value", ErrorKind::kTypeError);
      }
      break;
    }
    default:
      break;
  }
}

void CheckDeleteTarget(const ast::Expr& e, const Scope& scope) {
  if (!Accepts(StaticTypeOf(e, scope), {T::kNode, T::kRel, T::kPath})) {
    Reject(e, "DELETE expects a node, relationship or path", ErrorKind::kSemanticError);
  }
}

void CheckPredicateType(const ast::Expr& e, const Scope& scope) {
  if (!Accepts(StaticTypeOf(e, scope), {T::kBool})) {
    Reject(e, "a predicate must be a boolean", ErrorKind::kSemanticError);
  }
}

}  // namespace stargraph::query
