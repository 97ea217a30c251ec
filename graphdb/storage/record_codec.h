// Values of the node and rel column families.
//
//   node value: varint(label count) label(4)... property map
//   rel value:  type(4) start(8) end(8) property map
//   property map: varint(count) { varint(key token) stored value }...  (keys strictly ascending)
//   adj value:  empty (not inlined: written before format 2, read the rel record)
//               or kAdjInlinedProperties followed by the relationship's property map
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

struct NodeRecord {
  std::vector<TokenId> labels;  // ascending, unique
  PropertyMap properties;       // ascending keys, no nulls
};

struct RelValue {
  RelRecord rel;
  PropertyMap properties;
};

Status EncodeNodeRecord(const NodeRecord& node, std::string* out);
Result<NodeRecord> DecodeNodeRecord(std::string_view bytes);
// The labels at the front of a node value; *bytes is advanced to the property map.
Status ReadNodeLabels(std::string_view* bytes, std::vector<TokenId>* labels);
// The value of `key` in a node value, or null, decoding only that value (the others are
// skipped; checks only the bytes it reads).
Result<Value> FindNodeProperty(std::string_view bytes, TokenId key);
Status EncodeRelValue(const RelValue& rel, std::string* out);
// `id` is taken from the key; the value does not repeat it.
Result<RelValue> DecodeRelValue(RelId id, std::string_view bytes);

inline constexpr char kAdjInlinedProperties = 0x01;
// The adj value carrying `properties` (sorted, no nulls): tag + property map, never empty.
Status EncodeAdjValue(const PropertyMap& properties, std::string* out);
// The properties inlined in an adj value, or nullopt for an empty value (not inlined);
// Corruption for an unknown tag or a bad property map.
Result<std::optional<PropertyMap>> DecodeAdjValue(std::string_view bytes);
// The value of `key` inlined in an adj value (null when absent), decoding only that value, or
// nullopt for an empty value (not inlined).
Result<std::optional<Value>> FindAdjProperty(std::string_view bytes, TokenId key);

// Sorts by key, drops nulls, keeps the last of duplicate keys; InvalidArgument for a value that
// cannot be stored.
Result<PropertyMap> NormalizePropertyMap(const PropertyMap& properties);
// The value of `key` in a sorted map, or null.
Value FindProperty(const PropertyMap& properties, TokenId key);
// Sets (or with null, removes) `key` in a sorted map.
void AssignProperty(PropertyMap* properties, TokenId key, const Value& value);

}  // namespace stargraph::storage
