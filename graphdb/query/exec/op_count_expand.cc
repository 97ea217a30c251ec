// CountExpand: counts the rows of a last one-hop Expand, and its distinct end nodes, from the
// adjacency lists without making the rows.
//
// Per input row: the rows Expand would make are the node's list minus the relationships that
// the row already binds earlier in the pattern (relationship uniqueness); Traverser::Lists tells
// which of those the list holds, from their ends and types, without scanning it. Distinct end
// nodes go to an IdSet; a node whose whole list was added once is not read again.
#include <algorithm>

#include "common/id_set.h"
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
  void Consume() {
    rows_ = 0;
    ends_.Clear();
    complete_.Clear();
    const bool count_rows = !spec_->row_count_slots.empty();
    const bool count_ends = !spec_->distinct_end_slots.empty();
    Row in;
    while (input_->Next(in)) {
      ctx_->CheckGuards();
      const Value& from = in[spec_->expand.from_slot];
      if (from.kind() != ValueKind::kNode) continue;
      const storage::NodeId node = from.as_node().id;
      const bool add_ends = count_ends && !complete_.Contains(node);
      if (!count_rows && !add_ends) continue;  // its ends, a subset of a list added, are in
      CollectForbidden(in, node);
      traverser_.Neighbours(node, std::nullopt, &entries_);
      rows_ += static_cast<int64_t>(entries_.size() - forbidden_.size());
      if (add_ends) AddEnds(node);
    }
  }

  // The relationships bound earlier in the row that `node`'s list holds, each once.
  void CollectForbidden(const Row& in, storage::NodeId node) {
    forbidden_.clear();
    auto consider = [&](const Value& v) {
      if (v.kind() != ValueKind::kRelationship) return;
      const RelRef& rel = v.as_rel();
      if (!traverser_.Lists(node, rel)) return;
      for (storage::RelId id : forbidden_) {
        if (id == rel.id) return;
      }
      forbidden_.push_back(rel.id);
    };
    for (size_t slot : spec_->expand.distinct_from) {
      const Value& v = in[slot];
      if (v.kind() != ValueKind::kList) {
        consider(v);
        continue;
      }
      for (const Value& x : v.as_list()) consider(x);
    }
  }

  // Adds the ends of `entries_` (the list of `node`) but those of forbidden relationships.
  void AddEnds(storage::NodeId node) {
    for (const storage::AdjacencyEntry& e : entries_) {
      if (!IsForbidden(e.rel)) ends_.Insert(e.other);
    }
    if (forbidden_.empty()) complete_.Insert(node);
    const auto bytes = static_cast<int64_t>(ends_.bytes() + complete_.bytes());
    if (bytes > charged_) ctx_->ChargeMemory(bytes - charged_);
    charged_ = std::max(charged_, bytes);
  }

  bool IsForbidden(storage::RelId id) const {
    for (storage::RelId f : forbidden_) {
      if (f == id) return true;
    }
    return false;
  }

  const CountExpandSpec* spec_;
  Traverser traverser_;
  bool done_ = false;
  int64_t rows_ = 0;
  int64_t charged_ = 0;  // bytes of the sets charged to the statement's memory limit
  IdSet ends_;           // distinct end nodes
  IdSet complete_;       // nodes whose whole list is in ends_
  std::vector<storage::RelId> forbidden_;
  std::vector<storage::AdjacencyEntry> entries_;
};

}  // namespace

PlanP MakeCountExpand(PlanP input, CountExpandSpec spec) {
  std::string d = "CountExpand(" + spec.expand.description + " | " + spec.description + ")";
  return std::make_shared<TraversalPlan<CountExpandOperator, CountExpandSpec>>(std::move(input),
                                                                               std::move(spec), d);
}

}  // namespace stargraph::query
