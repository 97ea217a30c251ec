// The bound expression node types. The binder (expression_binder.h) builds them from the AST.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "query/ast/expression.h"
#include "query/bind/expression.h"
#include "query/functions/function_registry.h"
#include "query/plan/plan_node.h"

namespace stargraph::query {

class ConstantExpr : public Expression {
 public:
  explicit ConstantExpr(Value v) : value_(std::move(v)) {}
  Value Eval(Row&, ExecContext&) const override { return value_; }
  std::string Describe() const override;
  bool IsConstant() const override { return true; }
  const Value& value() const { return value_; }

 private:
  Value value_;
};

class ParameterExpr : public Expression {
 public:
  explicit ParameterExpr(std::string name) : name_(std::move(name)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return "$" + name_; }
  bool IsConstant() const override { return true; }

 private:
  std::string name_;
};

// A constant subexpression that is more than a literal or a parameter (`2 * 1000`, `[1, 2]`,
// `date($d)`): evaluated on first use and cached in the statement's ExecContext under `id`, so
// it runs once per execution instead of once per row. Errors still surface at run time.
class CachedConstantExpr : public Expression {
 public:
  CachedConstantExpr(ExprP inner, size_t id) : inner_(std::move(inner)), id_(id) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return inner_->Describe(); }
  bool IsConstant() const override { return true; }

 private:
  ExprP inner_;
  size_t id_;
};

class SlotExpr : public Expression {
 public:
  SlotExpr(size_t slot, std::string name) : slot_(slot), name_(std::move(name)) {}
  Value Eval(Row& row, ExecContext&) const override { return row[slot_]; }
  std::string Describe() const override { return name_; }
  size_t slot() const { return slot_; }

 private:
  size_t slot_;
  std::string name_;
};

// The slot `e` reads when it is a bare variable, else nullopt.
inline std::optional<size_t> BareSlot(const Expression& e) {
  const auto* slot = dynamic_cast<const SlotExpr*>(&e);
  if (slot == nullptr) return std::nullopt;
  return slot->slot();
}

// `object.key` on nodes, relationships, maps and temporal values.
class PropertyExpr : public Expression {
 public:
  PropertyExpr(ExprP object, std::string key) : object_(std::move(object)), key_(std::move(key)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return object_->Describe() + "." + key_; }
  const ExprP& object() const { return object_; }
  const std::string& key() const { return key_; }

 private:
  ExprP object_;
  std::string key_;
};

// Value of `object.key` (shared by PropertyExpr and map projections).
Value PropertyOf(const Value& object, const std::string& key, ExecContext& ctx);

class ListExpr : public Expression {
 public:
  explicit ListExpr(std::vector<ExprP> items) : items_(std::move(items)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override;

 private:
  std::vector<ExprP> items_;
};

class MapExpr : public Expression {
 public:
  explicit MapExpr(std::vector<std::pair<std::string, ExprP>> entries)
      : entries_(std::move(entries)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override;

 private:
  std::vector<std::pair<std::string, ExprP>> entries_;
};

class UnaryExpr : public Expression {
 public:
  UnaryExpr(ast::UnaryOp op, ExprP operand) : op_(op), operand_(std::move(operand)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override { return operand_->IsConstant(); }

 private:
  ast::UnaryOp op_;
  ExprP operand_;
};

class BinaryExpr : public Expression {
 public:
  BinaryExpr(ast::BinaryOp op, ExprP lhs, ExprP rhs)
      : op_(op), lhs_(std::move(lhs)), rhs_(std::move(rhs)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override { return lhs_->IsConstant() && rhs_->IsConstant(); }
  ast::BinaryOp op() const { return op_; }
  const ExprP& lhs() const { return lhs_; }
  const ExprP& rhs() const { return rhs_; }

 private:
  ast::BinaryOp op_;
  ExprP lhs_;
  ExprP rhs_;
};

class SubscriptExpr : public Expression {
 public:
  SubscriptExpr(ExprP object, ExprP index) : object_(std::move(object)), index_(std::move(index)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override { return object_->IsConstant() && index_->IsConstant(); }

 private:
  ExprP object_;
  ExprP index_;
};

class SliceExpr : public Expression {
 public:
  SliceExpr(ExprP object, ExprP from, ExprP to)
      : object_(std::move(object)), from_(std::move(from)), to_(std::move(to)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;

 private:
  ExprP object_;
  ExprP from_;  // may be null
  ExprP to_;    // may be null
};

class IsNullExpr : public Expression {
 public:
  IsNullExpr(ExprP operand, bool negated) : operand_(std::move(operand)), negated_(negated) {}
  Value Eval(Row& row, ExecContext& ctx) const override {
    return Value(operand_->Eval(row, ctx).is_null() != negated_);
  }
  std::string Describe() const override {
    return operand_->Describe() + (negated_ ? " IS NOT NULL" : " IS NULL");
  }
  bool IsConstant() const override { return operand_->IsConstant(); }

 private:
  ExprP operand_;
  bool negated_;
};

class LabelPredicateExpr : public Expression {
 public:
  LabelPredicateExpr(ExprP operand, std::vector<std::string> labels)
      : operand_(std::move(operand)), labels_(std::move(labels)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;

 private:
  ExprP operand_;
  std::vector<std::string> labels_;
};

class FunctionExpr : public Expression {
 public:
  FunctionExpr(const ScalarFunction* fn, std::vector<ExprP> args)
      : fn_(fn), args_(std::move(args)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;
  bool IsConstant() const override;
  const ScalarFunction* function() const { return fn_; }
  const std::vector<ExprP>& args() const { return args_; }

 private:
  const ScalarFunction* fn_;
  std::vector<ExprP> args_;
};

class CaseExpr : public Expression {
 public:
  CaseExpr(ExprP subject, std::vector<std::pair<ExprP, ExprP>> alternatives, ExprP otherwise)
      : subject_(std::move(subject)),
        alternatives_(std::move(alternatives)),
        otherwise_(std::move(otherwise)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return "CASE ... END"; }

 private:
  ExprP subject_;  // may be null (generic form)
  std::vector<std::pair<ExprP, ExprP>> alternatives_;
  ExprP otherwise_;  // may be null
};

// [x IN list WHERE p | e], all/any/none/single(x IN list WHERE p) and reduce(): iterate a list
// binding `slot` to each element.
class ListComprehensionExpr : public Expression {
 public:
  ListComprehensionExpr(size_t slot, ExprP list, ExprP where, ExprP projection)
      : slot_(slot),
        list_(std::move(list)),
        where_(std::move(where)),
        projection_(std::move(projection)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return "[... IN " + list_->Describe() + " ...]"; }

 private:
  size_t slot_;
  ExprP list_, where_, projection_;
};

class QuantifierExpr : public Expression {
 public:
  QuantifierExpr(ast::QuantifierKind kind, size_t slot, ExprP list, ExprP where)
      : kind_(kind), slot_(slot), list_(std::move(list)), where_(std::move(where)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return "quantifier(... IN " + list_->Describe() + ")"; }

 private:
  ast::QuantifierKind kind_;
  size_t slot_;
  ExprP list_, where_;
};

class ReduceExpr : public Expression {
 public:
  ReduceExpr(size_t acc_slot, ExprP init, size_t slot, ExprP list, ExprP expression)
      : acc_slot_(acc_slot),
        init_(std::move(init)),
        slot_(slot),
        list_(std::move(list)),
        expression_(std::move(expression)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return "reduce(...)"; }

 private:
  size_t acc_slot_;
  ExprP init_;
  size_t slot_;
  ExprP list_, expression_;
};

struct MapProjectionEntry {
  ast::MapProjectionItemKind kind;
  std::string key;
  ExprP value;  // kLiteral / kVariable
};

class MapProjectionExpr : public Expression {
 public:
  MapProjectionExpr(ExprP subject, std::vector<MapProjectionEntry> entries)
      : subject_(std::move(subject)), entries_(std::move(entries)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override { return subject_->Describe() + "{...}"; }

 private:
  ExprP subject_;
  std::vector<MapProjectionEntry> entries_;
};

// A sub-plan run with the current row as its argument: EXISTS {...} and pattern predicates
// (true when it yields a row), or pattern comprehensions (the list of `projection` per row).
class SubplanExpr : public Expression {
 public:
  enum class Mode { kExists, kCollect };
  SubplanExpr(Mode mode, PlanP plan, ExprP projection)
      : mode_(mode), plan_(std::move(plan)), projection_(std::move(projection)) {}
  Value Eval(Row& row, ExecContext& ctx) const override;
  std::string Describe() const override;

 private:
  Mode mode_;
  PlanP plan_;
  ExprP projection_;  // kCollect only
};

}  // namespace stargraph::query
