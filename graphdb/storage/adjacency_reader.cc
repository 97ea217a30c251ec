#include "storage/adjacency_reader.h"

#include <algorithm>

#include "storage/key_codec.h"

namespace stargraph::storage {

std::string_view AdjacencyList::Value(size_t i) const {
  const size_t begin = i == 0 ? 0 : value_ends[i - 1];
  return std::string_view(values).substr(begin, value_ends[i] - begin);
}

RelRecord AdjacencyList::Record(size_t i) const {
  const AdjacencyEntry& e = entries[i];
  const bool out = e.direction == Direction::kOutgoing;
  return RelRecord{e.rel, e.type, out ? node : e.other, out ? e.other : node};
}

std::optional<size_t> AdjacencyList::Find(RelId rel) const {
  if (by_rel.empty()) {
    by_rel.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) by_rel.emplace_back(entries[i].rel, i);
    std::sort(by_rel.begin(), by_rel.end());
  }
  auto it = std::lower_bound(by_rel.begin(), by_rel.end(), std::pair<RelId, size_t>(rel, 0));
  if (it == by_rel.end() || it->first != rel) return std::nullopt;
  return it->second;
}

size_t AdjacencyList::Bytes() const {
  const size_t per_entry = sizeof(AdjacencyEntry) + sizeof(size_t) + sizeof(by_rel[0]);
  return sizeof(AdjacencyList) + entries.size() * per_entry + values.size();
}

AdjacencyReader::AdjacencyReader(const KvReader* reader, bool reusable)
    : reader_(reader), reusable_(reusable) {
  options_.prefix_same_as_start = true;
}

Status AdjacencyReader::Read(NodeId node, Direction direction, std::optional<TokenId> type,
                             std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) {
  prefix_ = type ? AdjPrefix(node, direction, *type) : AdjPrefix(node, direction);
  if (type && other && reusable_) {
    // The typed list, when cached, is ordered by the other end: no seek (Expand-Into of a hub
    // whose list the previous hop read, as in triangles).
    if (auto it = cache_.find(prefix_); it != cache_.end()) {
      const std::vector<AdjacencyEntry>& entries = it->second->entries;
      auto first =
          std::lower_bound(entries.begin(), entries.end(), *other,
                           [](const AdjacencyEntry& e, NodeId id) { return e.other < id; });
      for (auto e = first; e != entries.end() && e->other == *other; ++e) out->push_back(*e);
      Recall(it->second);
      return Status::OK();
    }
  }
  if (type && other) PutFixed64BE(&prefix_, *other);
  std::shared_ptr<const AdjacencyList> list;
  // A keyed seek is as cheap as a cache lookup and is rarely repeated: not cached.
  if (!reusable_ || (type && other)) {
    auto scanned = std::make_shared<AdjacencyList>();
    SG_RETURN_IF_ERROR(Scan(node, scanned.get()));
    list = std::move(scanned);
  } else {
    SG_ASSIGN_OR_RETURN(list, ReadCached(node));
  }
  for (const AdjacencyEntry& e : list->entries) {
    if (!other || e.other == *other) out->push_back(e);
  }
  if (reusable_) Recall(std::move(list));
  return Status::OK();
}

// Traversals read the entries of a list in order: the entry after the last one found is tried
// in every list before any list's index is searched (and built).
std::optional<std::pair<const AdjacencyList*, size_t>> AdjacencyReader::FindRecent(RelId rel) {
  for (int pass = 0; pass < 2; ++pass) {
    for (Recent& recent : recent_) {
      const AdjacencyList& list = *recent.list;
      std::optional<size_t> index;
      if (pass == 1) {
        index = list.Find(rel);
      } else if (recent.next < list.entries.size() && list.entries[recent.next].rel == rel) {
        index = recent.next;
      }
      if (index) {
        recent.next = *index + 1;
        return std::pair(&list, *index);
      }
    }
  }
  return std::nullopt;
}

Result<std::shared_ptr<const AdjacencyList>> AdjacencyReader::ReadCached(NodeId node) {
  if (auto it = cache_.find(prefix_); it != cache_.end()) return it->second;
  auto list = std::make_shared<AdjacencyList>();
  SG_RETURN_IF_ERROR(Scan(node, list.get()));
  std::shared_ptr<const AdjacencyList> shared = std::move(list);
  Remember(shared);
  return shared;
}

// prefix_same_as_start: every seek consults the prefix bloom of the node (8-byte prefix) and
// the iterator stops at the end of the node's entries; the loop stops at the end of prefix_.
Status AdjacencyReader::Scan(NodeId node, AdjacencyList* list) {
  if (!iterator_ || !reusable_) iterator_ = reader_->NewIterator(Cf::kAdj, &options_);
  rocksdb::Iterator* it = iterator_.get();
  list->node = node;
  for (it->Seek(rocksdb::Slice(prefix_)); it->Valid(); it->Next()) {
    const rocksdb::Slice key = it->key();
    if (!key.starts_with(prefix_)) break;
    NodeId owner = 0;
    SG_ASSIGN_OR_RETURN(AdjacencyEntry entry,
                        ParseAdjKey(std::string_view(key.data(), key.size()), &owner));
    list->entries.push_back(entry);
    list->values.append(it->value().data(), it->value().size());
    list->value_ends.push_back(list->values.size());
  }
  return FromRocks(it->status());
}

void AdjacencyReader::Remember(const std::shared_ptr<const AdjacencyList>& list) {
  const size_t bytes = list->Bytes() + prefix_.size();
  if (cached_bytes_ + bytes > kCachedBytes) {
    cache_.clear();
    cached_bytes_ = 0;
  }
  cached_bytes_ += bytes;
  cache_.emplace(prefix_, list);
}

void AdjacencyReader::Recall(std::shared_ptr<const AdjacencyList> list) {
  if (!recent_.empty() && recent_.front().list == list) return;
  if (recent_.size() == kRecentLists) recent_.pop_back();
  recent_.insert(recent_.begin(), Recent{std::move(list), 0});
}

}  // namespace stargraph::storage
