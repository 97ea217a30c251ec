#include "query/plan/anchor_choice.h"

#include <strings.h>

#include "query/plan/predicate_pushdown.h"
#include "query/plan/query_planner.h"

namespace stargraph::query {
namespace {

bool IsVariable(const ast::Expr& e, const std::string& var) {
  return e.kind == ast::ExprKind::kVariable && e.As<ast::Variable>().name == var;
}

bool IsPropertyOf(const ast::Expr& e, const std::string& var, const std::string& key) {
  if (e.kind != ast::ExprKind::kProperty) return false;
  const auto& p = e.As<ast::Property>();
  return p.key == key && IsVariable(*p.object, var);
}

bool IsIdOf(const ast::Expr& e, const std::string& var) {
  if (e.kind != ast::ExprKind::kFunctionCall) return false;
  const auto& f = e.As<ast::FunctionCall>();
  return strcasecmp(f.name.c_str(), "id") == 0 && f.args.size() == 1 && !f.distinct &&
         IsVariable(*f.args[0], var);
}

// For a conjunct `target = value` (either side) or, with `allow_in`, `target IN value`, where
// `is_target` recognizes the target and `value` is computable before the pattern: the value.
template <typename IsTarget>
ast::ExprPtr ComparedValue(const ast::Expr& conjunct, const Scope& scope, bool allow_in,
                           IsTarget is_target) {
  if (conjunct.kind != ast::ExprKind::kBinary) return nullptr;
  const auto& b = conjunct.As<ast::Binary>();
  if (b.op == ast::BinaryOp::kIn && allow_in) {
    return is_target(*b.lhs) && RefersOnlyTo(*b.rhs, scope) ? b.rhs : nullptr;
  }
  if (b.op != ast::BinaryOp::kEq) return nullptr;
  if (is_target(*b.lhs) && RefersOnlyTo(*b.rhs, scope)) return b.rhs;
  if (is_target(*b.rhs) && RefersOnlyTo(*b.lhs, scope)) return b.lhs;
  return nullptr;
}

// The value of `key` in the node's inline property map, or null.
ast::ExprPtr InlineProperty(const ast::NodePattern& node, const std::string& key) {
  if (!node.properties || node.properties->kind != ast::ExprKind::kMap) return nullptr;
  for (const auto& [k, v] : node.properties->As<ast::MapLiteral>().entries) {
    if (k == key) return v;
  }
  return nullptr;
}

// The value `node.key` must equal: inline, or from an equality of the WHERE.
ast::ExprPtr RequiredProperty(const ast::NodePattern& node, const std::string& key,
                              const Scope& scope, const std::vector<ast::ExprPtr>& predicates) {
  if (ast::ExprPtr inline_value = InlineProperty(node, key)) return inline_value;
  if (node.variable.empty()) return nullptr;
  for (const auto& p : predicates) {
    ast::ExprPtr v = ComparedValue(*p, scope, false, [&](const ast::Expr& side) {
      return IsPropertyOf(side, node.variable, key);
    });
    if (v) return v;
  }
  return nullptr;
}

// Keys of the node's inline properties and of `n.key = value` conjuncts, in that order.
std::vector<std::string> ConstrainedKeys(const ast::NodePattern& node,
                                         const std::vector<ast::ExprPtr>& predicates) {
  std::vector<std::string> keys;
  if (node.properties && node.properties->kind == ast::ExprKind::kMap) {
    for (const auto& entry : node.properties->As<ast::MapLiteral>().entries) {
      keys.push_back(entry.first);
    }
  }
  if (node.variable.empty()) return keys;
  for (const auto& p : predicates) {
    if (p->kind != ast::ExprKind::kBinary || p->As<ast::Binary>().op != ast::BinaryOp::kEq) {
      continue;
    }
    for (const ast::ExprPtr& side : {p->As<ast::Binary>().lhs, p->As<ast::Binary>().rhs}) {
      if (side->kind == ast::ExprKind::kProperty &&
          IsVariable(*side->As<ast::Property>().object, node.variable)) {
        keys.push_back(side->As<ast::Property>().key);
      }
    }
  }
  return keys;
}

}  // namespace

AnchorChoice ChooseAnchor(const ast::NodePattern& node, const Scope& scope,
                          const std::vector<ast::ExprPtr>& predicates, const SchemaInfo& schema) {
  AnchorChoice choice;
  if (!node.variable.empty() && scope.Find(node.variable) != nullptr) {
    choice.kind = AnchorKind::kBound;
    return choice;
  }
  if (!node.variable.empty()) {
    for (const auto& p : predicates) {
      choice.value = ComparedValue(
          *p, scope, true, [&](const ast::Expr& side) { return IsIdOf(side, node.variable); });
      if (choice.value) {
        choice.kind = AnchorKind::kIdSeek;
        return choice;
      }
    }
  }
  if (!node.labels.empty()) choice.label = node.labels[0];
  if ((choice.value = RequiredProperty(node, "name", scope, predicates))) {
    choice.kind = AnchorKind::kNameSeek;
    return choice;
  }
  for (const std::string& label : node.labels) {
    for (const std::string& key : ConstrainedKeys(node, predicates)) {
      if (!schema.HasIndex(label, key)) continue;
      if ((choice.value = RequiredProperty(node, key, scope, predicates))) {
        choice.kind = AnchorKind::kIndexSeek;
        choice.label = label;
        choice.key = key;
        return choice;
      }
    }
  }
  if (node.labels.empty()) {
    choice.kind = AnchorKind::kAllNodes;
    return choice;
  }
  choice.kind = AnchorKind::kLabelScan;
  choice.label_count = schema.LabelCount(choice.label);
  for (size_t i = 1; i < node.labels.size(); ++i) {
    const uint64_t count = schema.LabelCount(node.labels[i]);
    if (count < choice.label_count) {
      choice.label = node.labels[i];
      choice.label_count = count;
    }
  }
  return choice;
}

AnchorChoice ChooseAnchorNode(const ast::PatternPart& part, const Scope& scope,
                              const std::vector<ast::ExprPtr>& predicates,
                              const SchemaInfo& schema) {
  AnchorChoice best;
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    AnchorChoice choice = ChooseAnchor(part.nodes[i], scope, predicates, schema);
    const bool rarer_label = choice.kind == AnchorKind::kLabelScan &&
                             best.kind == AnchorKind::kLabelScan &&
                             choice.label_count < best.label_count;
    if (i == 0 || choice.kind > best.kind || rarer_label) {
      best = std::move(choice);
      best.node = i;
    }
  }
  return best;
}

std::optional<size_t> ChooseAnchorRelationship(const ast::PatternPart& part,
                                               const AnchorChoice& node_choice, const Scope& scope,
                                               const SchemaInfo& schema) {
  if (node_choice.kind != AnchorKind::kAllNodes) return std::nullopt;
  auto count = [&schema](const ast::RelationshipPattern& rel) {
    uint64_t n = 0;
    for (const std::string& type : rel.types) n += schema.RelTypeCount(type);
    return n;
  };
  std::optional<size_t> best;
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const ast::RelationshipPattern& rel = part.rels[i];
    const std::string& left = part.nodes[i].variable;
    const bool loop = !left.empty() && left == part.nodes[i + 1].variable;
    const bool bound = !rel.variable.empty() && scope.Find(rel.variable) != nullptr;
    if (rel.var_length || loop || bound) continue;
    const bool typed = !rel.types.empty();
    const bool best_typed = best && !part.rels[*best].types.empty();
    if (!best || (typed && !best_typed) ||
        (typed && best_typed && count(rel) < count(part.rels[*best]))) {
      best = i;
    }
  }
  return best;
}

}  // namespace stargraph::query
