#include "storage/record_codec.h"

#include <algorithm>

#include "storage/key_codec.h"
#include "storage/value_codec.h"

namespace stargraph::storage {
namespace {

Status Bad(const char* what) { return Status::Corruption(std::string("bad record: ") + what); }

Status AppendPropertyMap(const PropertyMap& properties, std::string* out) {
  PutVarint64(out, properties.size());
  for (const auto& [key, value] : properties) {
    PutVarint64(out, key);
    SG_RETURN_IF_ERROR(AppendStoredValue(value, out));
  }
  return Status::OK();
}

Result<PropertyMap> ReadPropertyMap(std::string_view* in) {
  SG_ASSIGN_OR_RETURN(uint64_t count, ReadVarint64(in));
  if (count > in->size()) return Bad("property count exceeds record");
  PropertyMap properties;
  properties.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    SG_ASSIGN_OR_RETURN(uint64_t key, ReadVarint64(in));
    if (key > UINT32_MAX) return Bad("property key token out of range");
    if (!properties.empty() && key <= properties.back().first) return Bad("unsorted properties");
    SG_ASSIGN_OR_RETURN(Value value, ReadStoredValue(in));
    properties.emplace_back(static_cast<TokenId>(key), std::move(value));
  }
  if (!in->empty()) return Bad("trailing bytes");
  return properties;
}

}  // namespace

Status EncodeNodeRecord(const NodeRecord& node, std::string* out) {
  PutVarint64(out, node.labels.size());
  for (TokenId label : node.labels) PutFixed32BE(out, label);
  return AppendPropertyMap(node.properties, out);
}

Status ReadNodeLabels(std::string_view* bytes, std::vector<TokenId>* labels) {
  SG_ASSIGN_OR_RETURN(uint64_t count, ReadVarint64(bytes));
  if (count > bytes->size() / 4) return Bad("label count exceeds record");
  labels->clear();
  labels->reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const TokenId label = DecodeFixed32BE(bytes->data());
    bytes->remove_prefix(4);
    if (!labels->empty() && label <= labels->back()) return Bad("unsorted labels");
    labels->push_back(label);
  }
  return Status::OK();
}

Result<NodeRecord> DecodeNodeRecord(std::string_view bytes) {
  NodeRecord node;
  SG_RETURN_IF_ERROR(ReadNodeLabels(&bytes, &node.labels));
  SG_ASSIGN_OR_RETURN(node.properties, ReadPropertyMap(&bytes));
  return node;
}

namespace {

// The value of `key` in the property map at the front of `bytes`, or null.
Result<Value> FindInPropertyMap(std::string_view bytes, TokenId key) {
  SG_ASSIGN_OR_RETURN(uint64_t count, ReadVarint64(&bytes));
  for (uint64_t i = 0; i < count; ++i) {
    SG_ASSIGN_OR_RETURN(uint64_t k, ReadVarint64(&bytes));
    if (k == key) return ReadStoredValue(&bytes);
    if (k > key) break;  // keys ascend
    SG_RETURN_IF_ERROR(SkipStoredValue(&bytes));
  }
  return Value();
}

}  // namespace

Result<Value> FindNodeProperty(std::string_view bytes, TokenId key) {
  SG_ASSIGN_OR_RETURN(uint64_t labels, ReadVarint64(&bytes));
  if (labels > bytes.size() / 4) return Bad("label count exceeds record");
  bytes.remove_prefix(labels * 4);
  return FindInPropertyMap(bytes, key);
}

Status EncodeRelValue(const RelValue& rel, std::string* out) {
  PutFixed32BE(out, rel.rel.type);
  PutFixed64BE(out, rel.rel.start);
  PutFixed64BE(out, rel.rel.end);
  return AppendPropertyMap(rel.properties, out);
}

Result<RelValue> DecodeRelValue(RelId id, std::string_view bytes) {
  if (bytes.size() < 20) return Bad("truncated relationship");
  RelValue rel;
  rel.rel.id = id;
  rel.rel.type = DecodeFixed32BE(bytes.data());
  rel.rel.start = DecodeFixed64BE(bytes.data() + 4);
  rel.rel.end = DecodeFixed64BE(bytes.data() + 12);
  bytes.remove_prefix(20);
  SG_ASSIGN_OR_RETURN(rel.properties, ReadPropertyMap(&bytes));
  return rel;
}

Status EncodeAdjValue(const PropertyMap& properties, std::string* out) {
  out->push_back(kAdjInlinedProperties);
  return AppendPropertyMap(properties, out);
}

Result<std::optional<PropertyMap>> DecodeAdjValue(std::string_view bytes) {
  if (bytes.empty()) return std::optional<PropertyMap>();
  if (bytes[0] != kAdjInlinedProperties) return Bad("unknown adjacency value tag");
  bytes.remove_prefix(1);
  SG_ASSIGN_OR_RETURN(PropertyMap properties, ReadPropertyMap(&bytes));
  return std::optional<PropertyMap>(std::move(properties));
}

Result<std::optional<Value>> FindAdjProperty(std::string_view bytes, TokenId key) {
  if (bytes.empty()) return std::optional<Value>();
  if (bytes[0] != kAdjInlinedProperties) return Bad("unknown adjacency value tag");
  SG_ASSIGN_OR_RETURN(Value value, FindInPropertyMap(bytes.substr(1), key));
  return std::optional<Value>(std::move(value));
}

Result<PropertyMap> NormalizePropertyMap(const PropertyMap& properties) {
  PropertyMap sorted;
  for (const auto& [key, value] : properties) {
    if (!value.is_null()) SG_RETURN_IF_ERROR(ValidateStorable(value));
    AssignProperty(&sorted, key, value);
  }
  return sorted;
}

Value FindProperty(const PropertyMap& properties, TokenId key) {
  auto it = std::lower_bound(properties.begin(), properties.end(), key,
                             [](const auto& entry, TokenId k) { return entry.first < k; });
  return it != properties.end() && it->first == key ? it->second : Value();
}

void AssignProperty(PropertyMap* properties, TokenId key, const Value& value) {
  auto it = std::lower_bound(properties->begin(), properties->end(), key,
                             [](const auto& entry, TokenId k) { return entry.first < k; });
  const bool present = it != properties->end() && it->first == key;
  if (value.is_null()) {
    if (present) properties->erase(it);
  } else if (present) {
    it->second = value;
  } else {
    properties->emplace(it, key, value);
  }
}

}  // namespace stargraph::storage
