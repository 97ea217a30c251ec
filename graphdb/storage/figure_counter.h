// The stored degrees and counts (format 3) as one transaction reads and updates them.
//
// A figure is a u64 BE value under a degree key (degree family) or a count key (meta family):
// an absent key means 0, and a figure that drops to 0 is deleted, so the stored keys are exactly
// the non-zero figures. Updates are read-modify-writes through the transaction's batch: they see
// its earlier writes, and statement or savepoint rollback restores them with everything else.
#pragma once

#include <rocksdb/utilities/write_batch_with_index.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "common/status.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

// Invariant: every value in cache_ equals the figure in the reader's view (snapshot + batch).
// The owner calls Forget() whenever the batch is rolled back, which breaks that.
class FigureCounter {
 public:
  // `batch` is the one `reader` reads through; null for a read transaction (no cache then).
  FigureCounter(const KvReader* reader, rocksdb::WriteBatchWithIndex* batch)
      : reader_(reader), batch_(batch) {}

  // The figure under `key` in the transaction's view; Corruption for a malformed value.
  Result<uint64_t> Read(Cf cf, const std::string& key);
  // Adds `delta` to the figure under `key`; Corruption when it would drop below 0.
  Status Add(Cf cf, const std::string& key, int64_t delta);
  // Drops the cached values (after the batch was rolled back).
  void Forget() { cache_.clear(); }

 private:
  // Beyond this many cached figures the cache starts afresh (degrees of a long write).
  static constexpr size_t kMaxCached = size_t{1} << 16;

  const KvReader* reader_;
  rocksdb::WriteBatchWithIndex* batch_;
  std::unordered_map<std::string, uint64_t> cache_;  // key: cf byte + figure key
};

}  // namespace stargraph::storage
