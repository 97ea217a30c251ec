// DegreeWeightedExpand: each input row once, weighted by the number of rows the Expand it
// replaces would make of it, read from the stored degrees instead of the adjacency list.
//
// The Expand makes one row per relationship its node's list holds but those the row already
// binds earlier in the pattern (relationship uniqueness); Traverser::Lists tells which of those
// the list holds, from their ends and types, without reading it.
#include <algorithm>

#include "query/exec/traverser.h"
#include "query/plan/plan_nodes.h"

namespace stargraph::query {
namespace {

class DegreeExpandOperator : public UnaryOperator {
 public:
  DegreeExpandOperator(std::unique_ptr<Operator> input, const DegreeExpandSpec* spec)
      : UnaryOperator(std::move(input)), spec_(spec) {}

 protected:
  void Reset() override {
    traverser_.Open(*ctx_, spec_->expand);
    rows_.clear();
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    while (pos_ < rows_.size() || Refill()) {
      row = std::move(rows_[pos_++]);
      ctx_->CheckGuards();
      const Value& from = row[spec_->expand.from_slot];
      if (from.kind() != ValueKind::kNode) continue;
      const storage::NodeId node = from.as_node().id;
      const uint64_t degree = traverser_.Degree(node);
      const uint64_t used = degree == 0 ? 0 : UsedEarlier(row, node);
      if (degree == used) continue;
      row[spec_->weight_slot] = Value(static_cast<int64_t>(degree - used));
      return true;
    }
    return false;
  }

 private:
  static constexpr size_t kBatch = 1024;

  // Reads the next kBatch input rows ahead and fetches their nodes' degrees in one batched
  // lookup (a Get each costs several times more); false when the input is exhausted.
  bool Refill() {
    rows_.resize(kBatch);
    size_t n = 0;
    while (n < kBatch && input_->Next(rows_[n])) ++n;
    rows_.resize(n);
    pos_ = 0;
    nodes_.clear();
    for (const Row& r : rows_) {
      const Value& from = r[spec_->expand.from_slot];
      if (from.kind() == ValueKind::kNode) nodes_.push_back(from.as_node().id);
    }
    traverser_.PrefetchDegrees(nodes_);
    return n > 0;
  }

  // How many distinct relationships of the row's earlier pattern `node`'s list holds.
  uint64_t UsedEarlier(const Row& row, storage::NodeId node) {
    used_.clear();
    auto consider = [&](const Value& v) {
      if (v.kind() != ValueKind::kRelationship || !traverser_.Lists(node, v.as_rel())) return;
      if (std::find(used_.begin(), used_.end(), v.as_rel().id) == used_.end()) {
        used_.push_back(v.as_rel().id);
      }
    };
    for (size_t slot : spec_->expand.distinct_from) {
      const Value& v = row[slot];
      if (v.kind() != ValueKind::kList) {
        consider(v);
        continue;
      }
      for (const Value& x : v.as_list()) consider(x);
    }
    return used_.size();
  }

  const DegreeExpandSpec* spec_;
  Traverser traverser_;
  std::vector<storage::RelId> used_;
  std::vector<Row> rows_;  // input rows read ahead; those from pos_ on are not produced yet
  size_t pos_ = 0;
  std::vector<storage::NodeId> nodes_;
};

}  // namespace

PlanP MakeDegreeWeightedExpand(PlanP input, DegreeExpandSpec spec) {
  std::string d = "DegreeWeightedExpand(" + spec.expand.description + ")";
  return std::make_shared<SpecPlan<DegreeExpandOperator, DegreeExpandSpec>>(std::move(input),
                                                                            std::move(spec), d);
}

}  // namespace stargraph::query
