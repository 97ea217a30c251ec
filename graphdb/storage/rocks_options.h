// Every RocksDB tuning choice of stargraph, in one place: column families, caches, filters,
// compression, durability.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <array>
#include <string>
#include <vector>

#include "storage/graph_store.h"

namespace stargraph::storage {

// Column families; the numeric value indexes CfHandles. kMeta is RocksDB's "default" family.
enum class Cf : uint8_t {
  kMeta,
  kDict,
  kNode,
  kRel,
  kAdj,
  kLabelIdx,
  kTypeIdx,
  kPropIdx,
  kNameIdx,
  kDegree
};
inline constexpr size_t kCfCount = 10;

const char* CfName(Cf cf);

// Database-wide options: create flags, WAL, background threads.
rocksdb::DBOptions MakeDbOptions(const OpenOptions& options);
// One descriptor per Cf, in enum order, sharing one block cache of options.block_cache_bytes.
std::vector<rocksdb::ColumnFamilyDescriptor> MakeCfDescriptors(const OpenOptions& options);
// Commits and token creation: WAL on, fsync before returning.
rocksdb::WriteOptions DurableWriteOptions();

}  // namespace stargraph::storage
