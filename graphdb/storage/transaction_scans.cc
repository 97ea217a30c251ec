// Scans of RocksTransaction: all nodes, labels, names and property indexes (relationship scans
// are in transaction_rel_scan.cc).
#include <cmath>

#include "common/text_normalize.h"
#include "storage/cursors.h"
#include "storage/key_codec.h"
#include "storage/ordered_value_codec.h"
#include "storage/record_codec.h"
#include "storage/rocks_transaction.h"

namespace stargraph::storage {
namespace {

template <typename T>
std::unique_ptr<Cursor<T>> Empty(Status status = Status::OK()) {
  return std::make_unique<VectorCursor<T>>(std::vector<T>{}, std::move(status));
}

// Node id in the last 8 bytes of a label_idx, name_idx or prop_idx key.
Result<std::optional<NodeId>> TrailingNodeId(std::string_view key, std::string_view) {
  if (key.size() < 8) return Status::Corruption("index key too short");
  return std::optional<NodeId>(DecodeFixed64BE(key.data() + key.size() - 8));
}

// The encodings a Cypher-equal value may be indexed under: 1 = 1.0 across integer and float.
std::vector<std::string> EqualEncodings(const Value& value) {
  std::vector<Value> candidates{value};
  if (value.kind() == ValueKind::kInt) {
    const double d = static_cast<double>(value.as_int());
    if (d < 9.3e18 && static_cast<int64_t>(d) == value.as_int()) candidates.emplace_back(d);
  } else if (value.kind() == ValueKind::kFloat) {
    const double d = value.as_float();
    if (std::trunc(d) == d && std::fabs(d) < 9.2e18) candidates.emplace_back(int64_t(d));
  }
  std::vector<std::string> encodings;
  for (const Value& candidate : candidates) {
    std::string encoded;
    if (AppendOrderedValue(candidate, &encoded).ok()) encodings.push_back(std::move(encoded));
  }
  return encodings;
}

}  // namespace

std::unique_ptr<NodeCursor> RocksTransaction::ScanNodes() {
  if (ended_) return Empty<NodeId>(Status::Aborted("transaction ended"));
  RangeDecoder<NodeId> decode = [this](std::string_view key,
                                       std::string_view value) -> Result<std::optional<NodeId>> {
    SG_ASSIGN_OR_RETURN(uint64_t id, ParseIdKey(key));
    RememberNode(id, value);
    return std::optional<NodeId>(id);
  };
  std::unique_ptr<NodeCursor> cursor =
      std::make_unique<RangeCursor<NodeId>>(reader_->Scan(Cf::kNode, "", ""), std::move(decode));
  return batch_ ? Materialize(std::move(cursor)) : std::move(cursor);
}

std::unique_ptr<NodeCursor> RocksTransaction::ScanLabel(TokenId label) {
  if (ended_) return Empty<NodeId>(Status::Aborted("transaction ended"));
  if (mode_ == TxMode::kRead) {
    // One pass over label_idx and the node family; each node's value bytes are remembered
    // (undecoded), so reading the node later costs no Get.
    auto decode = [this](uint64_t id, std::string_view value) -> Result<NodeId> {
      RememberNode(id, value);
      return NodeId{id};
    };
    return std::make_unique<IndexFollowCursor<NodeId>>(
        reader_->ScanPrefix(Cf::kLabelIdx, TokenPrefix(label)), reader_->Scan(Cf::kNode, "", ""),
        NodeKey, std::move(decode), "label index");
  }
  std::unique_ptr<NodeCursor> cursor = std::make_unique<RangeCursor<NodeId>>(
      reader_->ScanPrefix(Cf::kLabelIdx, TokenPrefix(label)), TrailingNodeId);
  return batch_ ? Materialize(std::move(cursor)) : std::move(cursor);
}

Result<const IdSet*> RocksTransaction::BuildLabelMembers(TokenId label) {
  IdSet* members = label_cache_.NewMembers(label);
  RangeCursor<NodeId> cursor(reader_->ScanPrefix(Cf::kLabelIdx, TokenPrefix(label)),
                             TrailingNodeId);
  NodeId id;
  while (cursor.Next(&id)) members->Insert(id);
  if (!cursor.status().ok()) {
    label_cache_.DropMembers();
    return cursor.status();
  }
  return label_cache_.KeepMembers() ? members : nullptr;
}

uint64_t RocksTransaction::EstimateLabelCount(TokenId label) const {
  // A label index entry is a 12-byte key with an empty value; RocksDB's per-entry overhead in
  // memtables and blocks makes about 16 bytes per node a fair divisor for a rough count.
  constexpr uint64_t kBytesPerEntry = 16;
  return reader_->ApproximatePrefixBytes(Cf::kLabelIdx, TokenPrefix(label)) / kBytesPerEntry;
}

std::vector<NodeId> RocksTransaction::LookupName(std::string_view name) {
  std::vector<NodeId> nodes;
  if (ended_) return nodes;
  RangeCursor<NodeId> cursor(
      reader_->ScanPrefix(Cf::kNameIdx, NameIndexPrefix(NormalizeForLookup(name))), TrailingNodeId);
  NodeId id;
  while (cursor.Next(&id)) nodes.push_back(id);
  return nodes;
}

std::unique_ptr<NodeCursor> RocksTransaction::IndexSeek(TokenId label, TokenId key,
                                                        const Value& value) {
  if (ended_) return Empty<NodeId>(Status::Aborted("transaction ended"));
  const std::string prefix = PropIndexPrefix(label, key);
  std::unique_ptr<NodeCursor> result = Empty<NodeId>();
  for (const std::string& encoded : EqualEncodings(value)) {
    const std::string lower = prefix + encoded;
    result = std::make_unique<ConcatCursor<NodeId>>(
        std::move(result), IndexCursor(label, key, lower, PrefixSuccessor(lower)));
  }
  return result;
}

std::unique_ptr<NodeCursor> RocksTransaction::IndexRange(TokenId label, TokenId key,
                                                         const std::optional<Value>& lower,
                                                         bool lower_inclusive,
                                                         const std::optional<Value>& upper,
                                                         bool upper_inclusive) {
  if (ended_) return Empty<NodeId>(Status::Aborted("transaction ended"));
  const std::string prefix = PropIndexPrefix(label, key);
  if (!lower && !upper) return IndexCursor(label, key, prefix, PrefixSuccessor(prefix));
  Result<OrderedTag> lower_tag = lower ? OrderedTagOf(*lower) : OrderedTagOf(*upper);
  Result<OrderedTag> upper_tag = upper ? OrderedTagOf(*upper) : OrderedTagOf(*lower);
  if (!lower_tag.ok() || !upper_tag.ok() || *lower_tag != *upper_tag) return Empty<NodeId>();
  const std::string kind_prefix = prefix + static_cast<char>(*lower_tag);
  std::string from = kind_prefix;
  std::string to = PrefixSuccessor(kind_prefix);
  if (lower) {
    from = prefix;
    if (!AppendOrderedValue(*lower, &from).ok()) return Empty<NodeId>();
    if (!lower_inclusive) from = PrefixSuccessor(from);
  }
  if (upper) {
    to = prefix;
    if (!AppendOrderedValue(*upper, &to).ok()) return Empty<NodeId>();
    if (upper_inclusive) to = PrefixSuccessor(to);
  }
  if (from >= to) return Empty<NodeId>();
  return IndexCursor(label, key, std::move(from), std::move(to));
}

std::unique_ptr<NodeCursor> RocksTransaction::IndexCursor(TokenId label, TokenId key,
                                                          std::string lower, std::string upper) {
  std::unique_ptr<NodeCursor> cursor;
  if (FindIndex(label, key)) {
    cursor = std::make_unique<RangeCursor<NodeId>>(
        reader_->Scan(Cf::kPropIdx, std::move(lower), std::move(upper)), TrailingNodeId);
  } else {
    // No index: filter the label's nodes by the key they would have in such an index.
    const IndexDefinition def{"", label, key, false};
    RangeDecoder<NodeId> decode = [this, def, lower, upper](
                                      std::string_view k,
                                      std::string_view v) -> Result<std::optional<NodeId>> {
      SG_ASSIGN_OR_RETURN(std::optional<NodeId> id, TrailingNodeId(k, v));
      SG_ASSIGN_OR_RETURN(NodeRecord node, LoadNode(*id));
      std::optional<std::string> index_key = PropIndexKeyOf(*id, node, def);
      if (!index_key || *index_key < lower || *index_key >= upper) return std::optional<NodeId>();
      return id;
    };
    cursor = std::make_unique<RangeCursor<NodeId>>(
        reader_->ScanPrefix(Cf::kLabelIdx, TokenPrefix(label)), std::move(decode));
  }
  return batch_ ? Materialize(std::move(cursor)) : std::move(cursor);
}

}  // namespace stargraph::storage
