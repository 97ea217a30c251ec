// Planning CREATE, MERGE, SET, REMOVE, DELETE and FOREACH.
#include "query/bind/expressions.h"
#include "query/bind/static_types.h"
#include "query/plan/query_planner.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

std::string NodeName(const ast::NodePattern& n) {
  return n.variable.empty() ? " node" + std::to_string(n.span.begin) : n.variable;
}

}  // namespace

CreatePathSpec QueryPlanner::CreateSpecFor(const ast::PatternPart& part, Scope& scope, bool merge) {
  if (part.kind != ast::PathKind::kPattern) {
    FailSemantic(part, "InvalidPattern", "shortestPath cannot be created");
  }
  CreatePathSpec spec;
  for (const ast::NodePattern& n : part.nodes) {
    CreateNodeSpec node;
    const std::string name = NodeName(n);
    if (const BoundVariable* v = scope.Find(name)) {
      // A bound node may only join a new path as it is: no labels, no properties, not alone.
      const bool alone = part.nodes.size() == 1;
      if (!merge && (!n.labels.empty() || n.properties || alone) &&
          v->kind != VariableKind::kValue) {
        FailSemantic(
            n, "VariableAlreadyBound",
            "Can't create node `" + name +
                "` with labels or properties here. The variable is already declared in this "
                "context");
      }
      node.slot = v->slot;
      node.bound = true;
    } else {
      node.slot = NewSlot();
      node.labels = n.labels;
      if (n.properties) node.properties = BindExpr(n.properties, scope);
      scope.Bind(name, BoundVariable{node.slot, VariableKind::kNode});
    }
    spec.nodes.push_back(std::move(node));
  }
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const ast::RelationshipPattern& r = part.rels[i];
    if (!r.variable.empty() && scope.Find(r.variable)) {
      FailSemantic(r, "VariableAlreadyBound",
                   "Can't " + std::string(merge ? "MERGE" : "CREATE") + " relationship `" +
                       r.variable + "`: the variable is already declared in this context");
    }
    if (r.types.size() != 1) {
      FailSemantic(r, "NoSingleRelationshipType",
                   "A single relationship type must be specified for " +
                       std::string(merge ? "MERGE" : "CREATE"));
    }
    if (r.var_length)
      FailSemantic(r, "CreatingVarLength", "Variable length relationships cannot be created");
    if (r.direction == ast::RelDirection::kUndirected && !merge) {
      FailSemantic(r, "RequiresDirectedRelationship",
                   "Only directed relationships are supported in CREATE");
    }
    CreateRelSpec rel;
    rel.slot = NewSlot();
    const bool incoming = r.direction == ast::RelDirection::kIncoming;
    rel.from_node = incoming ? i + 1 : i;
    rel.to_node = incoming ? i : i + 1;
    rel.type = r.types[0];
    if (r.properties) rel.properties = BindExpr(r.properties, scope);
    if (!r.variable.empty())
      scope.Bind(r.variable, BoundVariable{rel.slot, VariableKind::kRelationship});
    spec.rels.push_back(std::move(rel));
  }
  if (!part.path_variable.empty()) {
    spec.path_slot = NewSlot();
    scope.Bind(part.path_variable, BoundVariable{*spec.path_slot, VariableKind::kPath});
  }
  return spec;
}

PlanP QueryPlanner::PlanCreate(const ast::Create& c, PlanP plan, Scope& scope) {
  plan = BeforeWrite(std::move(plan));
  std::vector<CreatePathSpec> paths;
  for (const auto& part : c.pattern) paths.push_back(CreateSpecFor(part, scope, false));
  return MakeCreate(std::move(plan), std::move(paths));
}

PlanP QueryPlanner::PlanMerge(const ast::Merge& m, PlanP plan, Scope& scope) {
  plan = BeforeWrite(BeforeRead(std::move(plan)));
  for (const auto& n : m.pattern.nodes) {
    const BoundVariable* v = n.variable.empty() ? nullptr : scope.Find(n.variable);
    if (v && (!n.labels.empty() || n.properties || m.pattern.nodes.size() == 1)) {
      FailSemantic(n, "VariableAlreadyBound",
                   "Can't MERGE a bound node `" + n.variable + "` with new labels or properties");
    }
  }
  Scope match_scope = scope;
  PlanP match = PlanPatternSubplan({&m.pattern}, match_scope, nullptr);
  Scope create_scope = scope;
  CreatePathSpec create = CreateSpecFor(m.pattern, create_scope, true);
  // Both branches must bind each new variable to the same slot.
  std::vector<ProjectItem> align;
  for (const auto& [name, var] : match_scope.all()) {
    const BoundVariable* created = create_scope.Find(name);
    if (scope.Find(name) || created == nullptr || created->slot == var.slot) continue;
    align.push_back({std::make_shared<SlotExpr>(var.slot, name), created->slot, name});
  }
  if (!align.empty()) match = MakeProject(std::move(match), std::move(align));
  scope = create_scope;
  std::vector<SetSpec> on_match, on_create;
  for (const auto& item : m.on_match) {
    auto v = BindSetItems({item}, scope);
    on_match.insert(on_match.end(), v.begin(), v.end());
  }
  for (const auto& item : m.on_create) {
    auto v = BindSetItems({item}, scope);
    on_create.insert(on_create.end(), v.begin(), v.end());
  }
  // A later read must see the merged graph.
  read_since_barrier_ = true;
  return MakeMerge(std::move(plan), std::move(match), std::move(create), std::move(on_match),
                   std::move(on_create));
}

std::vector<SetSpec> QueryPlanner::BindSetItems(const std::vector<ast::SetItem>& items,
                                                const Scope& scope) {
  std::vector<SetSpec> out;
  for (const ast::SetItem& item : items) {
    SetSpec spec;
    switch (item.kind) {
      case ast::SetItemKind::kProperty: {
        const auto& p = item.property->As<ast::Property>();
        spec.kind = SetKind::kProperty;
        spec.target = BindExpr(p.object, scope);
        spec.key = p.key;
        spec.value = BindExpr(item.value, scope);
        break;
      }
      case ast::SetItemKind::kReplaceMap:
      case ast::SetItemKind::kMergeMap: {
        spec.kind =
            item.kind == ast::SetItemKind::kReplaceMap ? SetKind::kReplaceMap : SetKind::kMergeMap;
        const BoundVariable* v = scope.Find(item.variable);
        if (v == nullptr)
          FailSemantic(item, "UndefinedVariable", "Variable `" + item.variable + "` not defined");
        spec.target = std::make_shared<SlotExpr>(v->slot, item.variable);
        spec.value = BindExpr(item.value, scope);
        break;
      }
      case ast::SetItemKind::kLabels: {
        spec.kind = SetKind::kAddLabels;
        const BoundVariable* v = scope.Find(item.variable);
        if (v == nullptr)
          FailSemantic(item, "UndefinedVariable", "Variable `" + item.variable + "` not defined");
        spec.target = std::make_shared<SlotExpr>(v->slot, item.variable);
        spec.labels = item.labels;
        break;
      }
    }
    out.push_back(std::move(spec));
  }
  return out;
}

PlanP QueryPlanner::PlanRemove(const ast::Remove& r, PlanP plan, Scope& scope) {
  plan = BeforeWrite(std::move(plan));
  std::vector<SetSpec> items;
  for (const ast::RemoveItem& item : r.items) {
    SetSpec spec;
    if (item.kind == ast::RemoveItemKind::kProperty) {
      const auto& p = item.property->As<ast::Property>();
      spec.kind = SetKind::kRemoveProperty;
      spec.target = BindExpr(p.object, scope);
      spec.key = p.key;
    } else {
      const BoundVariable* v = scope.Find(item.variable);
      if (v == nullptr)
        FailSemantic(item, "UndefinedVariable", "Variable `" + item.variable + "` not defined");
      spec.kind = SetKind::kRemoveLabels;
      spec.target = std::make_shared<SlotExpr>(v->slot, item.variable);
      spec.labels = item.labels;
    }
    items.push_back(std::move(spec));
  }
  return MakeSet(std::move(plan), std::move(items));
}

PlanP QueryPlanner::PlanDelete(const ast::Delete& d, PlanP plan, Scope& scope) {
  plan = BeforeWrite(std::move(plan));
  std::vector<ExprP> targets;
  for (const auto& t : d.targets) {
    ExprP target = BindExpr(t, scope);
    CheckDeleteTarget(*t, scope);
    targets.push_back(std::move(target));
  }
  // Later reads must not see the deleted entities half-way.
  read_since_barrier_ = true;
  return MakeDelete(std::move(plan), std::move(targets), d.detach);
}

PlanP QueryPlanner::PlanForeach(const ast::Foreach& f, PlanP plan, Scope& scope) {
  plan = BeforeWrite(std::move(plan));
  ExprP list = BindExpr(f.list, scope);
  const size_t slot = NewSlot();
  Scope inner = scope;
  inner.Bind(f.variable, BoundVariable{slot, VariableKind::kValue});
  PlanP body = MakeStart();
  const bool saved_read = read_since_barrier_;
  read_since_barrier_ = false;
  for (const ast::ClausePtr& clause : f.updates)
    body = PlanClause(*clause, std::move(body), inner, nullptr);
  read_since_barrier_ = saved_read;
  return MakeForeach(std::move(plan), std::move(list), slot, std::move(body));
}

}  // namespace stargraph::query
