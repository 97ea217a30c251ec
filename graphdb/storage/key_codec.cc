#include "storage/key_codec.h"

#include "storage/ordered_value_codec.h"

namespace stargraph::storage {
namespace {

constexpr char kDictByName = 0x01;
constexpr char kDictById = 0x02;

std::string CountKey(std::string_view what, std::optional<TokenId> token) {
  std::string key(kMetaCountPrefix);
  key.append(what);
  if (token) {
    key.push_back('/');
    PutFixed32BE(&key, *token);
  }
  return key;
}

constexpr size_t kAdjKeySize = 8 + 1 + 4 + 8 + 8;

Status BadKey(const char* what) { return Status::Corruption(std::string("bad key: ") + what); }

bool ValidTokenKind(uint8_t kind) { return kind >= 1 && kind <= 3; }

}  // namespace

// One append of a stack buffer: a push_back per byte checks the capacity eight times.
void PutFixed32BE(std::string* dst, uint32_t value) {
  char bytes[4];
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>(value >> (24 - 8 * i));
  dst->append(bytes, sizeof(bytes));
}

void PutFixed64BE(std::string* dst, uint64_t value) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>(value >> (56 - 8 * i));
  dst->append(bytes, sizeof(bytes));
}

uint32_t DecodeFixed32BE(const char* bytes) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

uint64_t DecodeFixed64BE(const char* bytes) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

Result<uint64_t> ParseFixed64Value(std::string_view bytes) {
  if (bytes.size() != 8) return Status::Corruption("bad meta value: expected 8 bytes");
  return DecodeFixed64BE(bytes.data());
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty() && static_cast<uint8_t>(s.back()) == 0xff) s.pop_back();
  if (!s.empty()) s.back() = static_cast<char>(static_cast<uint8_t>(s.back()) + 1);
  return s;
}

std::string DictNameKey(TokenKind kind, std::string_view name) {
  std::string key{kDictByName, static_cast<char>(kind)};
  key.append(name);
  return key;
}

std::string DictIdKey(TokenKind kind, TokenId id) {
  std::string key{kDictById, static_cast<char>(kind)};
  PutFixed32BE(&key, id);
  return key;
}

Result<DictEntryKey> ParseDictKey(std::string_view key) {
  if (key.size() < 2 || !ValidTokenKind(static_cast<uint8_t>(key[1]))) return BadKey("dict");
  DictEntryKey entry;
  entry.kind = static_cast<TokenKind>(key[1]);
  if (key[0] == kDictByName) {
    entry.by_name = true;
    entry.name = std::string(key.substr(2));
    return entry;
  }
  if (key[0] != kDictById || key.size() != 6) return BadKey("dict");
  entry.id = DecodeFixed32BE(key.data() + 2);
  return entry;
}

std::string NodeKey(NodeId id) {
  std::string key;
  PutFixed64BE(&key, id);
  return key;
}

std::string RelKey(RelId id) { return NodeKey(id); }

Result<uint64_t> ParseIdKey(std::string_view key) {
  if (key.size() != 8) return BadKey("id");
  return DecodeFixed64BE(key.data());
}

std::string AdjKey(NodeId node, const AdjacencyEntry& entry) {
  std::string key;
  key.reserve(kAdjKeySize);
  PutFixed64BE(&key, node);
  key.push_back(static_cast<char>(entry.direction));
  PutFixed32BE(&key, entry.type);
  PutFixed64BE(&key, entry.other);
  PutFixed64BE(&key, entry.rel);
  return key;
}

std::string AdjPrefix(NodeId node) { return NodeKey(node); }

std::string AdjPrefix(NodeId node, Direction direction) {
  std::string key = NodeKey(node);
  key.push_back(static_cast<char>(direction));
  return key;
}

std::string AdjPrefix(NodeId node, Direction direction, TokenId type) {
  std::string key = AdjPrefix(node, direction);
  PutFixed32BE(&key, type);
  return key;
}

Result<AdjacencyEntry> ParseAdjKey(std::string_view key, NodeId* node) {
  if (key.size() != kAdjKeySize || static_cast<uint8_t>(key[8]) > 1) return BadKey("adjacency");
  *node = DecodeFixed64BE(key.data());
  AdjacencyEntry entry;
  entry.direction = static_cast<Direction>(key[8]);
  entry.type = DecodeFixed32BE(key.data() + 9);
  entry.other = DecodeFixed64BE(key.data() + 13);
  entry.rel = DecodeFixed64BE(key.data() + 21);
  return entry;
}

std::string DegreeKey(NodeId node, DegreeSlot slot, TokenId type) {
  std::string key = NodeKey(node);
  key.push_back(static_cast<char>(slot));
  PutFixed32BE(&key, type);
  return key;
}

Result<DegreeEntry> ParseDegreeKey(std::string_view key) {
  if (key.size() != kDegreeKeySize || static_cast<uint8_t>(key[8]) > 2) return BadKey("degree");
  return DegreeEntry{DecodeFixed64BE(key.data()), static_cast<DegreeSlot>(key[8]),
                     DecodeFixed32BE(key.data() + 9)};
}

std::string NodeCountKey(std::optional<TokenId> label) { return CountKey("nodes", label); }

std::string RelCountKey(std::optional<TokenId> type) { return CountKey("rels", type); }

std::string TokenIdKey(TokenId token, uint64_t id) {
  std::string key = TokenPrefix(token);
  PutFixed64BE(&key, id);
  return key;
}

std::string TokenPrefix(TokenId token) {
  std::string key;
  PutFixed32BE(&key, token);
  return key;
}

Result<std::pair<TokenId, uint64_t>> ParseTokenIdKey(std::string_view key) {
  if (key.size() != 12) return BadKey("token index");
  return std::make_pair(DecodeFixed32BE(key.data()), DecodeFixed64BE(key.data() + 4));
}

std::string PropIndexPrefix(TokenId label, TokenId key) {
  std::string prefix;
  PutFixed32BE(&prefix, label);
  PutFixed32BE(&prefix, key);
  return prefix;
}

std::string PropIndexKey(TokenId label, TokenId key, std::string_view ordered_value, NodeId node) {
  std::string k = PropIndexPrefix(label, key);
  k.append(ordered_value);
  PutFixed64BE(&k, node);
  return k;
}

Result<PropIndexEntry> ParsePropIndexKey(std::string_view key) {
  if (key.size() < 4 + 4 + 1 + 8) return BadKey("property index");
  PropIndexEntry entry;
  entry.label = DecodeFixed32BE(key.data());
  entry.key = DecodeFixed32BE(key.data() + 4);
  std::string_view value = key.substr(8, key.size() - 16);
  std::string_view rest = value;
  SG_RETURN_IF_ERROR(ReadOrderedValue(&rest).status());
  if (!rest.empty()) return BadKey("property index value has trailing bytes");
  entry.ordered_value = std::string(value);
  entry.node = DecodeFixed64BE(key.data() + key.size() - 8);
  return entry;
}

std::string NameIndexPrefix(std::string_view normalized_name) {
  std::string prefix;
  AppendOrderedString(normalized_name, &prefix);
  return prefix;
}

std::string NameIndexKey(std::string_view normalized_name, NodeId node) {
  std::string key = NameIndexPrefix(normalized_name);
  PutFixed64BE(&key, node);
  return key;
}

Result<std::pair<std::string, NodeId>> ParseNameIndexKey(std::string_view key) {
  std::string_view rest = key;
  SG_ASSIGN_OR_RETURN(std::string name, ReadOrderedString(&rest));
  if (rest.size() != 8) return BadKey("name index");
  return std::make_pair(std::move(name), DecodeFixed64BE(rest.data()));
}

}  // namespace stargraph::storage
