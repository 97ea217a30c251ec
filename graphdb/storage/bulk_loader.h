// RocksBulkLoader: the BulkLoader of graph_store.h on RocksDB.
//
// Node and relationship records arrive in id order and stream into their SST files (each written
// by a thread of its own: the caller's thread only parses and encodes); the index
// and adjacency keys are collected, then sorted and written at Finish() on kThreads threads, each
// family to files of its own (adjacency and the degrees tallied from it split in two node ranges),
// the counts from what was added (each plus the stored figure when the database had one); one
// IngestExternalFiles call adds every family atomically (with the new id counters).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storage/graph_store.h"
#include "storage/parallel_jobs.h"
#include "storage/rocks_options.h"
#include "storage/sst_file_set.h"
#include "storage/sst_stream.h"
#include "storage/store_context.h"

namespace stargraph::storage {

class RocksBulkLoader : public BulkLoader {
 public:
  static Result<std::unique_ptr<BulkLoader>> Begin(StoreContext* ctx);
  ~RocksBulkLoader() override;

  Result<TokenId> Token(TokenKind kind, std::string_view name) override;
  Result<NodeId> AddNode(const std::vector<TokenId>& labels,
                         const PropertyMap& properties) override;
  Result<RelId> AddRelationship(NodeId start, TokenId type, NodeId end,
                                const PropertyMap& properties) override;
  Status Finish() override;

 private:
  // One adjacency key, packed: sorted by (node, dir, type, other, rel) like its encoding.
  struct Adjacency {
    NodeId node;
    uint8_t dir;
    TokenId type;
    NodeId other;
    RelId rel;
    bool operator<(const Adjacency& o) const;
  };

  RocksBulkLoader(StoreContext* ctx, std::unique_lock<std::mutex> writer);
  Status OpenStream(Cf cf);
  Status CloseStreams();
  Status Put(Cf cf, std::string_view key, std::string_view value);
  Status CheckUnique(const std::string& key, const IndexDefinition& def);
  Job SortedKeysJob(Cf cf, std::vector<std::string>* keys);
  std::vector<Job> AdjacencyJobs();
  Status WriteAdjacency(std::vector<Adjacency>::iterator begin,
                        std::vector<Adjacency>::iterator end);
  // The committed figure under `key` (the loader holds the writer slot: nothing changes it).
  Result<uint64_t> StoredFigure(Cf cf, const std::string& key) const;
  Status WriteMeta();
  void RemoveFiles();

  StoreContext* ctx_;
  std::unique_lock<std::mutex> writer_;
  std::vector<IndexDefinition> indexes_;
  std::string dir_;
  std::unique_ptr<SstFileSet> files_;
  std::map<Cf, std::unique_ptr<SstStream>> streams_;  // of Put(), to files in files_
  const NodeId first_node_;  // nodes from here on are this loader's (no stored degrees)
  NodeId next_node_;
  RelId next_rel_;
  std::map<TokenId, uint64_t> label_counts_, type_counts_;  // of what this loader added
  std::vector<std::string> label_keys_, type_keys_, prop_keys_, name_keys_;
  std::set<std::string> unique_values_;  // prop_idx keys without the node id, of unique indexes
  std::vector<Adjacency> adjacency_;
  // The adj value of each relationship added (ids from first_rel_ on), concatenated.
  const RelId first_rel_;
  std::string adj_values_;
  std::vector<size_t> adj_value_ends_;
  bool finished_ = false;
};

}  // namespace stargraph::storage
