// Reads of one transaction: a snapshot of the database, overlaid with the transaction's own
// uncommitted batch when it has one.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "storage/rocks_options.h"

namespace stargraph::storage {

using CfHandles = std::array<rocksdb::ColumnFamilyHandle*, kCfCount>;

// A forward scan over the keys in [lower, upper) of one column family. Owns its bounds.
class KeyRange {
 public:
  KeyRange(std::string lower, std::string upper);
  bool Valid() const;
  std::string_view key() const;
  std::string_view value() const;
  void Next() { iterator_->Next(); }
  // Moves to the first key >= `target` (and below the upper bound, else !Valid()).
  void Seek(std::string_view target) {
    iterator_->Seek(rocksdb::Slice(target.data(), target.size()));
  }
  Status status() const;

 private:
  friend class KvReader;
  std::string lower_;
  std::string upper_;  // empty: to the end of the column family
  rocksdb::Slice upper_slice_;
  rocksdb::ReadOptions read_options_;
  std::unique_ptr<rocksdb::Iterator> iterator_;
};

class KvReader {
 public:
  // `snapshot` may be null (latest state; secondary instances); `batch` may be null (read-only).
  KvReader(rocksdb::DB* db, const CfHandles* cfs, const rocksdb::Snapshot* snapshot,
           rocksdb::WriteBatchWithIndex* batch);

  // The value under `key`, nullopt when absent; IOError when RocksDB fails.
  Result<std::optional<std::string>> Get(Cf cf, std::string_view key) const;
  // The values under `keys` (sorted ascending) in one batched lookup: (*values)[i] is nullopt
  // when keys[i] is absent. Read-only readers only (no batch); IOError when RocksDB fails.
  Status MultiGet(Cf cf, const std::vector<std::string>& keys,
                  std::vector<std::optional<std::string>>* values) const;
  // Keys in [lower, upper); an empty `upper` means no upper bound.
  std::unique_ptr<KeyRange> Scan(Cf cf, std::string lower, std::string upper) const;
  // An unpositioned iterator over the reader's view (snapshot + batch) with `options` (its
  // snapshot is set here); `options` must outlive the iterator.
  std::unique_ptr<rocksdb::Iterator> NewIterator(Cf cf, rocksdb::ReadOptions* options) const;
  std::unique_ptr<KeyRange> ScanPrefix(Cf cf, std::string_view prefix) const;
  // Calls fn(key, value) for each key with `prefix` until it returns false; the scan's status.
  Status ForEachWithPrefix(Cf cf, std::string_view prefix,
                           const std::function<bool(std::string_view, std::string_view)>& fn) const;
  // RocksDB's estimate of the bytes under `prefix` (memtables and files; committed data only,
  // no snapshot): cheap, rough, for comparing ranges of one family.
  uint64_t ApproximatePrefixBytes(Cf cf, std::string_view prefix) const;

  rocksdb::ColumnFamilyHandle* handle(Cf cf) const { return (*cfs_)[static_cast<size_t>(cf)]; }

 private:
  rocksdb::DB* db_;
  const CfHandles* cfs_;
  const rocksdb::Snapshot* snapshot_;
  rocksdb::WriteBatchWithIndex* batch_;
};

inline Status FromRocks(const rocksdb::Status& s) {
  if (s.ok()) return Status::OK();
  if (s.IsCorruption()) return Status::Corruption(s.ToString());
  return Status::IOError(s.ToString());
}

}  // namespace stargraph::storage
