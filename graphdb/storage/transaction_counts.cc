// Degrees and exact counts of RocksTransaction: read from the stored figures (format 3), kept up
// to date by every write; a read-only open of an older database counts instead (one key-only
// pass over the label or type index, or the node / rel family; one adjacency read per degree).
#include <algorithm>

#include "storage/key_codec.h"
#include "storage/rocks_transaction.h"

namespace stargraph::storage {
namespace {

Result<uint64_t> CountKeys(const KvReader& reader, Cf cf, std::string_view prefix) {
  uint64_t count = 0;
  SG_RETURN_IF_ERROR(
      reader.ForEachWithPrefix(cf, prefix, [&count](std::string_view, std::string_view) {
        ++count;
        return true;
      }));
  return count;
}

const std::vector<TokenId>& LabelsOf(const NodeRecord* node) {
  static const std::vector<TokenId> kNone;
  return node == nullptr ? kNone : node->labels;
}

}  // namespace

bool RocksTransaction::HasFigures() const { return ctx_->format_version >= 3; }

Result<uint64_t> RocksTransaction::CountNodes(std::optional<TokenId> label) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (HasFigures()) return figures_->Read(Cf::kMeta, NodeCountKey(label));
  if (!label) return CountKeys(*reader_, Cf::kNode, "");
  return CountKeys(*reader_, Cf::kLabelIdx, TokenPrefix(*label));
}

Result<uint64_t> RocksTransaction::CountRelationships(std::optional<TokenId> type) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (HasFigures()) return figures_->Read(Cf::kMeta, RelCountKey(type));
  if (!type) return CountKeys(*reader_, Cf::kRel, "");
  return CountKeys(*reader_, Cf::kTypeIdx, TokenPrefix(*type));
}

Result<uint64_t> RocksTransaction::Degree(NodeId node, Direction direction,
                                          std::optional<TokenId> type) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (HasFigures() && mode_ != TxMode::kRead) return StoredDegree(node, direction, type);
  if (HasFigures()) {
    const DegreeCacheKey key{node, type.value_or(0), direction};
    if (auto found = degree_cache_.find(key); found != degree_cache_.end()) return found->second;
    SG_ASSIGN_OR_RETURN(uint64_t degree, StoredDegree(node, direction, type));
    if (degree_cache_.size() >= kDegreeCacheEntries) degree_cache_.clear();
    degree_cache_.emplace(key, degree);
    return degree;
  }
  std::vector<AdjacencyEntry> entries;
  SG_RETURN_IF_ERROR(ReadAdjacency(node, direction, type, std::nullopt, &entries));
  return entries.size();
}

Status RocksTransaction::PrefetchDegrees(const std::vector<NodeId>& nodes, Direction direction,
                                         TokenId type) {
  SG_RETURN_IF_ERROR(CheckLive());
  if (mode_ != TxMode::kRead || !HasFigures()) return Status::OK();
  std::vector<NodeId> wanted(nodes);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  wanted.resize(std::min(wanted.size(), kDegreeCacheEntries));
  if (degree_cache_.size() + wanted.size() > kDegreeCacheEntries) degree_cache_.clear();
  wanted.erase(std::remove_if(wanted.begin(), wanted.end(),
                              [&](NodeId node) {
                                return degree_cache_.count(DegreeCacheKey{node, type, direction});
                              }),
               wanted.end());
  if (wanted.empty()) return Status::OK();
  std::vector<DegreeSlot> slots;
  if (direction != Direction::kIncoming) slots.push_back(DegreeSlot::kOut);
  if (direction != Direction::kOutgoing) slots.push_back(DegreeSlot::kIn);
  if (direction == Direction::kBoth) slots.push_back(DegreeSlot::kLoops);
  // Keys in order (node, then slot), as MultiGet wants them.
  std::vector<std::string> keys;
  keys.reserve(wanted.size() * slots.size());
  for (NodeId node : wanted) {
    for (DegreeSlot slot : slots) keys.push_back(DegreeKey(node, slot, type));
  }
  std::vector<std::optional<std::string>> values;
  SG_RETURN_IF_ERROR(reader_->MultiGet(Cf::kDegree, keys, &values));
  for (size_t i = 0; i < wanted.size(); ++i) {
    uint64_t figures[3] = {0, 0, 0};  // by position in `slots`; an absent key is 0
    for (size_t s = 0; s < slots.size(); ++s) {
      const std::optional<std::string>& value = values[i * slots.size() + s];
      if (!value) continue;
      SG_ASSIGN_OR_RETURN(figures[s], ParseFixed64Value(*value));
    }
    // As StoredDegree: kBoth is outgoing + incoming - self-loops.
    degree_cache_.emplace(DegreeCacheKey{wanted[i], type, direction},
                          figures[0] + figures[1] - figures[2]);
  }
  return Status::OK();
}

// kBoth counts a self-loop once, like ReadAdjacency: outgoing + incoming - self-loops.
Result<uint64_t> RocksTransaction::StoredDegree(NodeId node, Direction direction,
                                                std::optional<TokenId> type) {
  uint64_t slots[3] = {0, 0, 0};  // by DegreeSlot
  if (type) {
    const bool both = direction == Direction::kBoth;
    for (DegreeSlot slot : {DegreeSlot::kOut, DegreeSlot::kIn, DegreeSlot::kLoops}) {
      const bool wanted = both || static_cast<uint8_t>(slot) == static_cast<uint8_t>(direction);
      if (!wanted) continue;
      SG_ASSIGN_OR_RETURN(slots[static_cast<size_t>(slot)],
                          figures_->Read(Cf::kDegree, DegreeKey(node, slot, *type)));
    }
  } else {
    SG_RETURN_IF_ERROR(figures_->ForEachWithPrefix(
        Cf::kDegree, NodeKey(node), [&](std::string_view key, uint64_t count) -> Status {
          SG_ASSIGN_OR_RETURN(DegreeEntry entry, ParseDegreeKey(key));
          slots[static_cast<size_t>(entry.slot)] += count;
          return Status::OK();
        }));
  }
  switch (direction) {
    case Direction::kOutgoing:
      return slots[0];
    case Direction::kIncoming:
      return slots[1];
    case Direction::kBoth:
      break;
  }
  return slots[0] + slots[1] - slots[2];
}

Status RocksTransaction::CountNode(const NodeRecord* before, const NodeRecord* after) {
  if ((before == nullptr) != (after == nullptr)) {
    SG_RETURN_IF_ERROR(figures_->Add(Cf::kMeta, NodeCountKey(std::nullopt), after ? 1 : -1));
  }
  const std::vector<TokenId>& old_labels = LabelsOf(before);
  const std::vector<TokenId>& new_labels = LabelsOf(after);
  for (TokenId label : old_labels) {
    if (!std::binary_search(new_labels.begin(), new_labels.end(), label)) {
      SG_RETURN_IF_ERROR(figures_->Add(Cf::kMeta, NodeCountKey(label), -1));
    }
  }
  for (TokenId label : new_labels) {
    if (!std::binary_search(old_labels.begin(), old_labels.end(), label)) {
      SG_RETURN_IF_ERROR(figures_->Add(Cf::kMeta, NodeCountKey(label), +1));
    }
  }
  return Status::OK();
}

Status RocksTransaction::CountRel(const RelRecord& rel, int64_t delta) {
  SG_RETURN_IF_ERROR(figures_->Add(Cf::kMeta, RelCountKey(std::nullopt), delta));
  SG_RETURN_IF_ERROR(figures_->Add(Cf::kMeta, RelCountKey(rel.type), delta));
  SG_RETURN_IF_ERROR(
      figures_->Add(Cf::kDegree, DegreeKey(rel.start, DegreeSlot::kOut, rel.type), delta));
  SG_RETURN_IF_ERROR(
      figures_->Add(Cf::kDegree, DegreeKey(rel.end, DegreeSlot::kIn, rel.type), delta));
  if (rel.start != rel.end) return Status::OK();
  return figures_->Add(Cf::kDegree, DegreeKey(rel.start, DegreeSlot::kLoops, rel.type), delta);
}

}  // namespace stargraph::storage
