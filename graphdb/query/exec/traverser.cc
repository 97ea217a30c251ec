#include "query/exec/traverser.h"

#include <algorithm>

namespace stargraph::query {

bool RelUsed(const Value& v, storage::RelId id) {
  if (v.kind() == ValueKind::kRelationship) return v.as_rel().id == id;
  if (v.kind() == ValueKind::kList) {
    for (const Value& x : v.as_list()) {
      if (x.kind() == ValueKind::kRelationship && x.as_rel().id == id) return true;
    }
  }
  return false;
}

void Traverser::Open(ExecContext& ctx, const ExpandSpec& spec) {
  ctx_ = &ctx;
  spec_ = &spec;
  type_ids_.clear();
  any_type_ = spec.types.empty();
  for (const std::string& t : spec.types) {
    if (auto id = ctx.FindToken(storage::TokenKind::kRelType, t)) type_ids_.push_back(*id);
  }
  std::sort(type_ids_.begin(), type_ids_.end());
  type_ids_.erase(std::unique(type_ids_.begin(), type_ids_.end()), type_ids_.end());
}

void Traverser::Neighbours(storage::NodeId node, storage::Direction direction,
                           std::optional<storage::NodeId> other,
                           std::vector<storage::AdjacencyEntry>* out) {
  out->clear();
  if (any_type_ || (type_ids_.size() > 1 && !other)) {
    Check(ctx_->tx().ReadAdjacency(node, direction, std::nullopt, other, out));
    if (any_type_) return;
    auto wrong_type = [this](const storage::AdjacencyEntry& e) { return !HasType(e.type); };
    out->erase(std::remove_if(out->begin(), out->end(), wrong_type), out->end());
    return;
  }
  for (storage::TokenId type : type_ids_) {
    Check(ctx_->tx().ReadAdjacency(node, direction, type, other, out));
  }
}

bool Traverser::UsedEarlier(const Row& row, storage::RelId id) const {
  for (size_t slot : spec_->distinct_from) {
    if (RelUsed(row[slot], id)) return true;
  }
  return false;
}

// Mirrors Transaction::ReadAdjacency: an undirected read lists a self-loop once.
bool Traverser::Lists(storage::NodeId node, const RelRef& rel) const {
  if (!any_type_ && !HasType(rel.type)) return false;
  switch (spec_->direction) {
    case storage::Direction::kOutgoing:
      return rel.start == node;
    case storage::Direction::kIncoming:
      return rel.end == node;
    case storage::Direction::kBoth:
      return rel.start == node || rel.end == node;
  }
  return false;
}

bool Traverser::HasType(storage::TokenId type) const {
  return std::binary_search(type_ids_.begin(), type_ids_.end(), type);
}

RelRef Traverser::ToRel(storage::NodeId node, const storage::AdjacencyEntry& e) {
  const bool out = e.direction == storage::Direction::kOutgoing;
  return RelRef{e.rel, out ? node : e.other, out ? e.other : node, e.type, {}};
}

}  // namespace stargraph::query
