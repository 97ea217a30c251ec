// Keys of every column family: fixed-width big-endian integers, so byte order is numeric order.
//
// The layouts are documented byte by byte in storage/README.md. Every Parse* function accepts
// arbitrary bytes and returns Corruption for anything it did not build.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

// Keys of the meta column family.
inline constexpr std::string_view kMetaFormatVersion = "format_version";
inline constexpr std::string_view kMetaNextNodeId = "next_node_id";
inline constexpr std::string_view kMetaNextRelId = "next_rel_id";
inline constexpr std::string_view kMetaNextTokenId = "next_token_id";
inline constexpr std::string_view kMetaIndexPrefix = "index/";  // + index name
// Stored counts (format 3): "count/nodes" [+ label(4)], "count/rels" [+ type(4)] -> u64 BE.
inline constexpr std::string_view kMetaCountPrefix = "count/";

void PutFixed32BE(std::string* dst, uint32_t value);
void PutFixed64BE(std::string* dst, uint64_t value);
uint32_t DecodeFixed32BE(const char* bytes);
uint64_t DecodeFixed64BE(const char* bytes);
// The u64 value stored under a meta key; Corruption unless it is exactly 8 bytes.
Result<uint64_t> ParseFixed64Value(std::string_view bytes);

// The smallest string greater than every string that starts with `prefix` (an exclusive upper
// bound for a prefix scan); empty when no such bound exists (all bytes 0xFF).
std::string PrefixSuccessor(std::string_view prefix);

// dict: 0x01 kind(1) name -> id(4), and 0x02 kind(1) id(4) -> name.
std::string DictNameKey(TokenKind kind, std::string_view name);
std::string DictIdKey(TokenKind kind, TokenId id);
struct DictEntryKey {
  bool by_name = false;  // true: 0x01 kind name; false: 0x02 kind id
  TokenKind kind = TokenKind::kLabel;
  std::string name;  // set when by_name
  TokenId id = 0;    // set when !by_name
};
Result<DictEntryKey> ParseDictKey(std::string_view key);

// node: nid(8).  rel: rid(8).
std::string NodeKey(NodeId id);
std::string RelKey(RelId id);
Result<uint64_t> ParseIdKey(std::string_view key);

// adj: nid(8) dir(1) type(4) other(8) rid(8).
std::string AdjKey(NodeId node, const AdjacencyEntry& entry);
std::string AdjPrefix(NodeId node);
std::string AdjPrefix(NodeId node, Direction direction);
std::string AdjPrefix(NodeId node, Direction direction, TokenId type);
// Decodes an adjacency key; stores the owning node in *node.
Result<AdjacencyEntry> ParseAdjKey(std::string_view key, NodeId* node);

// degree (format 3): nid(8) slot(1) type(4) -> u64 BE, the number of the node's relationships
// of that type in the slot: out, in, or self-loops (also counted in out and in).
enum class DegreeSlot : uint8_t { kOut = 0, kIn = 1, kLoops = 2 };
inline constexpr size_t kDegreeKeySize = 13;
std::string DegreeKey(NodeId node, DegreeSlot slot, TokenId type);
struct DegreeEntry {
  NodeId node = 0;
  DegreeSlot slot = DegreeSlot::kOut;
  TokenId type = 0;
};
Result<DegreeEntry> ParseDegreeKey(std::string_view key);

// The meta keys of the stored counts: all nodes / those with `label`; all relationships / those
// of `type`.
std::string NodeCountKey(std::optional<TokenId> label);
std::string RelCountKey(std::optional<TokenId> type);

// label_idx: label(4) nid(8).  type_idx: type(4) rid(8).
std::string TokenIdKey(TokenId token, uint64_t id);
std::string TokenPrefix(TokenId token);
Result<std::pair<TokenId, uint64_t>> ParseTokenIdKey(std::string_view key);

// prop_idx: label(4) key(4) ordered(value) nid(8); `ordered_value` from ordered_value_codec.h.
std::string PropIndexPrefix(TokenId label, TokenId key);
std::string PropIndexKey(TokenId label, TokenId key, std::string_view ordered_value, NodeId node);
struct PropIndexEntry {
  TokenId label = 0;
  TokenId key = 0;
  std::string ordered_value;
  NodeId node = 0;
};
Result<PropIndexEntry> ParsePropIndexKey(std::string_view key);

// name_idx: ordered_string(normalized name) nid(8).
std::string NameIndexPrefix(std::string_view normalized_name);
std::string NameIndexKey(std::string_view normalized_name, NodeId node);
Result<std::pair<std::string, NodeId>> ParseNameIndexKey(std::string_view key);

}  // namespace stargraph::storage
