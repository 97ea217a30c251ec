// State shared by a RocksStore and its transactions.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>

#include "storage/graph_store.h"
#include "storage/kv_reader.h"
#include "storage/token_dictionary.h"

namespace stargraph::storage {

// The on-disk format this build writes: 3 stores degrees and counts. It also opens formats 1
// (adj values empty: relationship properties only in the rel record) and 2 (no stored figures):
// opening one for write migrates it to 3; a read-only open counts instead.
inline constexpr uint64_t kFormatVersion = 3;

// Invariants:
//  1. writer_mutex is held by the one live write transaction for its whole life; next_node_id and
//     next_rel_id are read and written only under it. Ids only grow, so none is handed out twice
//     in this process; the commit batch persists them, so none of a committed entity is reused.
//  2. On a read-only (secondary) instance, every transaction holds catch_up_mutex shared, and
//     TryCatchUpWithPrimary runs only under it exclusively: a transaction's view never changes
//     under it (secondaries have no snapshots).
//  3. format_version is the stored one; a writable Store migrates an older database when it
//     opens, so it is kFormatVersion there. A read-only Store keeps the version it opened.
//  4. db and handles outlive every transaction (all transactions end before the Store closes).
//  5. handles[kDegree] is null on a read-only open of a database older than format 3 (a
//     secondary cannot create the family); nothing reads it there (no stored figures).
struct StoreContext {
  std::string path;
  bool read_only = false;
  rocksdb::DB* db = nullptr;
  CfHandles handles{};
  std::unique_ptr<TokenDictionary> tokens;
  std::mutex writer_mutex;
  NodeId next_node_id = 1;
  RelId next_rel_id = 1;
  uint64_t format_version = kFormatVersion;
  std::shared_mutex catch_up_mutex;
};

}  // namespace stargraph::storage
