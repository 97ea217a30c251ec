#include "api/session_impl.h"

namespace stargraph {
namespace {

ValueMap Properties(const storage::PropertyMap& props, storage::Transaction& tx) {
  ValueMap out;
  for (const auto& [key, value] : props) {
    auto name = tx.TokenName(storage::TokenKind::kPropertyKey, key);
    if (name.ok()) out.emplace(*name, value);
  }
  return out;
}

NodeRef MaterializeNode(const NodeRef& n, storage::Transaction& tx) {
  auto data = std::make_shared<EntityData>();
  auto labels = tx.NodeLabels(n.id);
  if (labels.ok()) {
    for (storage::TokenId id : *labels) {
      auto name = tx.TokenName(storage::TokenKind::kLabel, id);
      if (name.ok()) data->labels.push_back(*name);
    }
  }
  auto props = tx.NodeProperties(n.id);
  if (props.ok()) data->properties = Properties(*props, tx);
  return NodeRef{n.id, std::move(data)};
}

RelRef MaterializeRel(const RelRef& r, storage::Transaction& tx) {
  auto data = std::make_shared<EntityData>();
  auto type = tx.TokenName(storage::TokenKind::kRelType, r.type);
  if (type.ok()) data->labels.push_back(*type);
  auto props = tx.RelProperties(r.id);
  if (props.ok()) data->properties = Properties(*props, tx);
  return RelRef{r.id, r.start, r.end, r.type, std::move(data)};
}

}  // namespace

Value Materialize(const Value& v, storage::Transaction& tx) {
  switch (v.kind()) {
    case ValueKind::kNode:
      return Value(MaterializeNode(v.as_node(), tx));
    case ValueKind::kRelationship:
      return Value(MaterializeRel(v.as_rel(), tx));
    case ValueKind::kPath: {
      PathData p;
      for (const NodeRef& n : v.as_path().nodes) p.nodes.push_back(MaterializeNode(n, tx));
      for (const RelRef& r : v.as_path().rels) p.rels.push_back(MaterializeRel(r, tx));
      return Value(std::move(p));
    }
    case ValueKind::kList: {
      ValueList out;
      for (const Value& x : v.as_list()) out.push_back(Materialize(x, tx));
      return Value(std::move(out));
    }
    case ValueKind::kMap: {
      ValueMap out;
      for (const auto& [k, x] : v.as_map()) out.emplace(k, Materialize(x, tx));
      return Value(std::move(out));
    }
    default:
      return v;
  }
}

}  // namespace stargraph
