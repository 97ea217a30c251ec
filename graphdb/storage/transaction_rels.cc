// Relationship reads and writes of RocksTransaction, and adjacency expansion.
#include <algorithm>

#include "storage/cursors.h"
#include "storage/key_codec.h"
#include "storage/record_codec.h"
#include "storage/rocks_transaction.h"
#include "storage/value_codec.h"

namespace stargraph::storage {
namespace {

Status RelNotFound(RelId id) {
  return Status::NotFound("relationship " + std::to_string(id) + " not found");
}

}  // namespace

Result<const RelValue*> RocksTransaction::ReadRel(RelId id) const {
  SG_RETURN_IF_ERROR(CheckLive());
  if (mode_ == TxMode::kRead) {
    if (last_rel_ && last_rel_->rel.id == id) return &*last_rel_;
    if (const RelValue* cached = rel_cache_.Find(id)) return cached;
    SG_ASSIGN_OR_RETURN(bool scanned, CacheScannedRel(id));
    if (scanned) return rel_cache_.Find(id);
    SG_ASSIGN_OR_RETURN(bool built, BuildRecentRel(id));
    if (built) return &*last_rel_;
    if (const RelValue* cached = rel_cache_.Find(id)) return cached;
  }
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader_->Get(Cf::kRel, RelKey(id)));
  if (!bytes) return RelNotFound(id);
  SG_ASSIGN_OR_RETURN(RelValue rel, DecodeRelValue(id, *bytes));
  if (mode_ == TxMode::kWrite) return &last_rel_.emplace(std::move(rel));
  rel_cache_.Put(id, rel);
  return rel_cache_.Find(id);
}

Result<RelValue> RocksTransaction::LoadRel(RelId id) const {
  SG_ASSIGN_OR_RETURN(const RelValue* rel, ReadRel(id));
  return *rel;
}

// Relationship properties are read row after row for the relationships a node expanded to:
// their adjacency values carry them, so no rel record is read. The record goes to last_rel_
// (the next reads are of the same relationship, then of the next one), not to rel_cache_.
Result<bool> RocksTransaction::BuildRecentRel(RelId id) const {
  const auto found = adjacency_->FindRecent(id);
  if (!found) return false;
  const auto [list, index] = *found;
  SG_ASSIGN_OR_RETURN(std::optional<PropertyMap> properties, DecodeAdjValue(list->Value(index)));
  if (!properties) {
    SG_RETURN_IF_ERROR(FetchUninlinedRels(*list, index));
    return false;
  }
  last_rel_.emplace(RelValue{list->Record(index), std::move(*properties)});
  return true;
}

// Entries written before format 2 have no value: the records of the list's uninlined entries
// from `first` on (up to kPrefetch) are fetched in one MultiGet.
Status RocksTransaction::FetchUninlinedRels(const AdjacencyList& list, size_t first) const {
  std::vector<RelId> rels;
  for (size_t i = first; i < list.entries.size() && rels.size() < kPrefetch; ++i) {
    if (list.Value(i).empty()) rels.push_back(list.entries[i].rel);
  }
  std::sort(rels.begin(), rels.end());  // MultiGet wants its keys in order
  std::vector<std::string> keys;
  keys.reserve(rels.size());
  for (RelId rel : rels) keys.push_back(RelKey(rel));
  std::vector<std::optional<std::string>> values;
  SG_RETURN_IF_ERROR(reader_->MultiGet(Cf::kRel, keys, &values));
  for (size_t i = 0; i < rels.size(); ++i) {
    if (!values[i]) continue;
    SG_ASSIGN_OR_RETURN(RelValue rel, DecodeRelValue(rels[i], *values[i]));
    rel_cache_.Put(rels[i], rel);
  }
  return Status::OK();
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
    SG_RETURN_IF_ERROR(CountRel(rel.rel, +1));
    return Put(Cf::kTypeIdx, TokenIdKey(type, rel.rel.id), {});
  }));
  ++ctx_->next_rel_id;
  allocated_ids_ = true;
  return rel.rel.id;
}

Result<RelRecord> RocksTransaction::GetRelationship(RelId id) {
  SG_ASSIGN_OR_RETURN(const RelValue* rel, ReadRel(id));
  return rel->rel;
}

Result<PropertyMap> RocksTransaction::RelProperties(RelId id) {
  SG_ASSIGN_OR_RETURN(const RelValue* rel, ReadRel(id));
  return rel->properties;
}

Result<Value> RocksTransaction::RelProperty(RelId id, TokenId key) {
  // A relationship just expanded: its one value is decoded from the adjacency value.
  const bool remembered = (last_rel_ && last_rel_->rel.id == id) || rel_cache_.Find(id);
  if (mode_ == TxMode::kRead && !remembered && !ended_) {
    if (const auto found = adjacency_->FindRecent(id)) {
      SG_ASSIGN_OR_RETURN(std::optional<Value> value,
                          FindAdjProperty(found->first->Value(found->second), key));
      if (value) return std::move(*value);
    }
  }
  SG_ASSIGN_OR_RETURN(const RelValue* rel, ReadRel(id));
  return FindProperty(rel->properties, key);
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
  SG_RETURN_IF_ERROR(Atomically([&] { return PutRel(rel); }));
  return true;
}

Status RocksTransaction::DeleteRelationship(RelId id) {
  SG_RETURN_IF_ERROR(CheckWritable());
  SG_ASSIGN_OR_RETURN(RelValue rel, LoadRel(id));
  return Atomically([&] { return RemoveRel(rel.rel); });
}

Status RocksTransaction::PutRel(const RelValue& rel) {
  std::string bytes, inlined;
  SG_RETURN_IF_ERROR(EncodeRelValue(rel, &bytes));
  SG_RETURN_IF_ERROR(EncodeAdjValue(rel.properties, &inlined));
  const RelRecord& r = rel.rel;
  SG_RETURN_IF_ERROR(Put(Cf::kRel, RelKey(r.id), bytes));
  SG_RETURN_IF_ERROR(
      Put(Cf::kAdj, AdjKey(r.start, {r.id, r.type, r.end, Direction::kOutgoing}), inlined));
  return Put(Cf::kAdj, AdjKey(r.end, {r.id, r.type, r.start, Direction::kIncoming}), inlined);
}

Status RocksTransaction::RemoveRel(const RelRecord& rel) {
  const AdjacencyEntry out{rel.id, rel.type, rel.end, Direction::kOutgoing};
  const AdjacencyEntry in{rel.id, rel.type, rel.start, Direction::kIncoming};
  SG_RETURN_IF_ERROR(Delete(Cf::kAdj, AdjKey(rel.start, out)));
  SG_RETURN_IF_ERROR(Delete(Cf::kAdj, AdjKey(rel.end, in)));
  SG_RETURN_IF_ERROR(Delete(Cf::kTypeIdx, TokenIdKey(rel.type, rel.id)));
  SG_RETURN_IF_ERROR(CountRel(rel, -1));
  return Delete(Cf::kRel, RelKey(rel.id));
}

std::unique_ptr<AdjacencyCursor> RocksTransaction::Expand(NodeId node, Direction direction,
                                                          std::optional<TokenId> type) {
  std::vector<AdjacencyEntry> entries;
  Status status = ReadAdjacency(node, direction, type, std::nullopt, &entries);
  return std::make_unique<VectorCursor<AdjacencyEntry>>(std::move(entries), std::move(status));
}

Status RocksTransaction::ReadAdjacency(NodeId node, Direction direction,
                                       std::optional<TokenId> type, std::optional<NodeId> other,
                                       std::vector<AdjacencyEntry>* out) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (direction != Direction::kBoth) return adjacency_->Read(node, direction, type, other, out);
  SG_RETURN_IF_ERROR(adjacency_->Read(node, Direction::kOutgoing, type, other, out));
  const size_t first_incoming = out->size();
  SG_RETURN_IF_ERROR(adjacency_->Read(node, Direction::kIncoming, type, other, out));
  // Undirected expansion reports a self-loop once, from its outgoing entry.
  out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first_incoming), out->end(),
                            [node](const AdjacencyEntry& e) { return e.other == node; }),
             out->end());
  return Status::OK();
}

}  // namespace stargraph::storage
