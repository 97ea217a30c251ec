// Planning MATCH patterns: anchor choice, expansions, node and relationship constraints, paths.
#include <map>
#include <optional>
#include <set>

#include "query/bind/expressions.h"
#include "query/bind/static_types.h"
#include "query/plan/anchor_choice.h"
#include "query/plan/predicate_pushdown.h"
#include "query/plan/query_planner.h"
#include "query/query_error.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

// Builds a path value from the slots of a pattern's nodes and relationships.
class PathBuildExpr : public Expression {
 public:
  PathBuildExpr(std::vector<size_t> node_slots, std::vector<size_t> rel_slots)
      : node_slots_(std::move(node_slots)), rel_slots_(std::move(rel_slots)) {}
  Value Eval(Row& row, ExecContext&) const override {
    PathData path;
    const Value& first = row[node_slots_[0]];
    if (first.kind() != ValueKind::kNode) return Value();
    path.nodes.push_back(first.as_node());
    for (size_t i = 0; i < rel_slots_.size(); ++i) {
      const Value& rel = row[rel_slots_[i]];
      if (rel.kind() == ValueKind::kRelationship) {
        Append(rel.as_rel(), &path);
      } else if (rel.kind() == ValueKind::kList) {
        for (const Value& r : rel.as_list()) Append(r.as_rel(), &path);
      } else {
        return Value();
      }
    }
    return Value(std::move(path));
  }
  std::string Describe() const override { return "path(...)"; }

 private:
  static void Append(const RelRef& r, PathData* path) {
    const uint64_t last = path->nodes.back().id;
    path->rels.push_back(r);
    path->nodes.push_back(NodeRef{r.start == last ? r.end : r.start, {}});
  }
  std::vector<size_t> node_slots_;
  std::vector<size_t> rel_slots_;
};

// Inline properties `(n {k: v})` / `[r {k: v}]`, on one entity or each of a var-length list.
class PropertiesMatchExpr : public Expression {
 public:
  PropertiesMatchExpr(size_t slot, ExprP properties)
      : slot_(slot), properties_(std::move(properties)) {}
  Value Eval(Row& row, ExecContext& ctx) const override {
    const Value props = properties_->Eval(row, ctx);
    if (props.kind() != ValueKind::kMap) return Value(false);
    const Value& rel = row[slot_];
    if (rel.kind() == ValueKind::kList) {
      for (const Value& r : rel.as_list()) {
        if (!Matches(r, props.as_map(), ctx)) return Value(false);
      }
      return Value(true);
    }
    return Value(Matches(rel, props.as_map(), ctx));
  }
  std::string Describe() const override { return "properties match " + properties_->Describe(); }

 private:
  static bool Matches(const Value& entity, const ValueMap& props, ExecContext& ctx) {
    for (const auto& [key, want] : props) {
      if (Equals(PropertyOf(entity, key, ctx), want) != Ternary::kTrue) return false;
    }
    return true;
  }
  size_t slot_;
  ExprP properties_;
};

void SplitConjuncts(const ast::ExprPtr& e, std::vector<ast::ExprPtr>* out) {
  if (!e) return;
  if (e->kind == ast::ExprKind::kBinary && e->As<ast::Binary>().op == ast::BinaryOp::kAnd) {
    SplitConjuncts(e->As<ast::Binary>().lhs, out);
    SplitConjuncts(e->As<ast::Binary>().rhs, out);
    return;
  }
  out->push_back(e);
}

storage::Direction HopDirection(ast::RelDirection d, bool forward) {
  if (d == ast::RelDirection::kUndirected) return storage::Direction::kBoth;
  const bool outgoing = (d == ast::RelDirection::kOutgoing) == forward;
  return outgoing ? storage::Direction::kOutgoing : storage::Direction::kIncoming;
}

}  // namespace

// Binds the variable of a node pattern (or an anonymous one) and returns its slot.
static std::string AnonymousNodeName(const ast::NodePattern& node) {
  return " node" + std::to_string(node.span.begin);
}

// The variable of a relationship pattern, or the hidden name of an anonymous one.
static std::string RelationshipName(const ast::RelationshipPattern& rel) {
  return rel.variable.empty() ? " rel" + std::to_string(rel.span.begin) : rel.variable;
}

// Filters by the inline properties of a relationship pattern, bound to `slot`, if it has any.
static PlanP MatchRelProperties(QueryPlanner& planner, const ast::RelationshipPattern& rel,
                                size_t slot, PlanP plan, const Scope& scope) {
  if (!rel.properties) return plan;
  return MakeFilter(std::move(plan), std::make_shared<PropertiesMatchExpr>(
                                         slot, planner.BindExpr(rel.properties, scope)));
}

static size_t NodeSlot(QueryPlanner& planner, const ast::NodePattern& node, Scope& scope,
                       bool* was_bound) {
  std::string name = node.variable.empty() ? AnonymousNodeName(node) : node.variable;
  if (const BoundVariable* v = scope.Find(name)) {
    const bool typed_value = v->kind == VariableKind::kValue && v->type != StaticType::kAny &&
                             v->type != StaticType::kNode && v->type != StaticType::kNull;
    if ((v->kind != VariableKind::kNode && v->kind != VariableKind::kValue) || typed_value) {
      throw QueryError(ErrorKind::kSemanticError, "VariableTypeConflict",
                       "`" + name + "` is not a node", node.pos.line, node.pos.column);
    }
    *was_bound = true;
    return v->slot;
  }
  *was_bound = false;
  const size_t slot = planner.NewSlot();
  scope.Bind(name, BoundVariable{slot, VariableKind::kNode});
  return slot;
}

namespace {

// Each conjunct of a WHERE must be able to be a boolean.
void CheckWhere(const ast::ExprPtr& where, const Scope& scope) {
  std::vector<ast::ExprPtr> conjuncts;
  SplitConjuncts(where, &conjuncts);
  for (const auto& c : conjuncts) CheckPredicateType(*c, scope);
}

// A name stands for one kind of thing within a pattern: a node, a relationship or a path.
void CheckVariableRoles(const std::vector<const ast::PatternPart*>& parts) {
  std::map<std::string, std::string> roles;
  auto claim = [&](const std::string& name, const std::string& role, const ast::Located& at) {
    if (name.empty()) return;
    const std::string& previous = roles.emplace(name, role).first->second;
    if (previous != role) {
      throw QueryError(ErrorKind::kSemanticError, "VariableTypeConflict",
                       "`" + name + "` is used as a " + previous + " and as a " + role, at.pos.line,
                       at.pos.column);
    }
  };
  for (const ast::PatternPart* part : parts) {
    claim(part->path_variable, "path", *part);
    for (const auto& n : part->nodes) claim(n.variable, "node", n);
    for (const auto& r : part->rels) claim(r.variable, "relationship", r);
  }
}

}  // namespace

PlanP QueryPlanner::PlanMatch(const ast::Match& m, PlanP plan, Scope& scope) {
  plan = BeforeRead(std::move(plan));
  std::vector<const ast::PatternPart*> parts;
  for (const auto& p : m.pattern) parts.push_back(&p);
  if (!m.optional) {
    std::vector<ast::ExprPtr> predicates;
    SplitConjuncts(m.where, &predicates);
    plan = PlanPatternParts(parts, std::move(plan), scope, &predicates);
    CheckWhere(m.where, scope);
    for (const auto& p : predicates) plan = MakeFilter(std::move(plan), BindExpr(p, scope));
    return plan;
  }
  Scope inner = scope;
  PlanP sub = PlanPatternSubplan(parts, inner, m.where);
  CheckWhere(m.where, inner);
  std::vector<size_t> nullable;
  for (const auto& [name, var] : inner.all()) {
    if (scope.Find(name) == nullptr) {
      nullable.push_back(var.slot);
      scope.Bind(name, var);
    }
  }
  return MakeOptional(std::move(plan), std::move(sub), std::move(nullable));
}

PlanP QueryPlanner::PlanPatternSubplan(const std::vector<const ast::PatternPart*>& parts,
                                       Scope& scope, const ast::ExprPtr& where) {
  std::vector<ast::ExprPtr> predicates;
  SplitConjuncts(where, &predicates);
  PlanP plan = PlanPatternParts(parts, MakeStart(), scope, &predicates);
  for (const auto& p : predicates) plan = MakeFilter(std::move(plan), BindExpr(p, scope));
  return plan;
}

PlanP QueryPlanner::PlanPatternParts(const std::vector<const ast::PatternPart*>& parts, PlanP plan,
                                     Scope& scope, std::vector<ast::ExprPtr>* predicates) {
  CheckVariableRoles(parts);
  std::vector<size_t> rel_slots;  // relationship uniqueness within the MATCH
  std::set<std::string> rel_names;
  for (const ast::PatternPart* part : parts) {
    for (const ast::RelationshipPattern& rel : part->rels) {
      if (!rel.variable.empty() && !rel_names.insert(rel.variable).second) {
        throw QueryError(ErrorKind::kSemanticError, "RelationshipUniquenessViolation",
                         "Cannot use the same relationship variable '" + rel.variable +
                             "' for multiple relationships in one pattern",
                         rel.pos.line, rel.pos.column);
      }
    }
  }
  for (const ast::PatternPart* part : parts) {
    plan = PlanPart(*part, std::move(plan), scope, predicates, &rel_slots);
  }
  return plan;
}

PlanP QueryPlanner::PlanPart(const ast::PatternPart& part, PlanP plan, Scope& scope,
                             std::vector<ast::ExprPtr>* predicates,
                             std::vector<size_t>* rel_slots) {
  if (part.kind != ast::PathKind::kPattern) {
    // shortestPath: bind both ends first, then search between them.
    if (part.rels.size() != 1) {
      throw QueryError(ErrorKind::kSemanticError, "InvalidShortestPath",
                       "shortestPath needs a single relationship pattern", part.pos.line,
                       part.pos.column);
    }
    ast::PatternPart left = part;
    left.kind = ast::PathKind::kPattern;
    left.rels.clear();
    left.nodes.resize(1);
    left.path_variable.clear();
    ast::PatternPart right = left;
    right.nodes[0] = part.nodes[1];
    plan = PlanPart(left, std::move(plan), scope, predicates, rel_slots);
    plan = PlanPart(right, std::move(plan), scope, predicates, rel_slots);
    const ast::RelationshipPattern& r = part.rels[0];
    ShortestPathSpec spec;
    spec.all = part.kind == ast::PathKind::kAllShortest;
    auto node_name = [](const ast::NodePattern& n) {
      return n.variable.empty() ? AnonymousNodeName(n) : n.variable;
    };
    spec.expand.from_slot = scope.Find(node_name(part.nodes[0]))->slot;
    spec.expand.to_slot = scope.Find(node_name(part.nodes[1]))->slot;
    spec.expand.direction = HopDirection(r.direction, true);
    spec.expand.types = r.types;
    spec.expand.min_hops = r.min_hops.value_or(1);
    spec.expand.max_hops = r.var_length ? r.max_hops.value_or(-1) : 1;
    spec.expand.rel_slot = NewSlot();
    if (!r.variable.empty())
      scope.Bind(r.variable, {spec.expand.rel_slot, VariableKind::kRelationshipList});
    spec.path_slot = NewSlot();
    if (!part.path_variable.empty())
      scope.Bind(part.path_variable, {spec.path_slot, VariableKind::kPath});
    spec.expand.description = Text(part);
    return MakeShortestPath(std::move(plan), std::move(spec));
  }
  // Anchor: a bound node, else the most selective way in (anchor_choice.h); filters as early
  // as their variables are bound (predicate_pushdown.h).
  // A relationship scan binds the nodes on both sides of the relationship it scans.
  const AnchorChoice choice = ChooseAnchorNode(part, scope, *predicates, schema_);
  const std::optional<size_t> scanned_rel = ChooseAnchorRelationship(part, choice, scope, schema_);
  size_t forward_from = choice.node;
  size_t backward_from = choice.node;
  if (scanned_rel) {
    plan = PlanRelationshipAnchor(part, *scanned_rel, std::move(plan), scope, rel_slots);
    forward_from = *scanned_rel + 1;
    backward_from = *scanned_rel;
  } else {
    plan = PlanAnchor(part, choice, std::move(plan), scope);
  }
  plan = FilterReady(std::move(plan), scope, predicates);
  for (size_t i = forward_from; i < part.rels.size(); ++i) {
    plan = PlanHop(part, i, true, std::move(plan), scope, rel_slots, predicates);
    plan = FilterReady(std::move(plan), scope, predicates);
  }
  for (size_t i = backward_from; i > 0; --i) {
    plan = PlanHop(part, i - 1, false, std::move(plan), scope, rel_slots, predicates);
    plan = FilterReady(std::move(plan), scope, predicates);
  }
  if (!part.path_variable.empty()) {
    const size_t slot = NewSlot();
    plan = MakeProject(std::move(plan), {{BindPathExpr(part, scope), slot, part.path_variable}});
    scope.Bind(part.path_variable, BoundVariable{slot, VariableKind::kPath});
    plan = FilterReady(std::move(plan), scope, predicates);
  }
  return plan;
}

PlanP QueryPlanner::PlanAnchor(const ast::PatternPart& part, AnchorChoice choice, PlanP plan,
                               Scope& scope) {
  const ast::NodePattern& node = part.nodes[choice.node];
  const Scope before = scope;
  bool bound = false;
  const size_t slot = NodeSlot(*this, node, scope, &bound);
  if (bound) choice.kind = AnchorKind::kBound;
  const std::string* checked_label = &choice.label;
  switch (choice.kind) {
    case AnchorKind::kBound:
      checked_label = nullptr;
      break;
    case AnchorKind::kIdSeek:
      plan = MakeNodeByIdSeek(std::move(plan), slot, BindExpr(choice.value, before));
      checked_label = nullptr;
      break;
    case AnchorKind::kNameSeek:
      plan = MakeNodeByNameSeek(
          std::move(plan), slot, BindExpr(choice.value, before),
          node.labels.empty() ? std::nullopt : std::optional<std::string>(choice.label));
      break;
    case AnchorKind::kIndexSeek:
      plan = MakeNodeIndexSeek(std::move(plan), slot, choice.label, choice.key,
                               BindExpr(choice.value, before));
      break;
    case AnchorKind::kLabelScan:
      plan = MakeNodeScan(std::move(plan), slot, choice.label);
      break;
    case AnchorKind::kAllNodes:
      plan = MakeNodeScan(std::move(plan), slot, std::nullopt);
      checked_label = nullptr;
      break;
  }
  return PlanNodeConstraints(node, checked_label, std::move(plan), scope);
}

PlanP QueryPlanner::PlanRelationshipAnchor(const ast::PatternPart& part, size_t rel_index,
                                           PlanP plan, Scope& scope,
                                           std::vector<size_t>* rel_slots) {
  const ast::RelationshipPattern& rel = part.rels[rel_index];
  const ast::NodePattern& left = part.nodes[rel_index];
  const ast::NodePattern& right = part.nodes[rel_index + 1];
  bool bound = false;
  const size_t left_slot = NodeSlot(*this, left, scope, &bound);
  const size_t right_slot = NodeSlot(*this, right, scope, &bound);
  const bool incoming = rel.direction == ast::RelDirection::kIncoming;
  RelScanSpec spec;
  spec.start_slot = incoming ? right_slot : left_slot;
  spec.end_slot = incoming ? left_slot : right_slot;
  spec.rel_slot = NewSlot();
  scope.Bind(RelationshipName(rel), BoundVariable{spec.rel_slot, VariableKind::kRelationship});
  spec.types = rel.types;
  spec.undirected = rel.direction == ast::RelDirection::kUndirected;
  spec.distinct_from = *rel_slots;
  ast::Located hop;  // the scanned relationship with its end nodes, for EXPLAIN
  hop.span = {left.span.begin, right.span.end};
  spec.description = Text(hop);
  rel_slots->push_back(spec.rel_slot);
  const size_t rel_slot = spec.rel_slot;
  plan = MakeRelationshipScan(std::move(plan), std::move(spec));
  plan = MatchRelProperties(*this, rel, rel_slot, std::move(plan), scope);
  plan = PlanNodeConstraints(left, nullptr, std::move(plan), scope);
  return PlanNodeConstraints(right, nullptr, std::move(plan), scope);
}

PlanP QueryPlanner::FilterReady(PlanP plan, const Scope& scope,
                                std::vector<ast::ExprPtr>* predicates) {
  for (auto it = predicates->begin(); it != predicates->end();) {
    if (!RefersOnlyTo(**it, scope)) {
      ++it;
      continue;
    }
    CheckPredicateType(**it, scope);
    plan = MakeFilter(std::move(plan), BindExpr(*it, scope));
    it = predicates->erase(it);
  }
  return plan;
}

PlanP QueryPlanner::PlanNodeConstraints(const ast::NodePattern& node,
                                        const std::string* checked_label, PlanP plan,
                                        Scope& scope) {
  const std::string name = node.variable.empty() ? AnonymousNodeName(node) : node.variable;
  const BoundVariable* var = scope.Find(name);
  if (var == nullptr) return plan;
  ExprP subject = std::make_shared<SlotExpr>(var->slot, name.empty() ? "anon" : name);
  std::vector<std::string> labels;
  bool skipped = false;  // a label repeated in the pattern is checked once by the scan anyway
  for (const std::string& label : node.labels) {
    if (checked_label != nullptr && !skipped && label == *checked_label) {
      skipped = true;
      continue;
    }
    labels.push_back(label);
  }
  if (!labels.empty()) {
    auto general = std::make_shared<LabelPredicateExpr>(subject, labels);
    plan = MakeLabelFilter(std::move(plan), {var->slot, std::move(labels), std::move(general)});
  }
  if (node.properties) {
    plan = MakeFilter(std::move(plan), std::make_shared<PropertiesMatchExpr>(
                                           var->slot, BindExpr(node.properties, scope)));
  }
  return plan;
}

PlanP QueryPlanner::PlanHop(const ast::PatternPart& part, size_t rel_index, bool forward,
                            PlanP plan, Scope& scope, std::vector<size_t>* rel_slots,
                            std::vector<ast::ExprPtr>* predicates) {
  const ast::RelationshipPattern& rel = part.rels[rel_index];
  const ast::NodePattern& from = part.nodes[forward ? rel_index : rel_index + 1];
  const ast::NodePattern& to = part.nodes[forward ? rel_index + 1 : rel_index];
  bool from_bound = false;
  ExpandSpec spec;
  spec.from_slot = NodeSlot(*this, from, scope, &from_bound);
  Scope without_to = scope;  // what is bound but `to` (unless bound before)
  spec.to_slot = NodeSlot(*this, to, scope, &spec.to_bound);
  const std::string rel_name = RelationshipName(rel);
  if (const BoundVariable* v = scope.Find(rel_name)) {
    spec.rel_slot = v->slot;
    spec.rel_bound = !rel.var_length;
  } else {
    spec.rel_slot = NewSlot();
    const BoundVariable var{spec.rel_slot, rel.var_length ? VariableKind::kRelationshipList
                                                          : VariableKind::kRelationship};
    scope.Bind(rel_name, var);
    without_to.Bind(rel_name, var);
  }
  spec.direction = HopDirection(rel.direction, forward);
  spec.types = rel.types;
  spec.distinct_from = *rel_slots;
  spec.var_length = rel.var_length;
  spec.reverse_list = rel.var_length && !forward;
  if (rel.var_length) {
    spec.min_hops = rel.min_hops.value_or(1);
    spec.max_hops = rel.max_hops.value_or(-1);
  }
  spec.prefetch_to = !rel.var_length && !spec.to_bound &&
                     (to.properties != nullptr || record_reads_.count(to.variable) > 0);
  spec.description = Text(part);
  rel_slots->push_back(spec.rel_slot);
  const size_t rel_slot = spec.rel_slot;
  plan = MakeExpand(std::move(plan), std::move(spec));
  plan = MatchRelProperties(*this, rel, rel_slot, std::move(plan), scope);
  plan = FilterReady(std::move(plan), without_to, predicates);
  return PlanNodeConstraints(to, nullptr, std::move(plan), scope);
}

ExprP QueryPlanner::BindPathExpr(const ast::PatternPart& part, const Scope& scope) {
  std::vector<size_t> nodes, rels;
  auto slot_of = [&](const std::string& name) -> size_t {
    const BoundVariable* v = scope.Find(name);
    if (v == nullptr)
      throw QueryError(ErrorKind::kRuntimeError, "Internal", "unbound path element");
    return v->slot;
  };
  for (const auto& n : part.nodes) {
    nodes.push_back(slot_of(n.variable.empty() ? AnonymousNodeName(n) : n.variable));
  }
  for (const auto& r : part.rels) {
    rels.push_back(slot_of(RelationshipName(r)));
  }
  return std::make_shared<PathBuildExpr>(std::move(nodes), std::move(rels));
}

}  // namespace stargraph::query
