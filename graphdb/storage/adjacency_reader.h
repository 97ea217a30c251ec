// Adjacency reads of one transaction through one reused RocksDB iterator.
//
// A traversal reads the adjacency of thousands of nodes, many of them again and again (hubs
// reached on many paths). Opening a RocksDB iterator per node (a merging iterator over every
// memtable and level) cost more than the reads themselves, and re-reading a hub's entries cost
// most of a multi-hop query. So a read transaction, whose snapshot never changes, keeps one
// iterator (seeked per read) and the entries of each node (and type) it scanned, up to
// kCachedEntries in all (then the cache starts afresh); keyed seeks are not cached. A write
// transaction's view changes with its own writes: it gets a fresh iterator (snapshot + batch) per
// read and no cache.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/graph_store.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

class AdjacencyReader {
 public:
  // About 32 bytes each: at most 64 MiB of cached entries per read transaction.
  static constexpr size_t kCachedEntries = size_t{1} << 21;

  // `reader` must outlive this object; `reusable` is false when the reader's view may change.
  AdjacencyReader(const KvReader* reader, bool reusable);

  // Appends to *out the entries of `node` in `direction` (outgoing or incoming, not both) with
  // `type` (any when nullopt) and, when `other` is set, reaching `other` (with `type` set, one
  // keyed seek: the key is node dir type other rid). Key order. IOError/Corruption on failure.
  Status Read(NodeId node, Direction direction, std::optional<TokenId> type,
              std::optional<NodeId> other, std::vector<AdjacencyEntry>* out);

  // The relationships of the last list read (not keyed seeks; ids ascending, at most kPrefetch),
  // once: the caller fetches their records in one batch when one is loaded. Empty afterwards.
  std::vector<RelId> TakeLastRels();
  static constexpr size_t kPrefetch = 1024;

 private:
  Status ReadCached(std::optional<NodeId> other, std::vector<AdjacencyEntry>* out);
  Status Scan(std::optional<NodeId> other, std::vector<AdjacencyEntry>* out);
  void Remember(size_t first, const std::vector<AdjacencyEntry>& out);

  const KvReader* reader_;
  const bool reusable_;
  rocksdb::ReadOptions options_;  // outlives iterator_, which may point to it
  std::unique_ptr<rocksdb::Iterator> iterator_;
  std::string prefix_;
  std::unordered_map<std::string, std::vector<AdjacencyEntry>> cache_;
  size_t cached_entries_ = 0;
  std::vector<RelId> last_rels_;
};

}  // namespace stargraph::storage
