#include "storage/index_maintenance.h"

#include <algorithm>

#include "common/text_normalize.h"
#include "storage/key_codec.h"
#include "storage/ordered_value_codec.h"

namespace stargraph::storage {

std::set<std::string> NormalizedNames(const NodeRecord& node, NameTokens tokens) {
  std::set<std::string> names;
  auto add = [&](const Value& v) {
    if (v.kind() == ValueKind::kString) names.insert(NormalizeForLookup(v.as_string()));
  };
  if (tokens.name != 0) add(FindProperty(node.properties, tokens.name));
  if (tokens.aliases != 0) {
    const Value aliases = FindProperty(node.properties, tokens.aliases);
    if (aliases.kind() == ValueKind::kList) {
      for (const Value& alias : aliases.as_list()) add(alias);
    } else {
      add(aliases);
    }
  }
  return names;
}

std::optional<std::string> PropIndexKeyOf(NodeId id, const NodeRecord& node,
                                          const IndexDefinition& def) {
  if (!std::binary_search(node.labels.begin(), node.labels.end(), def.label)) return std::nullopt;
  const Value value = FindProperty(node.properties, def.key);
  if (value.is_null()) return std::nullopt;
  std::string ordered;
  // Stored values are always encodable; a failure would mean a record we did not write.
  if (!AppendOrderedValue(value, &ordered).ok()) return std::nullopt;
  return PropIndexKey(def.label, def.key, ordered, id);
}

DerivedKeys DeriveKeys(NodeId id, const NodeRecord* node,
                       const std::vector<IndexDefinition>& indexes, NameTokens tokens) {
  DerivedKeys keys;
  if (node == nullptr) return keys;
  for (TokenId label : node->labels) keys.labels.insert(TokenIdKey(label, id));
  for (const std::string& name : NormalizedNames(*node, tokens)) {
    keys.names.insert(NameIndexKey(name, id));
  }
  for (const IndexDefinition& def : indexes) {
    if (auto key = PropIndexKeyOf(id, *node, def)) keys.props.emplace(std::move(*key), &def);
  }
  return keys;
}

}  // namespace stargraph::storage
