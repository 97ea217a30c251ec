#include "query/exec/write_actions.h"

#include <algorithm>

#include "query/query_error.h"

namespace stargraph::query {
namespace {

using storage::TokenKind;

const ValueMap* EvalPropertyMap(const ExprP& expr, Row& row, ExecContext& ctx, Value* holder) {
  if (!expr) return nullptr;
  *holder = expr->Eval(row, ctx);
  if (holder->is_null()) return nullptr;
  if (holder->kind() != ValueKind::kMap) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     "properties must be given as a map");
  }
  return &holder->as_map();
}

storage::PropertyMap ToPropertyMap(const ValueMap* map, ExecContext& ctx) {
  storage::PropertyMap out;
  if (map == nullptr) return out;
  for (const auto& [key, value] : *map) {
    if (value.is_null()) continue;
    CheckStorable(value, key);
    out.emplace_back(ctx.GetOrCreateToken(TokenKind::kPropertyKey, key), value);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

bool IsScalar(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kList:
    case ValueKind::kMap:
    case ValueKind::kNode:
    case ValueKind::kRelationship:
    case ValueKind::kPath:
    case ValueKind::kNull:
      return false;
    default:
      return true;
  }
}

void SetProperty(const Value& target, const std::string& key, const Value& value,
                 ExecContext& ctx) {
  if (target.is_null()) return;
  if (!value.is_null()) CheckStorable(value, key);
  const storage::TokenId token = ctx.GetOrCreateToken(TokenKind::kPropertyKey, key);
  bool changed = false;
  Value before;
  if (target.kind() == ValueKind::kNode) {
    before = Unwrap(ctx.tx().NodeProperty(target.as_node().id, token));
    changed = Unwrap(ctx.tx().SetNodeProperty(target.as_node().id, token, value));
  } else if (target.kind() == ValueKind::kRelationship) {
    before = Unwrap(ctx.tx().RelProperty(target.as_rel().id, token));
    changed = Unwrap(ctx.tx().SetRelProperty(target.as_rel().id, token, value));
  } else {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     std::string("cannot set a property on a ") + ValueKindName(target.kind()));
  }
  if (value.is_null()) {
    if (changed || !before.is_null()) ++ctx.stats().properties_removed;
  } else {
    ++ctx.stats().properties_set;
  }
}

ValueMap CurrentProperties(const Value& target, ExecContext& ctx) {
  if (target.kind() == ValueKind::kNode) return ctx.NodeProperties(target.as_node());
  if (target.kind() == ValueKind::kRelationship) return ctx.RelProperties(target.as_rel());
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                   std::string("cannot set properties on a ") + ValueKindName(target.kind()));
}

// `SET n = map` (replace) and `SET n += map` (merge). A node or relationship value is read as
// its property map.
void SetMap(const Value& target, const Value& source, bool replace, ExecContext& ctx) {
  if (target.is_null()) return;
  ValueMap incoming;
  if (source.kind() == ValueKind::kMap) {
    incoming = source.as_map();
  } else if (source.kind() == ValueKind::kNode || source.kind() == ValueKind::kRelationship) {
    incoming = CurrentProperties(source, ctx);
  } else if (!source.is_null()) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     "SET expects a map of properties");
  }
  if (replace) {
    for (const auto& [key, value] : CurrentProperties(target, ctx)) {
      if (!incoming.count(key)) SetProperty(target, key, Value(), ctx);
    }
  }
  for (const auto& [key, value] : incoming) SetProperty(target, key, value, ctx);
}

void ChangeLabels(const Value& target, const std::vector<std::string>& labels, bool add,
                  ExecContext& ctx) {
  if (target.is_null()) return;
  if (target.kind() != ValueKind::kNode) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType", "labels belong to nodes");
  }
  for (const std::string& label : labels) {
    if (add) {
      const storage::TokenId id = ctx.GetOrCreateToken(TokenKind::kLabel, label);
      if (Unwrap(ctx.tx().AddLabel(target.as_node().id, id))) ++ctx.stats().labels_added;
    } else if (auto id = ctx.FindToken(TokenKind::kLabel, label)) {
      if (Unwrap(ctx.tx().RemoveLabel(target.as_node().id, *id))) ++ctx.stats().labels_removed;
    }
  }
}

}  // namespace

void CheckStorable(const Value& v, const std::string& key) {
  if (IsScalar(v)) return;
  if (v.kind() == ValueKind::kList) {
    const ValueList& list = v.as_list();
    for (const Value& item : list) {
      if (!IsScalar(item) || item.kind() != list.front().kind()) {
        // Mixed int/float lists are still homogeneous numbers in Neo4j's eyes.
        if (item.is_number() && list.front().is_number()) continue;
        throw QueryError(ErrorKind::kTypeError, "InvalidPropertyType",
                         "property '" + key +
                             "' must be a list of values of one simple type (got " +
                             ValueKindName(item.kind()) + ")");
      }
    }
    return;
  }
  throw QueryError(ErrorKind::kTypeError, "InvalidPropertyType",
                   "property '" + key + "' cannot hold a " + ValueKindName(v.kind()));
}

void CreatePath(const CreatePathSpec& path, Row& row, ExecContext& ctx) {
  for (const CreateNodeSpec& n : path.nodes) {
    if (n.bound) {
      if (row[n.slot].kind() != ValueKind::kNode) {
        throw QueryError(
            ErrorKind::kSemanticError, "VariableTypeConflict",
            "CREATE needs a node here, got " + std::string(ValueKindName(row[n.slot].kind())));
      }
      continue;
    }
    std::vector<storage::TokenId> labels;
    for (const std::string& l : n.labels)
      labels.push_back(ctx.GetOrCreateToken(TokenKind::kLabel, l));
    Value holder;
    storage::PropertyMap props =
        ToPropertyMap(EvalPropertyMap(n.properties, row, ctx, &holder), ctx);
    storage::NodeId id = Unwrap(ctx.tx().CreateNode(labels, props));
    ++ctx.stats().nodes_created;
    ctx.stats().labels_added += static_cast<int64_t>(labels.size());
    ctx.stats().properties_set += static_cast<int64_t>(props.size());
    row[n.slot] = Value(NodeRef{id, {}});
  }
  PathData data;
  for (const CreateRelSpec& r : path.rels) {
    const Value& from = row[path.nodes[r.from_node].slot];
    const Value& to = row[path.nodes[r.to_node].slot];
    const storage::TokenId type = ctx.GetOrCreateToken(TokenKind::kRelType, r.type);
    Value holder;
    storage::PropertyMap props =
        ToPropertyMap(EvalPropertyMap(r.properties, row, ctx, &holder), ctx);
    storage::RelId id =
        Unwrap(ctx.tx().CreateRelationship(from.as_node().id, type, to.as_node().id, props));
    ++ctx.stats().relationships_created;
    ctx.stats().properties_set += static_cast<int64_t>(props.size());
    row[r.slot] = Value(RelRef{id, from.as_node().id, to.as_node().id, type, {}});
  }
  if (path.path_slot) {
    for (const CreateNodeSpec& n : path.nodes) data.nodes.push_back(row[n.slot].as_node());
    for (const CreateRelSpec& r : path.rels) data.rels.push_back(row[r.slot].as_rel());
    row[*path.path_slot] = Value(std::move(data));
  }
}

void CheckMergeProperties(const CreatePathSpec& path, Row& row, ExecContext& ctx) {
  auto check = [&](const ExprP& properties) {
    if (!properties) return;
    const Value map = properties->Eval(row, ctx);
    if (map.kind() != ValueKind::kMap) return;
    for (const auto& [key, value] : map.as_map()) {
      if (value.is_null()) {
        throw QueryError(ErrorKind::kSemanticError, "MergeReadOwnWrites",
                         "Cannot merge the pattern with a null value for property '" + key + "'");
      }
    }
  };
  for (const CreateNodeSpec& n : path.nodes) {
    if (!n.bound) check(n.properties);
  }
  for (const CreateRelSpec& r : path.rels) check(r.properties);
}

void ApplySet(const SetSpec& item, Row& row, ExecContext& ctx) {
  const Value target = item.target->Eval(row, ctx);
  switch (item.kind) {
    case SetKind::kProperty:
      SetProperty(target, item.key, item.value->Eval(row, ctx), ctx);
      break;
    case SetKind::kRemoveProperty:
      SetProperty(target, item.key, Value(), ctx);
      break;
    case SetKind::kReplaceMap:
      SetMap(target, item.value->Eval(row, ctx), true, ctx);
      break;
    case SetKind::kMergeMap:
      SetMap(target, item.value->Eval(row, ctx), false, ctx);
      break;
    case SetKind::kAddLabels:
      ChangeLabels(target, item.labels, true, ctx);
      break;
    case SetKind::kRemoveLabels:
      ChangeLabels(target, item.labels, false, ctx);
      break;
  }
}

}  // namespace stargraph::query
