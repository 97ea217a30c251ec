// The property graph on RocksDB: nodes, relationships, labels, properties, indexes, transactions.
//
// A Store owns one RocksDB database. Transactions read a consistent snapshot; a write transaction
// also sees its own uncommitted writes (WriteBatchWithIndex over the snapshot). One write
// transaction at a time per Store (a second Begin(kWrite) waits for the first to end); any number
// of read transactions run concurrently with it. The key layout is documented in storage/README.md.
//
// Thread safety: Store is thread-safe. A Transaction is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::storage {

using NodeId = uint64_t;
using RelId = uint64_t;
using TokenId = uint32_t;

enum class TokenKind : uint8_t { kLabel = 1, kRelType = 2, kPropertyKey = 3 };
enum class Direction : uint8_t { kOutgoing = 0, kIncoming = 1, kBoth = 2 };
enum class TxMode : uint8_t { kRead, kWrite };

// Properties of one entity, sorted by key token, no null values.
using PropertyMap = std::vector<std::pair<TokenId, Value>>;

struct RelRecord {
  RelId id = 0;
  TokenId type = 0;
  NodeId start = 0;
  NodeId end = 0;
};

// One relationship seen from a node: `other` is the node at the far end.
struct AdjacencyEntry {
  RelId rel = 0;
  TokenId type = 0;
  NodeId other = 0;
  Direction direction = Direction::kOutgoing;  // kOutgoing: the node is the start
};

struct OpenOptions {
  bool create_if_missing = true;
  bool read_only = false;  // opens as a RocksDB secondary: sees the writer's commits on Begin()
  size_t block_cache_bytes = size_t{256} << 20;
};

// A property index on (label, key); `unique` makes it a uniqueness constraint as well.
struct IndexDefinition {
  std::string name;
  TokenId label = 0;
  TokenId key = 0;
  bool unique = false;
};

template <typename T>
class Cursor {
 public:
  virtual ~Cursor() = default;
  // Stores the next item in *out and returns true, or returns false at the end.
  virtual bool Next(T* out) = 0;
  // OK unless the scan ended early because of an error (IOError, Corruption, Aborted).
  virtual Status status() const { return Status::OK(); }
};
using NodeCursor = Cursor<NodeId>;
using RelCursor = Cursor<RelRecord>;
using AdjacencyCursor = Cursor<AdjacencyEntry>;

struct CheckReport {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  std::vector<std::string> problems;  // empty when the database is consistent
};

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual TxMode mode() const = 0;

  // --- Tokens: names of labels, relationship types and property keys, interned to small ids.
  // Created tokens are persisted at once, outside the transaction (harmless if it rolls back).
  virtual Result<TokenId> GetOrCreateToken(TokenKind kind, std::string_view name) = 0;
  virtual std::optional<TokenId> FindToken(TokenKind kind, std::string_view name) const = 0;
  virtual Result<std::string> TokenName(TokenKind kind, TokenId id) const = 0;
  virtual std::vector<std::pair<TokenId, std::string>> ListTokens(TokenKind kind) const = 0;

  // --- Nodes. Errors: NotFound for a missing node, Constraint for a uniqueness violation.
  virtual Result<NodeId> CreateNode(const std::vector<TokenId>& labels,
                                    const PropertyMap& properties) = 0;
  virtual bool NodeExists(NodeId id) = 0;
  virtual Result<std::vector<TokenId>> NodeLabels(NodeId id) = 0;
  // Whether node `id` has `label` (NotFound for a missing node); cheaper than NodeLabels. A read
  // transaction that tested many nodes for `label` may answer false for a missing node instead.
  virtual Result<bool> NodeHasLabel(NodeId id, TokenId label) = 0;
  virtual Result<PropertyMap> NodeProperties(NodeId id) = 0;
  // The value of one property; null when absent.
  virtual Result<Value> NodeProperty(NodeId id, TokenId key) = 0;
  // Setting null removes the property. Returns whether anything changed.
  virtual Result<bool> SetNodeProperty(NodeId id, TokenId key, const Value& value) = 0;
  virtual Result<bool> AddLabel(NodeId id, TokenId label) = 0;
  virtual Result<bool> RemoveLabel(NodeId id, TokenId label) = 0;
  // Fails with Constraint ("still has relationships") unless `detach` or the node has none;
  // with `detach`, deletes its relationships first and reports how many in *deleted_rels.
  virtual Status DeleteNode(NodeId id, bool detach, uint64_t* deleted_rels) = 0;

  // --- Relationships.
  virtual Result<RelId> CreateRelationship(NodeId start, TokenId type, NodeId end,
                                           const PropertyMap& properties) = 0;
  virtual Result<RelRecord> GetRelationship(RelId id) = 0;
  virtual Result<PropertyMap> RelProperties(RelId id) = 0;
  virtual Result<Value> RelProperty(RelId id, TokenId key) = 0;
  virtual Result<bool> SetRelProperty(RelId id, TokenId key, const Value& value) = 0;
  virtual Status DeleteRelationship(RelId id) = 0;

  // --- Scans. Cursors see the transaction's state when they were opened and must not outlive it.
  virtual std::unique_ptr<NodeCursor> ScanNodes() = 0;
  virtual std::unique_ptr<NodeCursor> ScanLabel(TokenId label) = 0;
  // A rough count of the nodes with `label` (committed data, no scan): for the planner to
  // compare labels, never for answers.
  virtual uint64_t EstimateLabelCount(TokenId label) const = 0;
  // A rough count of the relationships of `type`, like EstimateLabelCount.
  virtual uint64_t EstimateRelTypeCount(TokenId type) const = 0;
  virtual std::unique_ptr<RelCursor> ScanRelationships(std::optional<TokenId> type) = 0;
  // Exact counts in the transaction's view (its own writes included): the nodes with `label`
  // (all nodes when unset), the relationships of `type` (all when unset). One lookup of the
  // stored counts; a key-only pass on a read-only open of a database older than format 3.
  virtual Result<uint64_t> CountNodes(std::optional<TokenId> label) = 0;
  virtual Result<uint64_t> CountRelationships(std::optional<TokenId> type) = 0;
  // Relationships of `node` in `direction`, of one type or all; one prefix scan per direction.
  virtual std::unique_ptr<AdjacencyCursor> Expand(NodeId node, Direction direction,
                                                  std::optional<TokenId> type) = 0;
  // Appends to *out what Expand(node, direction, type) yields, only the relationships reaching
  // `other` when it is set (with `type` set: one keyed seek, not a scan of the node). A read
  // transaction seeks one reused iterator per call, so this is the traversal operators' path.
  virtual Status ReadAdjacency(NodeId node, Direction direction, std::optional<TokenId> type,
                               std::optional<NodeId> other, std::vector<AdjacencyEntry>* out) = 0;
  // How many relationships ReadAdjacency(node, direction, type) lists (kBoth: a self-loop
  // once), in the transaction's view; 0 for a missing node. One lookup of the stored degrees
  // (without a type: the node's few degree keys); counted on a read-only older database.
  virtual Result<uint64_t> Degree(NodeId node, Direction direction,
                                  std::optional<TokenId> type) = 0;
  // A hint that the records of `nodes` are about to be read (labels, properties): a read
  // transaction fetches the ones it does not hold in one batched lookup, so that the reads that
  // follow cost no Get each. Any order, repeats allowed; missing nodes are skipped. Fails with
  // IOError (RocksDB) or Aborted (an ended transaction); a write transaction does nothing.
  virtual Status PrefetchNodes(const std::vector<NodeId>& nodes) = 0;
  // The same hint for the degrees Degree(node, direction, type) is about to read: a read
  // transaction of a format-3 database fetches the uncached ones in one batched lookup.
  virtual Status PrefetchDegrees(const std::vector<NodeId>& nodes, Direction direction,
                                 TokenId type) = 0;

  // --- Entity names: `name` and every entry of `aliases` of every node, case- and
  // width-insensitive (NFKC + case fold). Returns all nodes known by `name`.
  virtual std::vector<NodeId> LookupName(std::string_view name) = 0;

  // --- Property indexes and uniqueness constraints.
  virtual Status CreateIndex(const IndexDefinition& def) = 0;  // builds it for existing data
  virtual Status DropIndex(const std::string& name) = 0;
  virtual std::vector<IndexDefinition> ListIndexes() const = 0;
  virtual std::optional<IndexDefinition> FindIndex(TokenId label, TokenId key) const = 0;
  virtual std::unique_ptr<NodeCursor> IndexSeek(TokenId label, TokenId key, const Value& value) = 0;
  // Nodes with lower <= value <= upper (bounds optional, inclusive or not), values of the same
  // kind.
  virtual std::unique_ptr<NodeCursor> IndexRange(TokenId label, TokenId key,
                                                 const std::optional<Value>& lower,
                                                 bool lower_inclusive,
                                                 const std::optional<Value>& upper,
                                                 bool upper_inclusive) = 0;

  // --- Statement atomicity inside an explicit transaction.
  virtual void SetSavePoint() = 0;
  virtual Status RollbackToSavePoint() = 0;

  // Makes the writes durable (WAL, synced) and visible atomically. The transaction ends either way.
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
};

// Bulk loading for `stargraph import`: nodes and relationships are collected, sorted into one
// SST file per column family and ingested in one atomic step by Finish(). Until then nothing is
// visible, and a failure or crash before Finish() leaves the database as it was. Holds the writer
// slot for its whole life. Thread safety: one thread.
class BulkLoader {
 public:
  virtual ~BulkLoader() = default;
  virtual Result<TokenId> Token(TokenKind kind, std::string_view name) = 0;
  // A new node; Constraint when it would break a unique constraint.
  virtual Result<NodeId> AddNode(const std::vector<TokenId>& labels,
                                 const PropertyMap& properties) = 0;
  // A new relationship between nodes added by this loader or already stored.
  virtual Result<RelId> AddRelationship(NodeId start, TokenId type, NodeId end,
                                        const PropertyMap& properties) = 0;
  // Ingests everything atomically. The loader cannot be used afterwards.
  virtual Status Finish() = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens or creates the database at `path`. Errors: Locked (another process writes it; the
  // message names the path and the holder's pid), Corruption (not a stargraph database, or a
  // newer format version), IOError.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const OpenOptions& options);

  virtual const std::string& path() const = 0;
  // A read transaction on a fresh snapshot, or the write transaction (waits for the writer slot).
  virtual Result<std::unique_ptr<Transaction>> Begin(TxMode mode) = 0;
  // A bulk loader (waits for the writer slot). NotSupported on a read-only instance.
  virtual Result<std::unique_ptr<BulkLoader>> BeginBulkLoad() = 0;
  // An online, consistent copy of the database at `destination` (a RocksDB checkpoint).
  virtual Status Backup(const std::string& destination) = 0;
  // Verifies adjacency symmetry, index/data agreement and catalog integrity.
  virtual Result<CheckReport> Check() = 0;
};

}  // namespace stargraph::storage
