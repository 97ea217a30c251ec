// Relationship reads and writes of RocksTransaction, and adjacency expansion.
#include "storage/cursors.h"
#include "storage/key_codec.h"
#include "storage/rocks_transaction.h"
#include "storage/value_codec.h"

namespace stargraph::storage {
namespace {

Status RelNotFound(RelId id) {
  return Status::NotFound("relationship " + std::to_string(id) + " not found");
}

std::string Prefix(NodeId node, Direction direction, std::optional<TokenId> type) {
  return type ? AdjPrefix(node, direction, *type) : AdjPrefix(node, direction);
}

std::unique_ptr<AdjacencyCursor> ScanAdjacency(const KvReader& reader, NodeId node,
                                               Direction direction, std::optional<TokenId> type,
                                               bool skip_self_loops) {
  RangeDecoder<AdjacencyEntry> decode =
      [node, skip_self_loops](std::string_view key,
                              std::string_view) -> Result<std::optional<AdjacencyEntry>> {
    NodeId owner = 0;
    SG_ASSIGN_OR_RETURN(AdjacencyEntry entry, ParseAdjKey(key, &owner));
    if (skip_self_loops && entry.other == node) return std::optional<AdjacencyEntry>();
    return std::optional<AdjacencyEntry>(entry);
  };
  return std::make_unique<RangeCursor<AdjacencyEntry>>(
      reader.ScanPrefix(Cf::kAdj, Prefix(node, direction, type)), std::move(decode));
}

}  // namespace

Result<RelValue> RocksTransaction::LoadRel(RelId id) const {
  SG_RETURN_IF_ERROR(CheckLive());
  if (last_rel_ && last_rel_->first == id) return last_rel_->second;
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_->Get(Cf::kRel, RelKey(id)));
  if (!bytes) return RelNotFound(id);
  SG_ASSIGN_OR_RETURN(RelValue rel, DecodeRelValue(id, *bytes));
  if (mode_ == TxMode::kRead) last_rel_.emplace(id, rel);
  return rel;
}

Result<RelId> RocksTransaction::CreateRelationship(NodeId start, TokenId type, NodeId end,
                                                   const PropertyMap& properties) {
  SG_RETURN_IF_ERROR(CheckWritable());
  for (NodeId node : {start, end}) {
    if (!NodeExists(node)) return Status::NotFound("node " + std::to_string(node) + " not found");
  }
  RelValue rel;
  rel.rel = RelRecord{ctx_->next_rel_id, type, start, end};
  SG_ASSIGN_OR_RETURN(rel.properties, NormalizePropertyMap(properties));
  SG_RETURN_IF_ERROR(Atomically([&]() -> Status {
    SG_RETURN_IF_ERROR(PutRel(rel));
    SG_RETURN_IF_ERROR(Put(Cf::kTypeIdx, TokenIdKey(type, rel.rel.id), {}));
    const AdjacencyEntry out{rel.rel.id, type, end, Direction::kOutgoing};
    const AdjacencyEntry in{rel.rel.id, type, start, Direction::kIncoming};
    SG_RETURN_IF_ERROR(Put(Cf::kAdj, AdjKey(start, out), {}));
    return Put(Cf::kAdj, AdjKey(end, in), {});
  }));
  ++ctx_->next_rel_id;
  allocated_ids_ = true;
  return rel.rel.id;
}

Result<RelRecord> RocksTransaction::GetRelationship(RelId id) {
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  return rel.rel;
}

Result<PropertyMap> RocksTransaction::RelProperties(RelId id) {
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  return std::move(rel.properties);
}

Result<Value> RocksTransaction::RelProperty(RelId id, TokenId key) {
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  return FindProperty(rel.properties, key);
}

Result<bool> RocksTransaction::SetRelProperty(RelId id, TokenId key, const Value& value) {
  SG_RETURN_IF_ERROR(CheckWritable());
  if (!value.is_null()) SG_RETURN_IF_ERROR(ValidateStorable(value));
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  std::string old_bytes, new_bytes;
  SG_RETURN_IF_ERROR(EncodeRelValue(rel, &old_bytes));
  AssignProperty(&rel.properties, key, value);
  SG_RETURN_IF_ERROR(EncodeRelValue(rel, &new_bytes));
  if (old_bytes == new_bytes) return false;
  SG_RETURN_IF_ERROR(Atomically([&] { return Put(Cf::kRel, RelKey(id), new_bytes); }));
  return true;
}

Status RocksTransaction::DeleteRelationship(RelId id) {
  SG_RETURN_IF_ERROR(CheckWritable());
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  return Atomically([&] { return RemoveRel(rel.rel); });
}

Status RocksTransaction::PutRel(const RelValue& rel) {
  std::string bytes;
  SG_RETURN_IF_ERROR(EncodeRelValue(rel, &bytes));
  return Put(Cf::kRel, RelKey(rel.rel.id), bytes);
}

Status RocksTransaction::RemoveRel(const RelRecord& rel) {
  const AdjacencyEntry out{rel.id, rel.type, rel.end, Direction::kOutgoing};
  const AdjacencyEntry in{rel.id, rel.type, rel.start, Direction::kIncoming};
  SG_RETURN_IF_ERROR(Delete(Cf::kAdj, AdjKey(rel.start, out)));
  SG_RETURN_IF_ERROR(Delete(Cf::kAdj, AdjKey(rel.end, in)));
  SG_RETURN_IF_ERROR(Delete(Cf::kTypeIdx, TokenIdKey(rel.type, rel.id)));
  return Delete(Cf::kRel, RelKey(rel.id));
}

std::unique_ptr<AdjacencyCursor> RocksTransaction::Expand(NodeId node, Direction direction,
                                                          std::optional<TokenId> type) {
  if (ended_) {
    return std::make_unique<VectorCursor<AdjacencyEntry>>(std::vector<AdjacencyEntry>{},
                                                          Status::Aborted("transaction ended"));
  }
  std::unique_ptr<AdjacencyCursor> cursor;
  if (direction == Direction::kBoth) {
    // Undirected expansion reports a self-loop once, from its outgoing entry.
    cursor = std::make_unique<ConcatCursor<AdjacencyEntry>>(
        ScanAdjacency(*reader_, node, Direction::kOutgoing, type, false),
        ScanAdjacency(*reader_, node, Direction::kIncoming, type, true));
  } else {
    cursor = ScanAdjacency(*reader_, node, direction, type, false);
  }
  return batch_ ? Materialize(std::move(cursor)) : std::move(cursor);
}

Result<uint64_t> RocksTransaction::Degree(NodeId node, Direction direction,
                                          std::optional<TokenId> type) {
  SG_RETURN_IF_ERROR(CheckLive());
  Status status;
  const std::vector<AdjacencyEntry> entries = CollectAdjacency(node, direction, type, &status);
  SG_RETURN_IF_ERROR(status);
  return entries.size();
}

std::vector<AdjacencyEntry> RocksTransaction::CollectAdjacency(NodeId node, Direction direction,
                                                               std::optional<TokenId> type,
                                                               Status* status) {
  std::unique_ptr<AdjacencyCursor> cursor = Expand(node, direction, type);
  std::vector<AdjacencyEntry> entries;
  AdjacencyEntry entry;
  while (cursor->Next(&entry)) entries.push_back(entry);
  *status = cursor->status();
  return entries;
}

}  // namespace stargraph::storage
