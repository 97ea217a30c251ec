// Adjacency reads of one transaction through one reused RocksDB iterator.
//
// A traversal reads the adjacency of thousands of nodes, many of them again and again (hubs
// reached on many paths). Opening a RocksDB iterator per node (a merging iterator over every
// memtable and level) cost more than the reads themselves, and re-reading a hub's entries cost
// most of a multi-hop query. So a read transaction, whose snapshot never changes, keeps one
// iterator (seeked per read) and the list (entries and values) of each node (and type) it
// scanned, up to kCachedBytes in all (then the cache starts afresh); keyed seeks are not cached,
// but one of a typed list the cache holds is answered from it (the list is ordered by the other
// end), as an Expand-Into from a hub whose list the previous hop read.
// It also remembers the last kRecentLists lists read, whose values carry the properties of the
// relationships a traversal reads next (FindRecent). A write transaction's view changes with its
// own writes: it gets a fresh iterator (snapshot + batch) per read, no cache and no recent lists.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "storage/graph_store.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

// The entries of one adjacency scan of `node`, in key order, with the values of their keys.
// Used by one transaction (one thread at a time).
struct AdjacencyList {
  NodeId node = 0;
  std::vector<AdjacencyEntry> entries;
  std::string values;                                    // every entry's value, concatenated
  std::vector<size_t> value_ends;                        // entry i's value ends at value_ends[i]
  mutable std::vector<std::pair<RelId, size_t>> by_rel;  // (rid, index), built by Find

  std::string_view Value(size_t i) const;
  RelRecord Record(size_t i) const;
  // The index of the entry of relationship `rel`, if any (the first call sorts an index).
  std::optional<size_t> Find(RelId rel) const;
  // An upper bound of the memory the list holds (by_rel counted as built).
  size_t Bytes() const;
};

class AdjacencyReader {
 public:
  // At most 64 MiB of cached lists (entries, values and their index) per read transaction.
  static constexpr size_t kCachedBytes = size_t{64} << 20;
  // Undirected or multi-type expansions read up to one list per direction and type.
  static constexpr size_t kRecentLists = 4;

  // `reader` must outlive this object; `reusable` is false when the reader's view may change.
  AdjacencyReader(const KvReader* reader, bool reusable);

  // Appends to *out the entries of `node` in `direction` (outgoing or incoming, not both) with
  // `type` (any when nullopt) and, when `other` is set, reaching `other` (with `type` set, one
  // keyed seek, the key being node dir type other rid, or a binary search of the typed list when
  // it is cached). Key order. IOError/Corruption on failure.
  Status Read(NodeId node, Direction direction, std::optional<TokenId> type,
              std::optional<NodeId> other, std::vector<AdjacencyEntry>* out);

  // Read transactions: the list among the last kRecentLists read that holds relationship `rel`,
  // and the entry's index in it; nullopt when none does. Valid until the next Read.
  std::optional<std::pair<const AdjacencyList*, size_t>> FindRecent(RelId rel);

 private:
  Result<std::shared_ptr<const AdjacencyList>> ReadCached(NodeId node);
  Status Scan(NodeId node, AdjacencyList* list);
  void Remember(const std::shared_ptr<const AdjacencyList>& list);
  void Recall(std::shared_ptr<const AdjacencyList> list);

  struct Recent {
    std::shared_ptr<const AdjacencyList> list;
    size_t next = 0;  // the entry after the last one found: traversals read entries in order
  };

  const KvReader* reader_;
  const bool reusable_;
  rocksdb::ReadOptions options_;  // outlives iterator_, which may point to it
  std::unique_ptr<rocksdb::Iterator> iterator_;
  std::string prefix_;
  std::unordered_map<std::string, std::shared_ptr<const AdjacencyList>> cache_;
  size_t cached_bytes_ = 0;
  std::vector<Recent> recent_;  // most recent first
};

}  // namespace stargraph::storage
