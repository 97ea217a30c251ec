#include "storage/adjacency_reader.h"

#include <algorithm>
#include <string_view>

#include "storage/key_codec.h"

namespace stargraph::storage {

AdjacencyReader::AdjacencyReader(const KvReader* reader, bool reusable)
    : reader_(reader), reusable_(reusable) {
  options_.prefix_same_as_start = true;
}

Status AdjacencyReader::Read(NodeId node, Direction direction, std::optional<TokenId> type,
                             std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) {
  prefix_ = type ? AdjPrefix(node, direction, *type) : AdjPrefix(node, direction);
  if (type && other) PutFixed64BE(&prefix_, *other);
  // A keyed seek is as cheap as a cache lookup and is rarely repeated: not cached.
  if (!reusable_ || (type && other)) return Scan(other, out);
  const size_t first = out->size();
  SG_RETURN_IF_ERROR(ReadCached(other, out));
  last_rels_.clear();
  for (size_t i = first; i < out->size() && last_rels_.size() < kPrefetch; ++i) {
    last_rels_.push_back((*out)[i].rel);
  }
  return Status::OK();
}

std::vector<RelId> AdjacencyReader::TakeLastRels() {
  std::vector<RelId> rels = std::move(last_rels_);
  last_rels_.clear();
  std::sort(rels.begin(), rels.end());
  return rels;
}

Status AdjacencyReader::ReadCached(std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) {
  if (auto it = cache_.find(prefix_); it != cache_.end()) {
    for (const AdjacencyEntry& e : it->second) {
      if (!other || e.other == *other) out->push_back(e);
    }
    return Status::OK();
  }
  const size_t first = out->size();
  SG_RETURN_IF_ERROR(Scan(std::nullopt, out));
  Remember(first, *out);
  if (other) {
    auto wrong_end = [&](const AdjacencyEntry& e) { return e.other != *other; };
    out->erase(
        std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), wrong_end),
        out->end());
  }
  return Status::OK();
}

// prefix_same_as_start: every seek consults the prefix bloom of the node (8-byte prefix) and
// the iterator stops at the end of the node's entries; the loop stops at the end of prefix_.
Status AdjacencyReader::Scan(std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) {
  if (!iterator_ || !reusable_) iterator_ = reader_->NewIterator(Cf::kAdj, &options_);
  rocksdb::Iterator* it = iterator_.get();
  for (it->Seek(rocksdb::Slice(prefix_)); it->Valid(); it->Next()) {
    const rocksdb::Slice key = it->key();
    if (!key.starts_with(prefix_)) break;
    NodeId owner = 0;
    SG_ASSIGN_OR_RETURN(AdjacencyEntry entry,
                        ParseAdjKey(std::string_view(key.data(), key.size()), &owner));
    if (!other || entry.other == *other) out->push_back(entry);
  }
  return FromRocks(it->status());
}

void AdjacencyReader::Remember(size_t first, const std::vector<AdjacencyEntry>& out) {
  const size_t count = out.size() - first;
  if (cached_entries_ + count + cache_.size() > kCachedEntries) {
    cache_.clear();
    cached_entries_ = 0;
  }
  cached_entries_ += count;
  cache_.emplace(prefix_, std::vector<AdjacencyEntry>(
                              out.begin() + static_cast<std::ptrdiff_t>(first), out.end()));
}

}  // namespace stargraph::storage
