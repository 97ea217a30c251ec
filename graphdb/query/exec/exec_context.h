// ExecContext: everything a running statement shares — the storage transaction, parameters,
// token lookups, statistics, guards (cancellation, timeout, memory) and the width of its rows.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/value.h"
#include "query/functions/function_registry.h"
#include "storage/graph_store.h"

namespace stargraph::query {

using Row = std::vector<Value>;

struct Stats {
  int64_t nodes_created = 0;
  int64_t nodes_deleted = 0;
  int64_t relationships_created = 0;
  int64_t relationships_deleted = 0;
  int64_t properties_set = 0;
  int64_t properties_removed = 0;
  int64_t labels_added = 0;
  int64_t labels_removed = 0;
};

struct Guards {
  const std::atomic<bool>* cancelled = nullptr;  // set from another thread to stop the statement
  std::optional<std::chrono::steady_clock::time_point> deadline;
  int64_t memory_limit_bytes = int64_t{1} << 30;
};

class ExecContext : public EntityReader {
 public:
  ExecContext(storage::Transaction* tx, const ValueMap* params, Guards guards, size_t row_width);

  storage::Transaction& tx() { return *tx_; }
  const ValueMap& params() const { return *params_; }
  FunctionContext& function_context() { return function_context_; }
  Stats& stats() { return stats_; }
  size_t row_width() const { return row_width_; }
  bool profiling() const { return profiling_; }
  void set_profiling(bool on) { profiling_ = on; }
  Row NewRow() const { return Row(row_width_); }

  // Throws RuntimeError when the statement was cancelled or ran past its deadline. Cheap; called
  // by operators once per produced row.
  void CheckGuards();
  // Accounts for `bytes` held by a materializing operator; throws past the memory limit.
  void ChargeMemory(int64_t bytes);
  void ReleaseMemory(int64_t bytes) { memory_used_ -= bytes; }

  // The statement's cache of constant subexpressions (see CachedConstantExpr): each is
  // evaluated at most once per execution. Null when `id` has no value yet.
  const Value* CachedConstant(size_t id) const {
    return id < constants_.size() && constants_[id] ? &*constants_[id] : nullptr;
  }
  void CacheConstant(size_t id, Value value) {
    if (id >= constants_.size()) constants_.resize(id + 1);
    constants_[id] = std::move(value);
  }

  // Token of an existing name, or nullopt (then nothing in the graph can have it).
  std::optional<storage::TokenId> FindToken(storage::TokenKind kind, const std::string& name);
  storage::TokenId GetOrCreateToken(storage::TokenKind kind, const std::string& name);
  std::string TokenName(storage::TokenKind kind, storage::TokenId id);

  // Builds a relationship reference from a stored record.
  static RelRef MakeRel(const storage::RelRecord& r) {
    return RelRef{r.id, r.start, r.end, r.type, {}};
  }

  void MarkDeleted(const NodeRef& n) { deleted_nodes_.insert(n.id); }
  void MarkDeleted(const RelRef& r) { deleted_rels_.insert(r.id); }

  // EntityReader over the transaction.
  std::vector<std::string> NodeLabels(const NodeRef& node) override;
  ValueMap NodeProperties(const NodeRef& node) override;
  Value NodeProperty(const NodeRef& node, const std::string& key) override;
  std::string RelType(const RelRef& rel) override;
  ValueMap RelProperties(const RelRef& rel) override;
  Value RelProperty(const RelRef& rel, const std::string& key) override;
  bool IsDeleted(const NodeRef& node) override { return deleted_nodes_.count(node.id) > 0; }
  bool IsDeleted(const RelRef& rel) override { return deleted_rels_.count(rel.id) > 0; }

  // A map of a stored property list with names resolved.
  ValueMap ToValueMap(const storage::PropertyMap& props);

 private:
  storage::Transaction* tx_;
  const ValueMap* params_;
  Guards guards_;
  size_t row_width_;
  FunctionContext function_context_;
  Stats stats_;
  bool profiling_ = false;
  int64_t memory_used_ = 0;
  uint32_t guard_counter_ = 0;
  std::unordered_map<std::string, storage::TokenId> token_cache_[4];
  std::unordered_set<uint64_t> deleted_nodes_;
  std::unordered_set<uint64_t> deleted_rels_;
  std::vector<std::optional<Value>> constants_;
};

// Throws the QueryError matching a failed storage Status (Constraint -> ConstraintError, ...).
[[noreturn]] void ThrowStorageError(const Status& status);

// Unwraps a storage Result or throws its error.
template <typename T>
T Unwrap(Result<T> result) {
  if (!result.ok()) ThrowStorageError(result.status());
  return std::move(result).value();
}
inline void Check(const Status& status) {
  if (!status.ok()) ThrowStorageError(status);
}

}  // namespace stargraph::query
