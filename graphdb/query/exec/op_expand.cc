// Expand (one hop), variable-length expand, and shortest paths.
#include <algorithm>
#include <unordered_map>

#include "query/exec/traverser.h"
#include "query/plan/plan_nodes.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

class ExpandOperator : public UnaryOperator {
 public:
  ExpandOperator(std::unique_ptr<Operator> input, const ExpandSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    traverser_.Open(*ctx_, *spec_);
    pos_ = entries_.size();
  }
  bool Produce(Row& row) override {
    while (true) {
      while (pos_ < entries_.size()) {
        if (spec_->prefetch_to && pos_ == prefetched_) Prefetch();
        const storage::AdjacencyEntry& e = entries_[pos_++];
        if (Accept(e)) {
          ctx_->CheckGuards();
          row = current_;
          row[spec_->rel_slot] = Value(Traverser::ToRel(from_, e));
          row[spec_->to_slot] = Value(NodeRef{e.other, {}});
          return true;
        }
      }
      if (!input_->Next(current_)) return false;
      const Value& from = current_[spec_->from_slot];
      entries_.clear();
      pos_ = 0;
      prefetched_ = 0;
      if (from.kind() != ValueKind::kNode) continue;
      from_ = from.as_node().id;
      std::optional<storage::NodeId> into;
      if (spec_->to_bound) {
        const Value& to = current_[spec_->to_slot];
        if (to.kind() != ValueKind::kNode) continue;
        into = to.as_node().id;
      }
      traverser_.Neighbours(from_, into, &entries_);
    }
  }

 private:
  // Fetches the records of the next end nodes in one batched lookup: later operators read
  // them (labels, properties), and a Get each costs several times more. Batches grow from
  // kFirstBatch to kLastBatch, so that a LIMIT soon after reads few records it does not need.
  void Prefetch() {
    const size_t batch = pos_ == 0 ? kFirstBatch : std::min(kLastBatch, 2 * last_batch_);
    const size_t end = std::min(entries_.size(), pos_ + batch);
    prefetch_ids_.clear();
    for (size_t i = pos_; i < end; ++i) prefetch_ids_.push_back(entries_[i].other);
    Check(ctx_->tx().PrefetchNodes(prefetch_ids_));
    prefetched_ = end;
    last_batch_ = batch;
  }

  bool Accept(const storage::AdjacencyEntry& e) const {
    if (spec_->rel_bound) {
      const Value& rel = current_[spec_->rel_slot];
      if (rel.kind() != ValueKind::kRelationship || rel.as_rel().id != e.rel) return false;
    }
    return !traverser_.UsedEarlier(current_, e.rel);
  }

  const ExpandSpec* spec_;
  Traverser traverser_;
  Row current_;
  storage::NodeId from_ = 0;
  std::vector<storage::AdjacencyEntry> entries_;
  size_t pos_ = 0;
  static constexpr size_t kFirstBatch = 64;
  static constexpr size_t kLastBatch = 1024;
  size_t prefetched_ = 0;  // entries_ before this index had their end nodes prefetched
  size_t last_batch_ = 0;
  std::vector<storage::NodeId> prefetch_ids_;
};

// Depth-first enumeration of paths with min_hops..max_hops relationships, none used twice.
class VarExpandOperator : public UnaryOperator {
 public:
  VarExpandOperator(std::unique_ptr<Operator> input, const ExpandSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    traverser_.Open(*ctx_, *spec_);
    stack_.clear();
  }
  bool Produce(Row& row) override {
    while (true) {
      if (pending_start_) {
        pending_start_ = false;
        if (spec_->min_hops == 0 && Emit(start_, row)) return true;
      }
      if (!stack_.empty()) {
        if (Step(row)) return true;
        continue;
      }
      if (!input_->Next(current_)) return false;
      const Value& from = current_[spec_->from_slot];
      if (from.kind() != ValueKind::kNode) continue;
      start_ = from.as_node().id;
      path_.clear();
      pending_start_ = true;
      if (spec_->max_hops != 0) Push(start_);
    }
  }

 private:
  struct Frame {
    storage::NodeId node;
    std::vector<storage::AdjacencyEntry> entries;
    size_t pos = 0;
  };

  void Push(storage::NodeId node) {
    stack_.push_back(Frame{node, {}, 0});
    traverser_.Neighbours(node, std::nullopt, &stack_.back().entries);
  }

  bool InPath(storage::RelId id) const {
    for (const RelRef& r : path_) {
      if (r.id == id) return true;
    }
    return false;
  }

  // Advances the depth-first search by one relationship; true when `row` holds a result.
  bool Step(Row& row) {
    Frame& top = stack_.back();
    if (top.pos >= top.entries.size()) {
      stack_.pop_back();
      if (!path_.empty()) path_.pop_back();
      return false;
    }
    const storage::AdjacencyEntry e = top.entries[top.pos++];
    if (InPath(e.rel) || traverser_.UsedEarlier(current_, e.rel)) return false;
    ctx_->CheckGuards();
    path_.push_back(Traverser::ToRel(top.node, e));
    const int64_t depth = static_cast<int64_t>(path_.size());
    const bool deeper = spec_->max_hops < 0 || depth < spec_->max_hops;
    if (deeper) {
      Push(e.other);
    }
    const bool emitted = depth >= spec_->min_hops && Emit(e.other, row);
    if (!deeper) path_.pop_back();
    return emitted;
  }

  bool Emit(storage::NodeId end, Row& row) {
    if (spec_->to_bound) {
      const Value& to = current_[spec_->to_slot];
      if (to.kind() != ValueKind::kNode || to.as_node().id != end) return false;
    }
    row = current_;
    ValueList rels;
    rels.reserve(path_.size());
    for (const RelRef& r : path_) rels.push_back(Value(r));
    if (spec_->reverse_list) std::reverse(rels.begin(), rels.end());
    row[spec_->rel_slot] = Value(std::move(rels));
    row[spec_->to_slot] = Value(NodeRef{end, {}});
    return true;
  }

  const ExpandSpec* spec_;
  Traverser traverser_;
  Row current_;
  storage::NodeId start_ = 0;
  bool pending_start_ = false;
  std::vector<Frame> stack_;
  std::vector<RelRef> path_;
};

class ShortestPathOperator : public UnaryOperator {
 public:
  ShortestPathOperator(std::unique_ptr<Operator> input, const ShortestPathSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    traverser_.Open(*ctx_, spec_->expand);
    results_.clear();
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    while (pos_ >= results_.size()) {
      if (!input_->Next(current_)) return false;
      results_.clear();
      pos_ = 0;
      const Value& a = current_[spec_->expand.from_slot];
      const Value& b = current_[spec_->expand.to_slot];
      if (a.kind() != ValueKind::kNode || b.kind() != ValueKind::kNode) continue;
      Search(a.as_node().id, b.as_node().id);
    }
    row = current_;
    const std::vector<RelRef>& rels = results_[pos_++];
    ValueList rel_values;
    PathData path;
    storage::NodeId node = current_[spec_->expand.from_slot].as_node().id;
    path.nodes.push_back(NodeRef{node, {}});
    for (const RelRef& r : rels) {
      rel_values.push_back(Value(r));
      path.rels.push_back(r);
      node = r.start == node ? r.end : r.start;
      path.nodes.push_back(NodeRef{node, {}});
    }
    row[spec_->expand.rel_slot] = Value(std::move(rel_values));
    row[spec_->path_slot] = Value(std::move(path));
    return true;
  }

 private:
  // One side of a bidirectional breadth-first search: the depth of each node reached from its
  // origin, the relationships that reach it on a shortest way, and the last level reached.
  struct Side {
    storage::Direction direction;
    std::unordered_map<storage::NodeId, int64_t> depth;
    std::unordered_map<storage::NodeId, std::vector<RelRef>> parents;
    std::vector<storage::NodeId> frontier;
    int64_t level = 0;

    Side(storage::NodeId origin, storage::Direction d) : direction(d), depth{{origin, 0}} {
      frontier.push_back(origin);
    }
  };

  static storage::Direction Reversed(storage::Direction d) {
    if (d == storage::Direction::kOutgoing) return storage::Direction::kIncoming;
    if (d == storage::Direction::kIncoming) return storage::Direction::kOutgoing;
    return d;
  }

  // Searches from both ends, one level at a time from the side with the smaller frontier. The
  // first level at which the sides touch gives the length: every shortest path crosses exactly
  // one node of that new level that the other side's frontier holds (a path through a node both
  // sides had reached before would have made them touch earlier). Then enumerates one (or all)
  // shortest paths through those nodes.
  void Search(storage::NodeId source, storage::NodeId target) {
    if (source == target) {
      // Only the empty path: a shortest path does not come back to where it starts.
      if (spec_->expand.min_hops == 0) results_.push_back({});
      return;
    }
    const int64_t max_hops = spec_->expand.max_hops;
    Side forward(source, spec_->expand.direction);
    Side backward(target, Reversed(spec_->expand.direction));
    std::vector<storage::NodeId> meeting;
    while (meeting.empty() && !forward.frontier.empty() && !backward.frontier.empty() &&
           (max_hops < 0 || forward.level + backward.level < max_hops)) {
      const bool forward_turn = forward.frontier.size() <= backward.frontier.size();
      Side& side = forward_turn ? forward : backward;
      const Side& other = forward_turn ? backward : forward;
      ExpandLevel(side);
      for (storage::NodeId node : side.frontier) {
        auto it = other.depth.find(node);
        if (it != other.depth.end() && it->second == other.level) meeting.push_back(node);
      }
    }
    std::sort(meeting.begin(), meeting.end());
    for (storage::NodeId node : meeting) {
      if (!spec_->all && !results_.empty()) return;
      std::vector<std::vector<RelRef>> heads;  // source -> node
      std::vector<std::vector<RelRef>> tails;  // node -> target
      std::vector<RelRef> way;
      Ways(forward, node, source, &way, &heads);
      Ways(backward, node, target, &way, &tails);
      for (const auto& head : heads) {
        for (const auto& tail : tails) {
          std::vector<RelRef> path(head.rbegin(), head.rend());
          path.insert(path.end(), tail.begin(), tail.end());
          results_.push_back(std::move(path));
          if (!spec_->all) return;
        }
      }
    }
  }

  void ExpandLevel(Side& side) {
    std::vector<storage::NodeId> next;
    const int64_t depth = side.level + 1;
    for (storage::NodeId node : side.frontier) {
      traverser_.Neighbours(node, side.direction, std::nullopt, &entries_);
      for (const storage::AdjacencyEntry& e : entries_) {
        ctx_->CheckGuards();
        if (traverser_.UsedEarlier(current_, e.rel)) continue;
        auto [it, inserted] = side.depth.try_emplace(e.other, depth);
        if (inserted) {
          next.push_back(e.other);
        } else if (it->second != depth) {
          continue;
        }
        side.parents[e.other].push_back(Traverser::ToRel(node, e));
      }
    }
    side.frontier = std::move(next);
    side.level = depth;
  }

  // Every shortest way from `node` back to `origin` over side.parents, as relationship lists
  // from `node` outward (only the first one unless all shortest paths are wanted).
  void Ways(const Side& side, storage::NodeId node, storage::NodeId origin,
            std::vector<RelRef>* way, std::vector<std::vector<RelRef>>* out) {
    if (!spec_->all && !out->empty()) return;
    if (node == origin) {
      out->push_back(*way);
      return;
    }
    for (const RelRef& r : side.parents.at(node)) {
      way->push_back(r);
      Ways(side, r.start == node ? r.end : r.start, origin, way, out);
      way->pop_back();
    }
  }

  const ShortestPathSpec* spec_;
  Traverser traverser_;
  Row current_;
  std::vector<storage::AdjacencyEntry> entries_;
  std::vector<std::vector<RelRef>> results_;
  size_t pos_ = 0;
};

}  // namespace

PlanP MakeExpand(PlanP input, ExpandSpec spec) {
  std::string d = (spec.var_length ? "VarLengthExpand" : std::string("Expand")) +
                  (spec.to_bound ? "Into" : "") + "(" + spec.description +
                  (spec.prefetch_to ? "; prefetching end nodes" : "") + ")";
  if (spec.var_length) {
    return std::make_shared<SpecPlan<VarExpandOperator, ExpandSpec>>(std::move(input),
                                                                     std::move(spec), d);
  }
  return std::make_shared<SpecPlan<ExpandOperator, ExpandSpec>>(std::move(input), std::move(spec),
                                                                d);
}

const ExpandSpec* AsExpand(const PlanNode& node, PlanP* input) {
  if (const auto* one = dynamic_cast<const SpecPlan<ExpandOperator, ExpandSpec>*>(&node)) {
    *input = one->input();
    return one->spec().to_bound ? nullptr : &one->spec();
  }
  if (const auto* var = dynamic_cast<const SpecPlan<VarExpandOperator, ExpandSpec>*>(&node)) {
    *input = var->input();
    return var->spec().to_bound ? nullptr : &var->spec();
  }
  return nullptr;
}

PlanP MakeShortestPath(PlanP input, ShortestPathSpec spec) {
  std::string d =
      std::string(spec.all ? "AllShortestPaths(" : "ShortestPath(") + spec.expand.description + ")";
  return std::make_shared<SpecPlan<ShortestPathOperator, ShortestPathSpec>>(std::move(input),
                                                                            std::move(spec), d);
}

}  // namespace stargraph::query
