// Planning WITH and RETURN: projection, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT.
#include <map>
#include <set>

#include "query/ast/expression_children.h"
#include "query/bind/expressions.h"
#include "query/bind/static_types.h"
#include "query/plan/count_expand_fusion.h"
#include "query/plan/count_store_answer.h"
#include "query/plan/degree_weighting.h"
#include "query/plan/query_planner.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

// The outermost aggregate calls in `e`.
void CollectAggregates(const ast::ExprPtr& e, std::vector<const ast::Expr*>* out) {
  if (!e) return;
  if (e->kind == ast::ExprKind::kCountStar ||
      (e->kind == ast::ExprKind::kFunctionCall &&
       FindAggregateFunction(e->As<ast::FunctionCall>().name))) {
    out->push_back(e.get());
    return;
  }
  ast::ForEachChild(*e, [&](const ast::ExprPtr& child) { CollectAggregates(child, out); });
}

bool IsBareVariable(const ast::Expr& e) { return e.kind == ast::ExprKind::kVariable; }

// The variable written at (line, column) in `e`, or null.
const ast::Variable* VariableAt(const ast::Expr& e, int line, int column) {
  if (e.kind == ast::ExprKind::kVariable && e.pos.line == line && e.pos.column == column) {
    return &e.As<ast::Variable>();
  }
  const ast::Variable* found = nullptr;
  ast::ForEachChild(e, [&](const ast::ExprPtr& child) {
    if (child && !found) found = VariableAt(*child, line, column);
  });
  return found;
}

// Runs `bind` on an aggregating item `expr`, which sees only the grouping keys. A variable of
// the scope before the projection that is not a key (`n` in `RETURN n + count(*)`) would be an
// implicit grouping key, which openCypher rejects: say so instead of "not defined".
template <typename Bind>
ExprP BindOverGroupingKeys(const ast::Expr& expr, const Scope& before, Bind bind) {
  try {
    return bind();
  } catch (const QueryError& e) {
    if (e.code() != "UndefinedVariable") throw;
    const ast::Variable* v = VariableAt(expr, e.line(), e.column());
    if (!v || !before.Find(v->name)) throw;
    throw QueryError(ErrorKind::kSemanticError, "AmbiguousAggregationExpression",
                     "`" + v->name +
                         "` is used beside an aggregate but is not a grouping key: project it as "
                         "a column of its own too, or aggregate it",
                     e.line(), e.column());
  }
}

// The literal value of `e` (also a negated literal), or nullptr.
const Value* LiteralValue(const ast::Expr& e, Value* negated) {
  if (e.kind == ast::ExprKind::kLiteral) return &e.As<ast::Literal>().value;
  if (e.kind != ast::ExprKind::kUnary || e.As<ast::Unary>().op != ast::UnaryOp::kMinus) {
    return nullptr;
  }
  const ast::Expr& operand = *e.As<ast::Unary>().operand;
  if (operand.kind != ast::ExprKind::kLiteral) return nullptr;
  const Value& v = operand.As<ast::Literal>().value;
  if (v.kind() == ValueKind::kInt) *negated = Value(-v.as_int());
  if (v.kind() == ValueKind::kFloat) *negated = Value(-v.as_float());
  return v.is_number() ? negated : &v;
}

// SKIP and LIMIT take a constant: no variables; a literal must be a non-negative integer.
void CheckCountLiteral(const ast::Expr& e, const char* what) {
  Value negated;
  const Value* v = LiteralValue(e, &negated);
  if (v == nullptr) return;
  if (v->kind() != ValueKind::kInt) {
    FailSemantic(e, "InvalidArgumentType", std::string(what) + " must be a non-negative integer");
  }
  if (v->as_int() < 0) {
    FailSemantic(e, "NegativeIntegerArgument",
                 std::string(what) + " must be a non-negative integer");
  }
}

// Adds to *slots the slots of the variables `e` reads; false when it holds a pattern, a subquery
// or a map projection, whose variables ForEachChild does not show.
bool AddReadSlots(const ast::Expr& e, const Scope& scope, std::set<size_t>* slots) {
  using K = ast::ExprKind;
  if (e.kind == K::kPatternComprehension || e.kind == K::kPatternPredicate ||
      e.kind == K::kExists || e.kind == K::kMapProjection) {
    return false;
  }
  if (e.kind == K::kVariable) {
    if (const BoundVariable* v = scope.Find(e.As<ast::Variable>().name)) slots->insert(v->slot);
    return true;
  }
  bool known = true;
  ast::ForEachChild(e, [&](const ast::ExprPtr& child) {
    if (child && known) known = AddReadSlots(*child, scope, slots);
  });
  return known;
}

// True when `e` is `v.key` for a variable v.
bool IsPropertyOfVariable(const ast::Expr& e) {
  return e.kind == ast::ExprKind::kProperty && IsBareVariable(*e.As<ast::Property>().object);
}

// True when `e`, a property of a variable, names the same variable in both scopes (ORDER BY
// may see a projected name that hides the variable of the projection).
bool SameVariable(const ast::Expr& e, const Scope& before, const Scope& after) {
  const std::string& name = e.As<ast::Property>().object->As<ast::Variable>().name;
  const BoundVariable* a = before.Find(name);
  const BoundVariable* b = after.Find(name);
  return a != nullptr && b != nullptr && a->slot == b->slot;
}

// True when `call` is count(x) without DISTINCT of a bare variable x.
bool IsCountOfVariable(const ast::Expr& call) {
  if (call.kind != ast::ExprKind::kFunctionCall) return false;
  const auto& f = call.As<ast::FunctionCall>();
  return FindAggregateFunction(f.name) == FindAggregateFunction("count") && !f.distinct &&
         f.args.size() == 1 && IsBareVariable(*f.args[0]);
}

// The slots the grouping keys and aggregate calls of `items` read, but the bare variable of
// count(x) (degree_weighting.h); nullopt when unknown.
std::optional<std::set<size_t>> ReadSlots(const std::vector<ast::ProjectionItem>& items,
                                          const std::vector<const ast::Expr*>& calls,
                                          const Scope& scope) {
  std::set<size_t> slots;
  for (const auto& item : items) {
    if (!ContainsAggregate(*item.expr) && !AddReadSlots(*item.expr, scope, &slots)) {
      return std::nullopt;
    }
  }
  for (const ast::Expr* call : calls) {
    if (!IsCountOfVariable(*call) && !AddReadSlots(*call, scope, &slots)) return std::nullopt;
  }
  return slots;
}

}  // namespace

PlanP QueryPlanner::PlanProjection(const ast::ProjectionBody& body, const ast::ExprPtr& where,
                                   PlanP plan, Scope& scope, Projection* out, bool is_return) {
  // Expand `*` into the variables in scope.
  std::vector<ast::ProjectionItem> items;
  if (body.star) {
    for (const std::string& name : scope.UserNames()) {
      ast::ProjectionItem item;
      auto var = std::make_shared<ast::Variable>();
      var->name = name;
      item.expr = var;
      item.text = name;
      items.push_back(std::move(item));
    }
    // WITH * may carry no variables (the rows still count); RETURN * must return a column.
    if (is_return && items.empty() && body.items.empty()) {
      throw QueryError(ErrorKind::kSemanticError, "NoVariablesInScope",
                       "RETURN * is not allowed when there are no variables in scope");
    }
  }
  items.insert(items.end(), body.items.begin(), body.items.end());
  std::set<std::string> seen;
  for (const auto& item : items) {
    if (!seen.insert(item.ColumnName()).second) {
      FailSemantic(item, "ColumnNameConflict",
                   "Multiple result columns with the same name '" + item.ColumnName() + "'");
    }
    if (!is_return && !item.alias && !IsBareVariable(*item.expr)) {
      FailSemantic(item, "NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
    }
  }

  bool aggregating = false;
  for (const auto& item : items) aggregating = aggregating || ContainsAggregate(*item.expr);

  Scope next;
  Projection proj;
  // Projected property reads (`n.name`) by text: an ORDER BY key written the same way sorts on
  // the projected column instead of reading the property again.
  std::map<std::string, size_t> projected_properties;
  ast::ProjectionBody effective = body;
  effective.items = items;
  if (aggregating) {
    plan = PlanAggregation(effective, std::move(plan), scope, &next, &proj);
  } else {
    std::vector<ProjectItem> project;
    for (const auto& item : items) {
      const std::string name = item.ColumnName();
      ExprP bound = BindExpr(item.expr, scope);
      const BoundVariable* existing =
          IsBareVariable(*item.expr) ? scope.Find(item.expr->As<ast::Variable>().name) : nullptr;
      size_t slot;
      VariableKind kind = VariableKind::kValue;
      if (existing) {
        slot = existing->slot;
        kind = existing->kind;
      } else {
        slot = NewSlot();
        project.push_back({bound, slot, name});
        const std::string text = Text(*item.expr);
        if (IsPropertyOfVariable(*item.expr) && !text.empty()) projected_properties[text] = slot;
      }
      const StaticType type = existing ? existing->type : StaticTypeOf(*item.expr, scope);
      next.Bind(name, BoundVariable{slot, kind, type});
      proj.names.push_back(name);
      proj.slots.push_back(slot);
    }
    if (!project.empty()) plan = MakeProject(std::move(plan), std::move(project));
  }
  if (body.distinct) plan = MakeDistinct(std::move(plan), proj.slots);

  // ORDER BY and WITH's WHERE see the projected names, and (without DISTINCT or aggregation)
  // the variables that were in scope before the projection.
  Scope order_scope = (aggregating || body.distinct) ? next : scope;
  if (!aggregating && !body.distinct) {
    for (const auto& [name, var] : next.all()) order_scope.Bind(name, var);
  }
  // After DISTINCT, an expression written as a projected one (`a.name2` for `a.name2 AS name`)
  // means that column, as a grouping key does after aggregation.
  const bool projected_only = aggregating || body.distinct;
  if (body.distinct && !aggregating) {
    grouping_key_slots_.clear();
    for (size_t i = 0; i < items.size(); ++i)
      grouping_key_slots_[Text(*items[i].expr)] = proj.slots[i];
  }
  const bool saved = in_aggregation_;
  in_aggregation_ = projected_only;
  ExprP skip = body.skip ? BindCount(body.skip, "SKIP") : nullptr;
  ExprP limit = body.limit ? BindCount(body.limit, "LIMIT") : nullptr;
  if (!body.order_by.empty()) {
    std::vector<SortKey> keys;
    for (const auto& s : body.order_by) {
      auto projected = projected_properties.find(Text(*s.expr));
      if (projected != projected_properties.end() && IsPropertyOfVariable(*s.expr) &&
          SameVariable(*s.expr, scope, order_scope)) {
        keys.push_back(
            {std::make_shared<SlotExpr>(projected->second, projected->first), s.ascending});
      } else {
        keys.push_back({BindExpr(s.expr, order_scope), s.ascending});
      }
    }
    plan = MakeSort(std::move(plan), std::move(keys), skip, limit);
  }
  in_aggregation_ = saved;
  if (skip) plan = MakeSkip(std::move(plan), skip);
  if (limit) plan = MakeLimit(std::move(plan), limit, writes_);
  if (where) {
    in_aggregation_ = body.distinct && !aggregating;
    ExprP predicate = BindExpr(where, order_scope);
    in_aggregation_ = saved;
    plan = MakeFilter(std::move(plan), std::move(predicate));
  }
  scope = next;
  if (out) *out = proj;
  return plan;
}

ExprP QueryPlanner::BindCount(const ast::ExprPtr& count, const char* what) {
  CheckCountLiteral(*count, what);
  const Scope empty;
  try {
    return BindExpr(count, empty);
  } catch (const QueryError& e) {
    if (e.code() != "UndefinedVariable") throw;
    FailSemantic(*count, "NonConstantExpression",
                 std::string(what) + " must not depend on variables: " + Text(*count));
  }
}

PlanP QueryPlanner::PlanAggregation(const ast::ProjectionBody& body, PlanP plan, Scope& scope,
                                    Scope* next, Projection* proj) {
  std::vector<ProjectItem> keys;
  std::vector<AggregateSpec> aggregates;
  aggregate_slots_.clear();
  grouping_key_slots_.clear();
  // Grouping keys first, so aggregate expressions may refer to them.
  for (const auto& item : body.items) {
    if (ContainsAggregate(*item.expr)) continue;
    const size_t slot = NewSlot();
    keys.push_back({BindExpr(item.expr, scope), slot, item.ColumnName()});
    grouping_key_slots_[Text(*item.expr)] = slot;
    VariableKind kind = VariableKind::kValue;
    if (IsBareVariable(*item.expr)) kind = scope.Find(item.expr->As<ast::Variable>().name)->kind;
    next->Bind(item.ColumnName(), BoundVariable{slot, kind});
  }
  std::vector<const ast::Expr*> calls;
  for (const auto& item : body.items) CollectAggregates(item.expr, &calls);
  for (const auto& s : body.order_by) CollectAggregates(s.expr, &calls);
  for (const ast::Expr* call : calls) {
    AggregateSpec spec;
    spec.slot = NewSlot();
    spec.name = Text(*call);
    if (call->kind == ast::ExprKind::kFunctionCall) {
      const auto& f = call->As<ast::FunctionCall>();
      spec.function = FindAggregateFunction(f.name);
      spec.distinct = f.distinct;
      if (static_cast<int>(f.args.size()) != spec.function->num_args) {
        FailSemantic(*call, "InvalidNumberOfArguments",
                     std::string(spec.function->name) + " takes " +
                         std::to_string(spec.function->num_args) + " argument(s), got " +
                         std::to_string(f.args.size()));
      }
      for (const auto& a : f.args) {
        if (ContainsAggregate(*a)) {
          FailSemantic(*call, "NestedAggregation",
                       "aggregate functions cannot be nested: " + Text(*call));
        }
        spec.args.push_back(BindExpr(a, scope));
      }
    }
    aggregate_slots_[call] = spec.slot;
    aggregates.push_back(std::move(spec));
  }
  // Aggregate rewrites, the first that applies (see each header).
  PlanP rewritten = AnswerFromCountStore(plan, keys, aggregates);
  if (!rewritten) rewritten = FuseCountExpand(plan, keys, aggregates);
  if (!rewritten) {
    rewritten = WeighLastHopByDegree(plan, keys, aggregates, ReadSlots(body.items, calls, scope),
                                     [this] { return NewSlot(); });
  }
  plan = rewritten ? rewritten
                   : MakeAggregate(std::move(plan), std::move(keys), std::move(aggregates));
  // Items with aggregates are computed from the aggregate and key slots.
  std::vector<ProjectItem> project;
  in_aggregation_ = true;
  for (const auto& item : body.items) {
    const std::string name = item.ColumnName();
    if (!ContainsAggregate(*item.expr)) {
      proj->names.push_back(name);
      proj->slots.push_back(next->Find(name)->slot);
      continue;
    }
    Scope keys_scope = *next;
    const size_t slot = NewSlot();
    ExprP bound =
        BindOverGroupingKeys(*item.expr, scope, [&] { return BindExpr(item.expr, keys_scope); });
    project.push_back({std::move(bound), slot, name});
    proj->names.push_back(name);
    proj->slots.push_back(slot);
  }
  in_aggregation_ = false;
  for (size_t i = 0; i < proj->names.size(); ++i) {
    if (!next->Find(proj->names[i]))
      next->Bind(proj->names[i], BoundVariable{proj->slots[i], VariableKind::kValue});
  }
  if (!project.empty()) plan = MakeProject(std::move(plan), std::move(project));
  return plan;
}

}  // namespace stargraph::query
