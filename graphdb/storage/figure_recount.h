// Recomputing the stored degrees and counts (format 3) from the data they summarize: the bulk
// loader tallies its adjacency this way, opening an older database for write migrates it, and
// Check() compares the stored figures with the recomputed ones.
#pragma once

#include <rocksdb/db.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include "common/status.h"
#include "storage/key_codec.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

// Receives one degree key and its non-zero figure.
using DegreeSink = std::function<Status(const std::string& key, uint64_t count)>;

// Tallies adjacency entries that arrive in adj key order (node, direction, type, ...) into the
// degrees of each node, and hands them to the sink in degree key order, one node at a time.
class DegreeTally {
 public:
  explicit DegreeTally(DegreeSink sink) : sink_(std::move(sink)) {}
  Status Add(NodeId node, Direction direction, TokenId type, NodeId other);
  // Hands over the last node's degrees.
  Status Finish();

 private:
  DegreeSink sink_;
  NodeId node_ = 0;
  std::map<std::pair<DegreeSlot, TokenId>, uint64_t> counts_;  // of node_
};

// Calls `sink` for every non-zero degree implied by the adj family, in degree key order.
Status RecountDegrees(const KvReader& reader, const DegreeSink& sink);

// Every non-zero count implied by the node, label_idx and type_idx families, by meta key.
Result<std::map<std::string, uint64_t>> RecountCounts(const KvReader& reader);

// Gives a database older than format 3 its figures: removes any left by an interrupted run,
// writes the recomputed ones in batches, then stamps `version` (synced) last, so a crash
// midway leaves the old format and the next open starts over. The caller holds the writer lock.
Status MigrateFigures(rocksdb::DB* db, const CfHandles& handles, uint64_t version);

// Compares the stored figures with the recomputed ones and reports each disagreement.
Status CheckFigures(const KvReader& reader, const std::function<void(std::string)>& problem);

}  // namespace stargraph::storage
