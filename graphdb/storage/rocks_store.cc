#include "storage/rocks_store.h"

#include <rocksdb/utilities/checkpoint.h>
#include <stdlib.h>

#include <filesystem>

#include "storage/bulk_loader.h"
#include "storage/checker.h"
#include "storage/database_directory.h"
#include "storage/figure_recount.h"
#include "storage/key_codec.h"
#include "storage/rocks_transaction.h"
#include "storage/testing_hooks.h"

namespace stargraph::storage {
namespace {

namespace fs = std::filesystem;

// Our families in enum order, then any unknown family found on disk (opened with defaults).
Result<std::vector<rocksdb::ColumnFamilyDescriptor>> Descriptors(const std::string& path,
                                                                 const OpenOptions& options,
                                                                 bool existing) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = MakeCfDescriptors(options);
  if (!existing) return descriptors;
  std::vector<std::string> names;
  SG_RETURN_IF_ERROR(
      FromRocks(rocksdb::DB::ListColumnFamilies(MakeDbOptions(options), path, &names)));
  if (std::find(names.begin(), names.end(), CfName(Cf::kNode)) == names.end()) {
    return Status::Corruption(path + " is a RocksDB database but not a stargraph database");
  }
  for (const std::string& name : names) {
    auto known = std::find_if(descriptors.begin(), descriptors.begin() + kCfCount,
                              [&](const auto& d) { return d.name == name; });
    if (known == descriptors.begin() + kCfCount) {
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
  }
  // A secondary cannot create a family that an older format lacks (`degree`); a writer does.
  if (options.read_only) {
    descriptors.erase(std::remove_if(descriptors.begin(), descriptors.end(),
                                     [&](const auto& d) {
                                       return std::find(names.begin(), names.end(), d.name) ==
                                              names.end();
                                     }),
                      descriptors.end());
  }
  return descriptors;
}

Result<std::string> MakeSecondaryDir() {
  std::string pattern = (fs::temp_directory_path() / "stargraph-secondary-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return Status::IOError("cannot create " + pattern);
  return pattern;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  return RocksStore::Open(path, options);
}

Result<std::unique_ptr<Store>> RocksStore::Open(const std::string& path,
                                                const OpenOptions& options) {
  std::unique_ptr<RocksStore> store(new RocksStore());
  store->ctx_.path = path;
  store->ctx_.read_only = options.read_only;
  SG_ASSIGN_OR_RETURN(DirState state, InspectDirectory(path, options));
  if (!options.read_only) {
    SG_ASSIGN_OR_RETURN(store->lock_, LockFile::Acquire(path));
  }
  const bool existing = state == DirState::kExisting;
  if (!existing) SG_RETURN_IF_ERROR(BeginCreation(path));
  SG_RETURN_IF_ERROR(store->OpenDb(options, existing));
  SG_RETURN_IF_ERROR(store->InitializeOrVerifyFormat(existing));
  if (!existing) SG_RETURN_IF_ERROR(FinishCreation(path));
  SG_RETURN_IF_ERROR(store->LoadCounters());
  SG_RETURN_IF_ERROR(store->ctx_.tokens->Load());
  if (!options.read_only && store->ctx_.format_version < kFormatVersion) {
    SG_RETURN_IF_ERROR(MigrateFigures(store->ctx_.db, store->ctx_.handles, kFormatVersion));
    store->ctx_.format_version = kFormatVersion;
  }
  return std::unique_ptr<Store>(std::move(store));
}

Status RocksStore::OpenDb(const OpenOptions& options, bool existing) {
  SG_ASSIGN_OR_RETURN(auto descriptors, Descriptors(ctx_.path, options, existing));
  rocksdb::DBOptions db_options = MakeDbOptions(options);
  rocksdb::DB* db = nullptr;
  if (options.read_only) {
    SG_ASSIGN_OR_RETURN(secondary_dir_, MakeSecondaryDir());
    SG_RETURN_IF_ERROR(FromRocks(rocksdb::DB::OpenAsSecondary(db_options, ctx_.path, secondary_dir_,
                                                              descriptors, &all_handles_, &db)));
  } else if (existing) {
    SG_RETURN_IF_ERROR(
        FromRocks(rocksdb::DB::Open(db_options, ctx_.path, descriptors, &all_handles_, &db)));
  } else {
    // Open would create the missing families one by one, rewriting and re-parsing the OPTIONS
    // file after each (over half the time of creating a small database); CreateColumnFamilies
    // below writes it once.
    SG_RETURN_IF_ERROR(
        FromRocks(rocksdb::DB::Open(db_options, ctx_.path, {descriptors[0]}, &all_handles_, &db)));
  }
  db_.reset(db);
  if (!options.read_only && !existing) {
    std::vector<rocksdb::ColumnFamilyHandle*> created;
    const Status status = FromRocks(db->CreateColumnFamilies(
        std::vector(descriptors.begin() + 1, descriptors.end()), &created));
    all_handles_.insert(all_handles_.end(), created.begin(), created.end());
    SG_RETURN_IF_ERROR(status);
  }
  ctx_.db = db;
  for (size_t i = 0; i < kCfCount; ++i) {
    const std::string name = CfName(static_cast<Cf>(i));
    auto handle =
        std::find_if(all_handles_.begin(), all_handles_.end(),
                     [&](rocksdb::ColumnFamilyHandle* h) { return h->GetName() == name; });
    ctx_.handles[i] = handle == all_handles_.end() ? nullptr : *handle;
  }
  ctx_.tokens = std::make_unique<TokenDictionary>(
      db, ctx_.handles[size_t(Cf::kDict)], ctx_.handles[size_t(Cf::kMeta)], options.read_only);
  return Status::OK();
}

Status RocksStore::InitializeOrVerifyFormat(bool existing) {
  KvReader reader(ctx_.db, &ctx_.handles, nullptr, nullptr);
  SG_ASSIGN_OR_RETURN(std::optional<std::string> version,
                      reader.Get(Cf::kMeta, kMetaFormatVersion));
  if (!version) {
    if (existing) {
      return Status::Corruption(ctx_.path + " is not a stargraph database (no format version)");
    }
    std::string bytes;
    PutFixed64BE(&bytes, kFormatVersion);
    return FromRocks(ctx_.db->Put(DurableWriteOptions(), ctx_.handles[size_t(Cf::kMeta)],
                                  std::string(kMetaFormatVersion), bytes));
  }
  SG_ASSIGN_OR_RETURN(uint64_t stored, ParseFixed64Value(*version));
  ctx_.format_version = stored;
  if (stored > kFormatVersion) {
    return Status::Corruption(ctx_.path + " was written by a newer stargraph (format version " +
                              std::to_string(stored) + "; this build reads up to " +
                              std::to_string(kFormatVersion) + "); upgrade stargraph");
  }
  return Status::OK();
}

Status RocksStore::LoadCounters() {
  KvReader reader(ctx_.db, &ctx_.handles, nullptr, nullptr);
  for (auto [key, counter] : {std::pair{kMetaNextNodeId, &ctx_.next_node_id},
                              std::pair{kMetaNextRelId, &ctx_.next_rel_id}}) {
    SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, reader.Get(Cf::kMeta, key));
    if (!bytes) continue;
    SG_ASSIGN_OR_RETURN(*counter, ParseFixed64Value(*bytes));
  }
  return Status::OK();
}

RocksStore::~RocksStore() {
  if (db_) {
    for (rocksdb::ColumnFamilyHandle* handle : all_handles_) {
      db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    }
    db_->Close().PermitUncheckedError();  // a close error leaves nothing to recover here
    db_.reset();
  }
  std::error_code ec;
  if (!secondary_dir_.empty()) fs::remove_all(secondary_dir_, ec);
}

Result<std::unique_ptr<Transaction>> RocksStore::Begin(TxMode mode) {
  return RocksTransaction::Begin(&ctx_, mode);
}

Result<std::unique_ptr<BulkLoader>> RocksStore::BeginBulkLoad() {
  if (ctx_.read_only) return Status::NotSupported("import into the writing process instead");
  return RocksBulkLoader::Begin(&ctx_);
}

Status RocksStore::Backup(const std::string& destination) {
  if (ctx_.read_only) return Status::NotSupported("back up from the writing process instead");
  rocksdb::Checkpoint* raw = nullptr;
  SG_RETURN_IF_ERROR(FromRocks(rocksdb::Checkpoint::Create(ctx_.db, &raw)));
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  return FromRocks(checkpoint->CreateCheckpoint(destination));
}

Result<CheckReport> RocksStore::Check() {
  std::shared_lock<std::shared_mutex> catch_up;
  if (ctx_.read_only) catch_up = std::shared_lock(ctx_.catch_up_mutex);
  const rocksdb::Snapshot* snapshot = ctx_.read_only ? nullptr : ctx_.db->GetSnapshot();
  KvReader reader(ctx_.db, &ctx_.handles, snapshot, nullptr);
  Result<CheckReport> report = CheckStore(reader, *ctx_.tokens);
  if (snapshot != nullptr) ctx_.db->ReleaseSnapshot(snapshot);
  return report;
}

Status RocksStore::RawWriteForTesting(Cf cf, std::string_view key,
                                      const std::optional<std::string>& value) {
  rocksdb::ColumnFamilyHandle* handle = ctx_.handles[static_cast<size_t>(cf)];
  const rocksdb::Slice k(key.data(), key.size());
  return FromRocks(value ? ctx_.db->Put(DurableWriteOptions(), handle, k, *value)
                         : ctx_.db->Delete(DurableWriteOptions(), handle, k));
}

Status RocksStore::DropFiguresForTesting(uint64_t version) {
  SG_RETURN_IF_ERROR(FromRocks(ctx_.db->DropColumnFamily(ctx_.handles[size_t(Cf::kDegree)])));
  KvReader reader(ctx_.db, &ctx_.handles, nullptr, nullptr);
  std::vector<std::string> counts;
  SG_RETURN_IF_ERROR(reader.ForEachWithPrefix(Cf::kMeta, kMetaCountPrefix, [&](auto key, auto) {
    counts.emplace_back(key);
    return true;
  }));
  for (const std::string& key : counts) SG_RETURN_IF_ERROR(RawWriteForTesting(Cf::kMeta, key, {}));
  std::string bytes;
  PutFixed64BE(&bytes, version);
  return RawWriteForTesting(Cf::kMeta, kMetaFormatVersion, bytes);
}

Result<std::optional<std::string>> RocksStore::RawReadForTesting(Cf cf, std::string_view key) {
  KvReader reader(ctx_.db, &ctx_.handles, nullptr, nullptr);
  return reader.Get(cf, key);
}

namespace {

Result<std::pair<RocksStore*, Cf>> ResolveForTesting(Store* store, std::string_view cf_name) {
  auto* rocks = dynamic_cast<RocksStore*>(store);
  if (rocks == nullptr) return Status::InvalidArgument("not a RocksStore");
  for (size_t i = 0; i < kCfCount; ++i) {
    if (cf_name == CfName(static_cast<Cf>(i))) return std::pair(rocks, static_cast<Cf>(i));
  }
  return Status::InvalidArgument("unknown column family " + std::string(cf_name));
}

}  // namespace

Status RawWriteForTesting(Store* store, std::string_view cf_name, std::string_view key,
                          const std::optional<std::string>& value) {
  SG_ASSIGN_OR_RETURN(auto target, ResolveForTesting(store, cf_name));
  return target.first->RawWriteForTesting(target.second, key, value);
}

Status DropFiguresForTesting(Store* store, uint64_t version) {
  auto* rocks = dynamic_cast<RocksStore*>(store);
  if (rocks == nullptr) return Status::InvalidArgument("not a RocksStore");
  return rocks->DropFiguresForTesting(version);
}

Result<std::optional<std::string>> RawReadForTesting(Store* store, std::string_view cf_name,
                                                     std::string_view key) {
  SG_ASSIGN_OR_RETURN(auto target, ResolveForTesting(store, cf_name));
  return target.first->RawReadForTesting(target.second, key);
}

}  // namespace stargraph::storage
