// Binding AST expressions into executable expressions: variables to slots, functions to the
// registry, subqueries and pattern expressions to sub-plans.
#include <algorithm>
#include <cctype>

#include "query/ast/expression_children.h"
#include "query/bind/expressions.h"
#include "query/bind/static_types.h"
#include "query/plan/query_planner.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

[[noreturn]] void Fail(const ast::Expr& e, const std::string& code, const std::string& message) {
  throw QueryError(ErrorKind::kSemanticError, code, message, e.pos.line, e.pos.column);
}

bool IsAggregateCall(const ast::Expr& e) {
  if (e.kind == ast::ExprKind::kCountStar) return true;
  if (e.kind != ast::ExprKind::kFunctionCall) return false;
  return FindAggregateFunction(e.As<ast::FunctionCall>().name) != nullptr;
}

}  // namespace

bool ContainsAggregate(const ast::Expr& expr) {
  if (IsAggregateCall(expr)) return true;
  bool found = false;
  ast::ForEachChild(expr, [&](const ast::ExprPtr& child) {
    if (child && !found && ContainsAggregate(*child)) found = true;
  });
  return found;
}

// Walks one expression tree; a class so the recursive helpers share the planner and scope.
class ExpressionBinder {
 public:
  ExpressionBinder(QueryPlanner& planner, const Scope& scope) : planner_(planner), scope_(scope) {}

  ExprP Bind(const ast::ExprPtr& ptr) {
    if (!ptr) return nullptr;
    const ast::Expr& e = *ptr;
    if (planner_.in_aggregation_) {
      auto agg = planner_.aggregate_slots_.find(&e);
      if (agg != planner_.aggregate_slots_.end()) {
        return std::make_shared<SlotExpr>(agg->second, planner_.Text(e));
      }
      auto key = planner_.grouping_key_slots_.find(planner_.Text(e));
      if (key != planner_.grouping_key_slots_.end() && e.kind != ast::ExprKind::kLiteral) {
        return std::make_shared<SlotExpr>(key->second, planner_.Text(e));
      }
    } else if (IsAggregateCall(e)) {
      Fail(e, "InvalidAggregation",
           "aggregate functions are not allowed here: " + planner_.Text(e));
    }
    CheckOperandTypes(e, scope_);
    return FoldConstant(BindNode(e));
  }

 private:
  // Constant folding: a constant subexpression beyond a literal or parameter is evaluated once
  // per execution (not at plan time: plans are reused with other parameters and clocks).
  ExprP FoldConstant(ExprP bound) {
    if (!bound->IsConstant() || dynamic_cast<const ConstantExpr*>(bound.get()) != nullptr ||
        dynamic_cast<const ParameterExpr*>(bound.get()) != nullptr) {
      return bound;
    }
    return std::make_shared<CachedConstantExpr>(std::move(bound), planner_.NewConstantId());
  }

  ExprP BindNode(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::kLiteral:
        return std::make_shared<ConstantExpr>(e.As<ast::Literal>().value);
      case K::kParameter:
        return planner_.ParameterRef(e.As<ast::Parameter>().name);
      case K::kVariable:
        return BindVariable(e.As<ast::Variable>());
      case K::kProperty:
        return std::make_shared<PropertyExpr>(Bind(e.As<ast::Property>().object),
                                              e.As<ast::Property>().key);
      case K::kSubscript:
        return std::make_shared<SubscriptExpr>(Bind(e.As<ast::Subscript>().object),
                                               Bind(e.As<ast::Subscript>().index));
      case K::kSlice: {
        const auto& s = e.As<ast::Slice>();
        return std::make_shared<SliceExpr>(Bind(s.object), Bind(s.from), Bind(s.to));
      }
      case K::kList: {
        std::vector<ExprP> items;
        for (const auto& i : e.As<ast::ListLiteral>().items) items.push_back(Bind(i));
        return std::make_shared<ListExpr>(std::move(items));
      }
      case K::kMap: {
        std::vector<std::pair<std::string, ExprP>> entries;
        for (const auto& [k, v] : e.As<ast::MapLiteral>().entries) entries.emplace_back(k, Bind(v));
        return std::make_shared<MapExpr>(std::move(entries));
      }
      case K::kUnary:
        return std::make_shared<UnaryExpr>(e.As<ast::Unary>().op, Bind(e.As<ast::Unary>().operand));
      case K::kBinary: {
        const auto& b = e.As<ast::Binary>();
        return std::make_shared<BinaryExpr>(b.op, Bind(b.lhs), Bind(b.rhs));
      }
      case K::kIsNull:
        return std::make_shared<IsNullExpr>(Bind(e.As<ast::IsNull>().operand),
                                            e.As<ast::IsNull>().negated);
      case K::kLabelPredicate:
        return std::make_shared<LabelPredicateExpr>(Bind(e.As<ast::LabelPredicate>().operand),
                                                    e.As<ast::LabelPredicate>().labels);
      case K::kFunctionCall:
        return BindFunction(e.As<ast::FunctionCall>());
      case K::kCountStar:
        Fail(e, "InvalidAggregation", "count(*) is not allowed here");
      case K::kCase:
        return BindCase(e.As<ast::Case>());
      case K::kListComprehension:
        return BindComprehension(e.As<ast::ListComprehension>());
      case K::kQuantifier:
        return BindQuantifier(e.As<ast::Quantifier>());
      case K::kReduce:
        return BindReduce(e.As<ast::Reduce>());
      case K::kMapProjection:
        return BindMapProjection(e.As<ast::MapProjection>());
      case K::kPatternPredicate:
        return BindPatternPredicate(e.As<ast::PatternPredicate>());
      case K::kPatternComprehension:
        return BindPatternComprehension(e.As<ast::PatternComprehension>());
      case K::kExists:
        return BindExists(e.As<ast::ExistsSubquery>());
    }
    Fail(e, "UnsupportedExpression", "unsupported expression " + planner_.Text(e));
  }

  ExprP BindVariable(const ast::Variable& v) {
    const BoundVariable* var = scope_.Find(v.name);
    if (var == nullptr) Fail(v, "UndefinedVariable", "Variable `" + v.name + "` not defined");
    return std::make_shared<SlotExpr>(var->slot, v.name);
  }

  ExprP BindFunction(const ast::FunctionCall& f) {
    const ScalarFunction* fn = FindScalarFunction(f.name);
    if (fn == nullptr) {
      Fail(f, "UnknownFunction", "Unknown function '" + f.name + "'");
    }
    const int n = static_cast<int>(f.args.size());
    if (n < fn->min_args || (fn->max_args >= 0 && n > fn->max_args)) {
      Fail(f, "InvalidNumberOfArguments",
           "wrong number of arguments to " + std::string(fn->name) + ": " + std::to_string(n));
    }
    std::vector<ExprP> args;
    for (const auto& a : f.args) args.push_back(Bind(a));
    return std::make_shared<FunctionExpr>(fn, std::move(args));
  }

  ExprP BindCase(const ast::Case& c) {
    std::vector<std::pair<ExprP, ExprP>> alternatives;
    for (const auto& alt : c.alternatives)
      alternatives.emplace_back(Bind(alt.when), Bind(alt.then));
    return std::make_shared<CaseExpr>(Bind(c.subject), std::move(alternatives), Bind(c.otherwise));
  }

  // Binds `body` with `variable` bound to a fresh slot in a scope extending this one.
  // The element type of a list literal whose elements share one static type (nulls aside).
  StaticType ElementType(const ast::ExprPtr& list) const {
    if (!list || list->kind != ast::ExprKind::kList) return StaticType::kAny;
    StaticType common = StaticType::kNull;
    for (const auto& item : list->As<ast::ListLiteral>().items) {
      const StaticType t = StaticTypeOf(*item, scope_);
      if (t == StaticType::kNull) continue;
      if (common != StaticType::kNull && common != t) return StaticType::kAny;
      common = t;
    }
    return common == StaticType::kNull ? StaticType::kAny : common;
  }

  template <typename Fn>
  auto WithVariable(const std::string& variable, size_t slot, Fn body,
                    StaticType type = StaticType::kAny) {
    Scope inner = scope_;
    inner.Bind(variable, BoundVariable{slot, VariableKind::kValue, type});
    ExpressionBinder nested(planner_, inner);
    return body(nested);
  }

  ExprP BindComprehension(const ast::ListComprehension& c) {
    ExprP list = Bind(c.list);
    const size_t slot = planner_.NewSlot();
    return WithVariable(
        c.variable, slot,
        [&](ExpressionBinder& inner) -> ExprP {
          return std::make_shared<ListComprehensionExpr>(slot, list, inner.Bind(c.where),
                                                         inner.Bind(c.projection));
        },
        ElementType(c.list));
  }

  ExprP BindQuantifier(const ast::Quantifier& q) {
    ExprP list = Bind(q.list);
    const size_t slot = planner_.NewSlot();
    return WithVariable(
        q.variable, slot,
        [&](ExpressionBinder& inner) -> ExprP {
          return std::make_shared<QuantifierExpr>(q.quantifier, slot, list, inner.Bind(q.where));
        },
        ElementType(q.list));
  }

  ExprP BindReduce(const ast::Reduce& r) {
    ExprP init = Bind(r.init);
    ExprP list = Bind(r.list);
    const size_t acc = planner_.NewSlot();
    const size_t slot = planner_.NewSlot();
    Scope inner = scope_;
    inner.Bind(r.accumulator, BoundVariable{acc, VariableKind::kValue});
    inner.Bind(r.variable, BoundVariable{slot, VariableKind::kValue});
    ExpressionBinder nested(planner_, inner);
    return std::make_shared<ReduceExpr>(acc, init, slot, list, nested.Bind(r.expression));
  }

  ExprP BindMapProjection(const ast::MapProjection& m) {
    const BoundVariable* var = scope_.Find(m.variable);
    if (var == nullptr) Fail(m, "UndefinedVariable", "Variable `" + m.variable + "` not defined");
    std::vector<MapProjectionEntry> entries;
    for (const auto& item : m.items) entries.push_back({item.kind, item.key, Bind(item.value)});
    return std::make_shared<MapProjectionExpr>(std::make_shared<SlotExpr>(var->slot, m.variable),
                                               std::move(entries));
  }

  // A pattern used as an expression may only refer to variables already bound.
  void RequireBound(const ast::PatternPart& part) {
    auto require = [&](const std::string& name, const ast::Located& at) {
      if (!name.empty() && scope_.Find(name) == nullptr) {
        throw QueryError(ErrorKind::kSemanticError, "UndefinedVariable",
                         "Variable `" + name + "` not defined", at.pos.line, at.pos.column);
      }
    };
    for (const auto& n : part.nodes) require(n.variable, n);
    for (const auto& r : part.rels) require(r.variable, r);
  }

  ExprP BindPatternPredicate(const ast::PatternPredicate& p) {
    RequireBound(*p.pattern);
    Scope inner = scope_;
    PlanP plan = planner_.PlanPatternSubplan({p.pattern.get()}, inner, nullptr);
    return std::make_shared<SubplanExpr>(SubplanExpr::Mode::kExists, plan, nullptr);
  }

  ExprP BindPatternComprehension(const ast::PatternComprehension& p) {
    Scope inner = scope_;
    PlanP plan = planner_.PlanPatternSubplan({p.pattern.get()}, inner, p.where);
    ExpressionBinder nested(planner_, inner);
    ExprP projection =
        p.projection ? nested.Bind(p.projection) : planner_.BindPathExpr(*p.pattern, inner);
    return std::make_shared<SubplanExpr>(SubplanExpr::Mode::kCollect, plan, projection);
  }

  ExprP BindExists(const ast::ExistsSubquery& e) {
    const ast::Query& q = *e.query;
    if (q.parts.size() != 1) Fail(e, "UnsupportedSubquery", "EXISTS with UNION is not supported");
    PlanP plan = planner_.PlanExistsSubquery(q.parts[0], scope_);
    return std::make_shared<SubplanExpr>(SubplanExpr::Mode::kExists, plan, nullptr);
  }

  QueryPlanner& planner_;
  const Scope& scope_;
};

ExprP QueryPlanner::BindExpr(const ast::ExprPtr& expr, const Scope& scope) {
  ExpressionBinder binder(*this, scope);
  return binder.Bind(expr);
}

}  // namespace stargraph::query
