#include "storage/rocks_options.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include <algorithm>

namespace stargraph::storage {
namespace {

constexpr std::array<const char*, kCfCount> kCfNames = {
    "default",   "dict",     "node",     "rel",      "adj",
    "label_idx", "type_idx", "prop_idx", "name_idx", "degree"};

// Adjacency keys start with the 8-byte node id: every expansion is a scan within one node.
constexpr size_t kAdjPrefixBytes = 8;
constexpr double kBloomBitsPerKey = 10;

rocksdb::CompressionType PreferredCompression(rocksdb::CompressionType wanted) {
  const auto supported = rocksdb::GetSupportedCompressions();
  const bool ok = std::find(supported.begin(), supported.end(), wanted) != supported.end();
  return ok ? wanted : rocksdb::kNoCompression;
}

// Blooms only where lookups are by exact key (node/rel records, dict, meta, degrees) or by node
// prefix (adj).
rocksdb::ColumnFamilyOptions CfOptions(const std::shared_ptr<rocksdb::Cache>& cache, bool bloom,
                                       bool whole_key_filtering) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  table.format_version = 5;
  table.whole_key_filtering = whole_key_filtering;
  if (bloom) table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(kBloomBitsPerKey));
  if (bloom && whole_key_filtering) {
    // Point lookups (batched ones above all: Transaction::PrefetchNodes) find their key within a
    // block by hash, then scan at most 4 keys from the restart point instead of 16. Measured on
    // the M benchmark's one_hop_out: 111M -> 103M instructions per run, 57 -> 60 MiB on disk.
    table.data_block_index_type = rocksdb::BlockBasedTableOptions::kDataBlockBinaryAndHash;
    table.block_restart_interval = 4;
  }
  rocksdb::ColumnFamilyOptions cf;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // LZ4 is cheap enough for hot levels; ZSTD shrinks the bottom level where most data lives.
  cf.compression = PreferredCompression(rocksdb::kLZ4Compression);
  cf.bottommost_compression = PreferredCompression(rocksdb::kZSTD);
  cf.level_compaction_dynamic_level_bytes = true;
  return cf;
}

// The bloom answers "does node N have relationships?" for the 8-byte node-id prefix.
rocksdb::ColumnFamilyOptions AdjacencyCfOptions(const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf = CfOptions(cache, true, false);
  cf.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kAdjPrefixBytes));
  cf.memtable_prefix_bloom_size_ratio = 0.05;
  return cf;
}

}  // namespace

const char* CfName(Cf cf) { return kCfNames[static_cast<size_t>(cf)]; }

rocksdb::DBOptions MakeDbOptions(const OpenOptions& options) {
  rocksdb::DBOptions db;
  db.create_if_missing = options.create_if_missing;
  db.create_missing_column_families = true;
  db.max_background_jobs = 2;
  db.keep_log_file_num = 5;
  // No preallocation of WAL, MANIFEST and SST files: on tmpfs it zeroes ~70 MB per database
  // (three quarters of the time of creating a small one). On ext4, 500 single-statement commits
  // took the same time with and without it, within the noise.
  db.allow_fallocate = false;
  db.max_open_files = -1;  // required by secondary instances; keeps all table readers open
  return db;
}

std::vector<rocksdb::ColumnFamilyDescriptor> MakeCfDescriptors(const OpenOptions& options) {
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (size_t i = 0; i < kCfCount; ++i) {
    const auto cf = static_cast<Cf>(i);
    const bool point_lookups = cf == Cf::kMeta || cf == Cf::kDict || cf == Cf::kNode ||
                               cf == Cf::kRel || cf == Cf::kDegree;
    descriptors.emplace_back(kCfNames[i], cf == Cf::kAdj ? AdjacencyCfOptions(cache)
                                                         : CfOptions(cache, point_lookups, true));
  }
  return descriptors;
}

rocksdb::WriteOptions DurableWriteOptions() {
  rocksdb::WriteOptions write;
  write.sync = true;
  write.disableWAL = false;
  return write;
}

}  // namespace stargraph::storage
