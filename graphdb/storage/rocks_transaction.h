// The Transaction of a RocksStore: a snapshot for reads plus, when writing, a
// WriteBatchWithIndex committed with one synced Write().
#pragma once

#include <rocksdb/utilities/write_batch_with_index.h>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "storage/adjacency_reader.h"
#include "storage/figure_counter.h"
#include "storage/graph_store.h"
#include "storage/index_maintenance.h"
#include "storage/kv_reader.h"
#include "storage/label_cache.h"
#include "storage/record_cache.h"
#include "storage/record_codec.h"
#include "storage/scan_window.h"
#include "storage/store_context.h"

namespace stargraph::storage {

// Invariants (a transaction is used by one thread at a time):
//  1. A write transaction holds ctx->writer_mutex until it ends; reads see the snapshot taken
//     after the lock was acquired, overlaid with batch_ (own writes).
//  2. Every public mutator either succeeds or leaves batch_ and indexes_ as before the call
//     (internal savepoint per call; uniqueness is checked before anything is written).
//  3. indexes_ is the set of index definitions as of the batch; savepoint_indexes_ holds one copy
//     per user savepoint so that RollbackToSavePoint restores both together.
//  4. After Commit() or Rollback() every method fails with Aborted (or returns empty).
//  5. scanned_, node_cache_, label_cache_, rel_cache_ and degree_cache_ are filled by read
//     transactions only (which never change what they read), so a remembered record (or
//     degree) is always the snapshot's:
//     repeated reads of an entity (labels, several properties) cost one Get (a property read or
//     PrefetchNodes keeps the node's value bytes in node_cache_, a label read that missed fills
//     label_cache_); node scans leave the value bytes of the last 2048 nodes (16 MiB) they yield in
//     scanned_ (not in node_cache_, which a scan would flush), so reading a node scanned lately
//     costs no Get. Nothing is
//     decoded until something is read (one property read decodes that property only, so a bad
//     record is reported when a read reaches the bad part); relationship scans keep the raw
//     value of the relationship they yielded last in scanned_rel_. A label's member set in
//     label_cache_ holds exactly the snapshot's nodes of that label (a node it lacks has no such
//     label, or is none).
//  6. last_rel_ is, in a read transaction, the relationship record built last from an adjacency
//     value (the snapshot's, like rel_cache_); a write transaction only returns records through
//     it and never looks one up there.
//  7. adjacency_ reuses one iterator and caches the entries it read in read transactions only
//     (see adjacency_reader.h); it is destroyed before reader_ and the snapshot.
//  8. In a database of format 3 (every writable one), the degrees and counts figures_ reads
//     agree with the data in the view of reader_: every mutator updates them in the same atomic
//     step (WriteNode: node and label counts; CountRel: relationship counts and degrees),
//     figures_ has a savepoint for each of batch_'s and rolls back with it, and Commit writes
//     its changes into the batch.
class RocksTransaction : public Transaction {
 public:
  // Takes the writer lock (write mode) or the catch-up lock (read-only store) before the snapshot.
  static Result<std::unique_ptr<Transaction>> Begin(StoreContext* ctx, TxMode mode);
  ~RocksTransaction() override;

  TxMode mode() const override { return mode_; }

  Result<TokenId> GetOrCreateToken(TokenKind kind, std::string_view name) override;
  std::optional<TokenId> FindToken(TokenKind kind, std::string_view name) const override;
  Result<std::string> TokenName(TokenKind kind, TokenId id) const override;
  std::vector<std::pair<TokenId, std::string>> ListTokens(TokenKind kind) const override;

  Result<NodeId> CreateNode(const std::vector<TokenId>& labels,
                            const PropertyMap& properties) override;
  bool NodeExists(NodeId id) override;
  Result<std::vector<TokenId>> NodeLabels(NodeId id) override;
  Result<bool> NodeHasLabel(NodeId id, TokenId label) override;
  Result<PropertyMap> NodeProperties(NodeId id) override;
  Result<Value> NodeProperty(NodeId id, TokenId key) override;
  Result<bool> SetNodeProperty(NodeId id, TokenId key, const Value& value) override;
  Result<bool> AddLabel(NodeId id, TokenId label) override;
  Result<bool> RemoveLabel(NodeId id, TokenId label) override;
  Status DeleteNode(NodeId id, bool detach, uint64_t* deleted_rels) override;

  Result<RelId> CreateRelationship(NodeId start, TokenId type, NodeId end,
                                   const PropertyMap& properties) override;
  Result<RelRecord> GetRelationship(RelId id) override;
  Result<PropertyMap> RelProperties(RelId id) override;
  Result<Value> RelProperty(RelId id, TokenId key) override;
  Result<bool> SetRelProperty(RelId id, TokenId key, const Value& value) override;
  Status DeleteRelationship(RelId id) override;

  std::unique_ptr<NodeCursor> ScanNodes() override;
  std::unique_ptr<NodeCursor> ScanLabel(TokenId label) override;
  uint64_t EstimateLabelCount(TokenId label) const override;
  uint64_t EstimateRelTypeCount(TokenId type) const override;
  Result<uint64_t> CountNodes(std::optional<TokenId> label) override;
  Result<uint64_t> CountRelationships(std::optional<TokenId> type) override;
  std::unique_ptr<RelCursor> ScanRelationships(std::optional<TokenId> type) override;
  std::unique_ptr<AdjacencyCursor> Expand(NodeId node, Direction direction,
                                          std::optional<TokenId> type) override;
  Status ReadAdjacency(NodeId node, Direction direction, std::optional<TokenId> type,
                       std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) override;
  Result<uint64_t> Degree(NodeId node, Direction direction, std::optional<TokenId> type) override;
  Status PrefetchNodes(const std::vector<NodeId>& nodes) override;
  Status PrefetchDegrees(const std::vector<NodeId>& nodes, Direction direction,
                         TokenId type) override;

  std::vector<NodeId> LookupName(std::string_view name) override;

  Status CreateIndex(const IndexDefinition& def) override;
  Status DropIndex(const std::string& name) override;
  std::vector<IndexDefinition> ListIndexes() const override;
  std::optional<IndexDefinition> FindIndex(TokenId label, TokenId key) const override;
  std::unique_ptr<NodeCursor> IndexSeek(TokenId label, TokenId key, const Value& value) override;
  std::unique_ptr<NodeCursor> IndexRange(TokenId label, TokenId key,
                                         const std::optional<Value>& lower, bool lower_inclusive,
                                         const std::optional<Value>& upper,
                                         bool upper_inclusive) override;

  void SetSavePoint() override;
  Status RollbackToSavePoint() override;
  Status Commit() override;
  void Rollback() override;

 private:
  RocksTransaction(StoreContext* ctx, TxMode mode);
  Status Start();
  void End();
  Status CheckWritable() const;
  Status CheckLive() const;

  // Runs `mutation` as one atomic step: on error the batch and indexes_ are restored.
  Status Atomically(const std::function<Status()>& mutation);

  Result<NodeRecord> LoadNode(NodeId id) const;
  // Keeps the value bytes of the node a scan yields (read transactions only; see invariant 5).
  void RememberNode(NodeId id, std::string_view bytes) const;
  // The value bytes of node `id` when a scan yielded it lately (scanned_), else null.
  const std::string* Scanned(NodeId id) const;
  // The value bytes of node `id`: scanned_'s or node_cache_'s, else a Get (then kept in
  // node_cache_ by a read transaction, or moved into *scratch); null when there is no such node.
  // Valid until the next read of a node.
  Result<const std::string*> NodeBytes(NodeId id, std::string* scratch) const;
  // The labels of node `id` into *out, through scanned_, the caches or a Get.
  Status ReadLabels(NodeId id, std::vector<TokenId>* out) const;
  // Read transactions: every node of `label` (a key-only pass over label_idx) into the label
  // cache's member set, which then answers NodeHasLabel; null when over the cache's budget.
  Result<const IdSet*> BuildLabelMembers(TokenId label);
  // The record of relationship `id`, valid until the next read of a relationship.
  Result<const RelValue*> ReadRel(RelId id) const;
  Result<RelValue> LoadRel(RelId id) const;
  // Keeps the raw value of the relationship a scan yielded last (read transactions only).
  void RememberScannedRel(RelId id, std::string_view value) const;
  // When `id` is the relationship scanned last: decodes it into rel_cache_ and returns true.
  Result<bool> CacheScannedRel(RelId id) const;
  // Read transactions: when `id` is in one of the adjacency lists just read, builds its record
  // into last_rel_ from the adjacency value (no rel record read) and returns true; for an entry
  // without value (format 1) fetches it with the list's next uninlined ones into rel_cache_.
  Result<bool> BuildRecentRel(RelId id) const;
  Status FetchUninlinedRels(const AdjacencyList& list, size_t first) const;
  static constexpr size_t kPrefetch = 1024;
  NameTokens name_tokens() const;
  // Writes `after` (or deletes the node when null) and moves every index entry of the node.
  Status WriteNode(NodeId id, const NodeRecord* before, const NodeRecord* after);
  Status CheckUnique(NodeId id, const std::string& key, const IndexDefinition& def);
  // Writes the rel record and both adj entries, each carrying the properties.
  Status PutRel(const RelValue& rel);
  Status RemoveRel(const RelRecord& rel);
  // Whether the database stores degrees and counts (format 3); else they are counted.
  bool HasFigures() const;
  // Updates the node counts for a node written from `before` to `after` (null: absent).
  Status CountNode(const NodeRecord* before, const NodeRecord* after);
  // Adds `delta` (+1 created, -1 deleted) to the counts and degrees of relationship `rel`.
  Status CountRel(const RelRecord& rel, int64_t delta);
  Result<uint64_t> StoredDegree(NodeId node, Direction direction, std::optional<TokenId> type);
  Status Put(Cf cf, std::string_view key, std::string_view value);
  Status Delete(Cf cf, std::string_view key);
  Status BackfillIndex(const IndexDefinition& def);
  // A node cursor over an index key range, or over ScanLabel filtered when no index exists.
  std::unique_ptr<NodeCursor> IndexCursor(TokenId label, TokenId key, std::string lower,
                                          std::string upper);

  StoreContext* ctx_;
  const TxMode mode_;
  std::unique_lock<std::mutex> writer_lock_;
  std::shared_lock<std::shared_mutex> catch_up_lock_;
  const rocksdb::Snapshot* snapshot_ = nullptr;
  std::unique_ptr<rocksdb::WriteBatchWithIndex> batch_;
  std::unique_ptr<KvReader> reader_;
  std::unique_ptr<AdjacencyReader> adjacency_;  // reads through reader_
  std::unique_ptr<FigureCounter> figures_;      // the snapshot's figures + this transaction's
  std::vector<IndexDefinition> indexes_;
  std::vector<std::vector<IndexDefinition>> savepoint_indexes_;
  bool allocated_ids_ = false;
  bool ended_ = false;
  mutable ScanWindow scanned_;                   // the nodes scans yielded last
  mutable RecordCache<std::string> node_cache_;  // value bytes, decoded as they are read
  mutable LabelCache label_cache_;
  mutable std::vector<TokenId> label_scratch_;  // NodeHasLabel's, to reuse its allocation
  mutable RecordCache<RelValue> rel_cache_;
  mutable std::pair<RelId, std::string> scanned_rel_;  // id, value; empty value: none
  mutable std::optional<RelValue> last_rel_;
  // Read transactions: the degrees read, by (node, direction, type or 0 for any); a traversal
  // asks for the same nodes' degrees again and again. Starts afresh at kDegreeCacheEntries.
  struct DegreeCacheKey {
    NodeId node;
    TokenId type;
    Direction direction;
    bool operator==(const DegreeCacheKey& o) const {
      return node == o.node && type == o.type && direction == o.direction;
    }
  };
  struct DegreeCacheHash {
    size_t operator()(const DegreeCacheKey& k) const {
      return std::hash<uint64_t>()(k.node * 0x9E3779B97F4A7C15ULL ^ (uint64_t{k.type} << 2) ^
                                   static_cast<uint64_t>(k.direction));
    }
  };
  static constexpr size_t kDegreeCacheEntries = size_t{1} << 18;
  std::unordered_map<DegreeCacheKey, uint64_t, DegreeCacheHash> degree_cache_;
};

}  // namespace stargraph::storage
