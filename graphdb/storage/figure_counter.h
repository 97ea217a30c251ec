// The stored degrees and counts (format 3) as one transaction reads and updates them.
//
// A figure is a u64 BE value under a degree key (degree family) or a count key (meta family):
// an absent key means 0, and a figure that drops to 0 is deleted, so the stored keys are exactly
// the non-zero figures. A write transaction keeps its changes as deltas in memory and writes the
// final value of each figure it changed into the batch once, at commit: the count keys change
// with nearly every write, and a read-modify-write through the batch each time made bulk writes
// (merge_100k_rels) markedly slower. Savepoints mirror the batch's, so a statement or savepoint
// rollback restores the deltas with the batch.
#pragma once

#include <rocksdb/utilities/write_batch_with_index.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

// Invariants (one thread, like its transaction):
//  1. The figure of a key in the transaction's view is its value in `committed` (the snapshot;
//     the batch holds no figure before WriteTo) plus the delta in pending_, if any.
//  2. journal_ lists every delta added since the oldest open savepoint, in order; marks_ holds
//     its length at each open savepoint, innermost last.
class FigureCounter {
 public:
  // `committed` reads the snapshot the transaction started from, without its batch.
  explicit FigureCounter(std::unique_ptr<KvReader> committed) : committed_(std::move(committed)) {}

  // The figure under `key` in the transaction's view; Corruption for a malformed value.
  Result<uint64_t> Read(Cf cf, const std::string& key);
  // Calls fn(key, figure) for every non-zero figure whose key starts with `prefix`, in key order.
  Status ForEachWithPrefix(Cf cf, const std::string& prefix,
                           const std::function<Status(std::string_view, uint64_t)>& fn);
  // Adds `delta` to the figure under `key`; Corruption when it would drop below 0.
  Status Add(Cf cf, const std::string& key, int64_t delta);

  void SetSavePoint() { marks_.push_back(journal_.size()); }
  // Undoes the deltas added since the innermost savepoint, and removes it.
  void RollbackToSavePoint();
  // Removes the innermost savepoint, keeping its deltas.
  void PopSavePoint();
  // Writes the final value of every figure changed into `batch` (Delete when it is 0).
  Status WriteTo(rocksdb::WriteBatchWithIndex* batch) const;

 private:
  struct Pending {
    uint64_t committed = 0;
    int64_t delta = 0;
  };
  static std::string PendingKey(Cf cf, std::string_view key);
  Result<uint64_t> ReadCommitted(Cf cf, const std::string& key) const;

  std::unique_ptr<KvReader> committed_;
  std::map<std::string, Pending> pending_;  // key: cf byte + figure key
  std::vector<std::pair<Pending*, int64_t>> journal_;
  std::vector<size_t> marks_;
};

}  // namespace stargraph::storage
