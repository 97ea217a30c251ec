// The Store on RocksDB: opening (format check, writer lock, secondary mode), transactions,
// backup and consistency check.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/graph_store.h"
#include "storage/lock_file.h"
#include "storage/store_context.h"

namespace stargraph::storage {

// Invariants: see StoreContext. The Store owns the DB, the column family handles, the writer
// lock file (primary only) and the secondary's private directory (read-only only); it must
// outlive its transactions.
class RocksStore : public Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const OpenOptions& options);
  ~RocksStore() override;

  const std::string& path() const override { return ctx_.path; }
  Result<std::unique_ptr<Transaction>> Begin(TxMode mode) override;
  Result<std::unique_ptr<BulkLoader>> BeginBulkLoad() override;
  Status Backup(const std::string& destination) override;
  Result<CheckReport> Check() override;

  // Writes (or with nullopt deletes) one raw key, bypassing every invariant; for damage tests.
  Status RawWriteForTesting(Cf cf, std::string_view key, const std::optional<std::string>& value);
  // See DropFiguresForTesting in testing_hooks.h.
  Status DropFiguresForTesting(uint64_t version);
  // The latest committed value of one raw key; for tests of the stored layout.
  Result<std::optional<std::string>> RawReadForTesting(Cf cf, std::string_view key);

 private:
  RocksStore() = default;
  Status OpenDb(const OpenOptions& options, bool existing);
  Status InitializeOrVerifyFormat(bool existing);
  Status LoadCounters();

  StoreContext ctx_;
  std::unique_ptr<LockFile> lock_;
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles_;
  std::unique_ptr<rocksdb::DB> db_;
  std::string secondary_dir_;
};

}  // namespace stargraph::storage
