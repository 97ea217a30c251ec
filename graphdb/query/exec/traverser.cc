#include "query/exec/traverser.h"

#include <algorithm>

namespace stargraph::query {

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

uint64_t Traverser::Degree(storage::NodeId node) const {
  storage::Transaction& tx = ctx_->tx();
  if (any_type_) return Unwrap(tx.Degree(node, spec_->direction, std::nullopt));
  uint64_t degree = 0;
  for (storage::TokenId type : type_ids_) degree += Unwrap(tx.Degree(node, spec_->direction, type));
  return degree;
}

void Traverser::PrefetchDegrees(const std::vector<storage::NodeId>& nodes) const {
  if (any_type_) return;
  for (storage::TokenId type : type_ids_) {
    Check(ctx_->tx().PrefetchDegrees(nodes, spec_->direction, type));
  }
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

}  // namespace stargraph::query
