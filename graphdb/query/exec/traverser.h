// Traverser: the adjacency reads and relationship-uniqueness checks shared by the traversal
// operators (Expand, VarLengthExpand, shortest paths, CountExpand).
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// True when `v` is relationship `id` or a list holding it.
inline bool RelUsed(const Value& v, storage::RelId id) {
  if (v.kind() == ValueKind::kRelationship) return v.as_rel().id == id;
  if (v.kind() == ValueKind::kList) {
    for (const Value& x : v.as_list()) {
      if (x.kind() == ValueKind::kRelationship && x.as_rel().id == id) return true;
    }
  }
  return false;
}

// Small methods are defined here: the traversal loops call them once per relationship.

class Traverser {
 public:
  // Resolves the spec's relationship types; both must outlive the next calls.
  void Open(ExecContext& ctx, const ExpandSpec& spec);
  // Relationships of `node` matching the pattern's direction and types, in key order; only
  // those reaching `other` when it is set (Expand-Into: a keyed seek per type).
  void Neighbours(storage::NodeId node, std::optional<storage::NodeId> other,
                  std::vector<storage::AdjacencyEntry>* out) {
    Neighbours(node, spec_->direction, other, out);
  }
  // The same in `direction` instead of the pattern's (a shortest-path search from the target).
  void Neighbours(storage::NodeId node, storage::Direction direction,
                  std::optional<storage::NodeId> other, std::vector<storage::AdjacencyEntry>* out);
  // True when `id` is bound in the row by an earlier relationship of the same pattern.
  bool UsedEarlier(const Row& row, storage::RelId id) const {
    for (size_t slot : spec_->distinct_from) {
      if (RelUsed(row[slot], id)) return true;
    }
    return false;
  }
  // How many relationships Neighbours(node, std::nullopt) lists, from the stored degrees.
  uint64_t Degree(storage::NodeId node) const;
  // Fetches the degrees Degree(node) reads for each of `nodes` in one batched lookup per type
  // (any type: nothing, as those come from one prefix scan per node).
  void PrefetchDegrees(const std::vector<storage::NodeId>& nodes) const;
  // True when Neighbours(node) lists `rel` (decided from its ends and type, without reading).
  bool Lists(storage::NodeId node, const RelRef& rel) const;
  bool HasType(storage::TokenId type) const {
    return std::binary_search(type_ids_.begin(), type_ids_.end(), type);
  }
  static RelRef ToRel(storage::NodeId node, const storage::AdjacencyEntry& e) {
    const bool out = e.direction == storage::Direction::kOutgoing;
    return RelRef{e.rel, out ? node : e.other, out ? e.other : node, e.type, {}};
  }

 private:
  ExecContext* ctx_ = nullptr;
  const ExpandSpec* spec_ = nullptr;
  std::vector<storage::TokenId> type_ids_;
  bool any_type_ = true;
};

}  // namespace stargraph::query
