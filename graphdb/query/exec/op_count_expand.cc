// CountExpand: counts the rows of a last Expand or VarLengthExpand, and its distinct end nodes,
// from the adjacency lists without making the rows.
//
// A one-hop expansion from a node makes one row per relationship of its list but those the row
// already binds earlier in the pattern (relationship uniqueness); Traverser::Lists tells which
// of those the list holds, from their ends and types, without scanning it. When only rows are
// counted and no end label is tested, the list's length is the node's stored degree, so the
// list is not read at all. A variable-length expansion walks the paths depth-first as
// VarLengthExpand does, and counts its last hop so. Distinct end nodes go to an IdSet; a node
// whose whole list was added once is not read again. With end labels, each end is tested
// (through the transaction's label caches) before it counts.
#include <algorithm>

#include "common/id_set.h"
#include "query/exec/label_tester.h"
#include "query/exec/traverser.h"
#include "query/plan/plan_nodes.h"

namespace stargraph::query {
namespace {

class CountExpandOperator : public UnaryOperator {
 public:
  CountExpandOperator(std::unique_ptr<Operator> input, const CountExpandSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    traverser_.Open(*ctx_, spec_->expand);
    end_labels_.Open(*ctx_, spec_->end_labels);
    tests_ends_ = !spec_->end_labels.empty();
    done_ = false;
  }
  bool Produce(Row& row) override {
    if (done_) return false;
    done_ = true;
    Consume();
    row = ctx_->NewRow();
    for (size_t slot : spec_->row_count_slots) row[slot] = Value(rows_);
    const auto distinct = static_cast<int64_t>(ends_.size());
    for (size_t slot : spec_->distinct_end_slots) row[slot] = Value(distinct);
    return true;
  }

 private:
  struct Frame {
    storage::NodeId node = 0;
    std::vector<storage::AdjacencyEntry> entries;
    size_t pos = 0;
  };

  void Consume() {
    rows_ = 0;
    ends_.Clear();
    complete_.Clear();
    count_rows_ = !spec_->row_count_slots.empty();
    count_ends_ = !spec_->distinct_end_slots.empty();
    Row in;
    while (input_->Next(in)) {
      ctx_->CheckGuards();
      const Value& from = in[spec_->expand.from_slot];
      if (from.kind() == ValueKind::kNode) CountPaths(in, from.as_node().id);
    }
  }

  // The paths of min_hops..max_hops relationships from `start`, as VarLengthExpand walks them.
  void CountPaths(const Row& in, storage::NodeId start) {
    const int64_t min_hops = spec_->expand.min_hops;
    const int64_t max_hops = spec_->expand.max_hops;
    if (max_hops >= 0 && min_hops > max_hops) return;
    if (min_hops == 0) AddPath(start);
    if (max_hops == 0) return;
    path_.clear();
    if (max_hops == 1) {
      CountLastHop(in, start);
      return;
    }
    size_t depth = 0;  // frames_[0, depth) are the nodes on the path
    auto push = [&](storage::NodeId node) {
      if (frames_.size() == depth) frames_.emplace_back();
      Frame& f = frames_[depth++];
      f.node = node;
      f.pos = 0;
      traverser_.Neighbours(node, std::nullopt, &f.entries);
    };
    push(start);
    while (depth > 0) {
      Frame& top = frames_[depth - 1];
      if (top.pos >= top.entries.size()) {
        --depth;
        if (!path_.empty()) path_.pop_back();
        continue;
      }
      const storage::AdjacencyEntry e = top.entries[top.pos++];
      if (InPath(e.rel) || traverser_.UsedEarlier(in, e.rel)) continue;
      ctx_->CheckGuards();
      path_.push_back(Traverser::ToRel(top.node, e));
      const auto hops = static_cast<int64_t>(path_.size());
      if (hops >= min_hops) AddPath(e.other);
      if (hops + 1 == max_hops) {
        CountLastHop(in, e.other);
        path_.pop_back();
      } else {
        push(e.other);
      }
    }
  }

  // The one-hop extensions of the current path (path_) from `node`, the pattern's last hop.
  void CountLastHop(const Row& in, storage::NodeId node) {
    const bool add_ends = count_ends_ && !complete_.Contains(node);
    if (!count_rows_ && !add_ends) return;  // its ends, a subset of a list added, are in
    CollectForbidden(in, node);
    if (!add_ends && !tests_ends_) {  // rows only: the stored degree sizes the list unread
      rows_ += static_cast<int64_t>(traverser_.Degree(node) - forbidden_.size());
      return;
    }
    traverser_.Neighbours(node, std::nullopt, &entries_);
    if (!tests_ends_) rows_ += static_cast<int64_t>(entries_.size() - forbidden_.size());
    for (const storage::AdjacencyEntry& e : entries_) {
      if (IsForbidden(e.rel) || !EndCounts(e.other)) continue;
      rows_ += tests_ends_;
      if (add_ends) ends_.Insert(e.other);
    }
    if (add_ends && forbidden_.empty()) complete_.Insert(node);
    ChargeSets();
  }

  // The relationships of the row's earlier pattern and of path_ that `node`'s list holds, once.
  void CollectForbidden(const Row& in, storage::NodeId node) {
    forbidden_.clear();
    auto consider = [&](const RelRef& rel) {
      if (traverser_.Lists(node, rel) && !IsForbidden(rel.id)) forbidden_.push_back(rel.id);
    };
    auto consider_value = [&](const Value& v) {
      if (v.kind() == ValueKind::kRelationship) consider(v.as_rel());
    };
    for (size_t slot : spec_->expand.distinct_from) {
      const Value& v = in[slot];
      if (v.kind() != ValueKind::kList) {
        consider_value(v);
        continue;
      }
      for (const Value& x : v.as_list()) consider_value(x);
    }
    for (const RelRef& rel : path_) consider(rel);
  }

  void AddPath(storage::NodeId end) {
    if (!EndCounts(end)) return;
    ++rows_;
    if (count_ends_ && ends_.Insert(end)) ChargeSets();
  }

  bool EndCounts(storage::NodeId end) const { return !tests_ends_ || end_labels_.Has(*ctx_, end); }
  bool IsForbidden(storage::RelId id) const {
    return std::find(forbidden_.begin(), forbidden_.end(), id) != forbidden_.end();
  }
  bool InPath(storage::RelId id) const {
    return std::any_of(path_.begin(), path_.end(), [id](const RelRef& r) { return r.id == id; });
  }

  void ChargeSets() {
    const auto bytes = static_cast<int64_t>(ends_.bytes() + complete_.bytes());
    if (bytes > charged_) ctx_->ChargeMemory(bytes - charged_);
    charged_ = std::max(charged_, bytes);
  }

  const CountExpandSpec* spec_;
  Traverser traverser_;
  LabelTester end_labels_;
  bool tests_ends_ = false;
  bool done_ = false;
  bool count_rows_ = false;
  bool count_ends_ = false;
  int64_t rows_ = 0;
  int64_t charged_ = 0;  // bytes of the sets charged to the statement's memory limit
  IdSet ends_;           // distinct end nodes
  IdSet complete_;       // nodes whose whole list is in ends_
  std::vector<Frame> frames_;
  std::vector<RelRef> path_;  // the relationships walked from the input row's node
  std::vector<storage::RelId> forbidden_;
  std::vector<storage::AdjacencyEntry> entries_;
};

}  // namespace

PlanP MakeCountExpand(PlanP input, CountExpandSpec spec) {
  std::string d = "CountExpand(" + spec.expand.description + " | " + spec.description + ")";
  return std::make_shared<SpecPlan<CountExpandOperator, CountExpandSpec>>(std::move(input),
                                                                          std::move(spec), d);
}

}  // namespace stargraph::query
