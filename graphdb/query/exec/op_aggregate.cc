// Aggregate (grouping + aggregate functions) and Distinct.
#include <unordered_map>

#include "query/plan/plan_nodes.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

struct GroupKeyHash {
  size_t operator()(const ValueList& key) const {
    size_t h = key.size();
    for (const Value& v : key) h = h * 1000003u ^ HashValue(v);
    return h;
  }
};
struct GroupKeyEq {
  bool operator()(const ValueList& a, const ValueList& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!Equivalent(a[i], b[i])) return false;
    }
    return true;
  }
};

class CountStarAggregator : public Aggregator {
 public:
  void Add(const std::vector<Value>&) override { ++count_; }
  Value Result() override { return Value(count_); }

 private:
  int64_t count_ = 0;
};

class AggregateOperator : public UnaryOperator {
 public:
  AggregateOperator(std::unique_ptr<Operator> input, const std::vector<ProjectItem>* keys,
                    const std::vector<AggregateSpec>* aggregates)
      : UnaryOperator(std::move(input)), keys_(keys), aggregates_(aggregates) {}

 protected:
  void Reset() override {
    groups_.clear();
    order_.clear();
    done_ = false;
    pos_ = 0;
  }
  bool Produce(Row& row) override {
    if (!done_) Consume();
    if (pos_ >= order_.size()) return false;
    const Group& g = *order_[pos_++];
    row = ctx_->NewRow();
    for (size_t i = 0; i < keys_->size(); ++i) row[(*keys_)[i].slot] = g.key[i];
    for (size_t i = 0; i < aggregates_->size(); ++i) {
      row[(*aggregates_)[i].slot] = g.aggregators[i]->Result();
    }
    return true;
  }

 private:
  struct Group {
    ValueList key;
    std::vector<std::unique_ptr<Aggregator>> aggregators;
  };

  // The group of `key`, created when new (the key is copied only then).
  Group* FindGroup(const ValueList& key) {
    auto it = groups_.find(key);
    if (it != groups_.end()) return it->second.get();
    auto group = std::make_unique<Group>();
    group->key = key;
    for (const AggregateSpec& a : *aggregates_) {
      group->aggregators.push_back(a.function ? a.function->make(a.distinct)
                                              : std::make_unique<CountStarAggregator>());
    }
    ctx_->ChargeMemory(static_cast<int64_t>(64 + key.size() * sizeof(Value)));
    Group* raw = group.get();
    order_.push_back(raw);
    groups_.emplace(key, std::move(group));
    return raw;
  }

  void Consume() {
    Row in;
    std::vector<Value> args;
    ValueList key;  // reused across rows: no allocation per row for a group that exists
    while (input_->Next(in)) {
      ctx_->CheckGuards();
      key.clear();
      for (const ProjectItem& k : *keys_) key.push_back(k.expr->Eval(in, *ctx_));
      Group* g = FindGroup(key);
      for (size_t i = 0; i < aggregates_->size(); ++i) {
        const AggregateSpec& spec = (*aggregates_)[i];
        args.clear();
        for (const ExprP& e : spec.args) args.push_back(e->Eval(in, *ctx_));
        g->aggregators[i]->Add(args);
      }
    }
    // Without grouping keys, an empty input still yields one row (count(*) = 0).
    if (keys_->empty() && order_.empty()) FindGroup({});
    done_ = true;
  }

  const std::vector<ProjectItem>* keys_;
  const std::vector<AggregateSpec>* aggregates_;
  std::unordered_map<ValueList, std::unique_ptr<Group>, GroupKeyHash, GroupKeyEq> groups_;
  std::vector<Group*> order_;
  bool done_ = false;
  size_t pos_ = 0;
};

class AggregatePlan : public PlanNode {
 public:
  AggregatePlan(PlanP input, std::vector<ProjectItem> keys, std::vector<AggregateSpec> aggregates)
      : input_(std::move(input)), keys_(std::move(keys)), aggregates_(std::move(aggregates)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<AggregateOperator>(input_->Instantiate(), &keys_, &aggregates_);
  }
  std::string Describe() const override {
    std::string out = "Aggregate(keys: ";
    for (const ProjectItem& k : keys_) out += k.name + " ";
    out += "| ";
    for (const AggregateSpec& a : aggregates_) out += a.name + " ";
    return out + ")";
  }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::vector<ProjectItem> keys_;
  std::vector<AggregateSpec> aggregates_;
};

class DistinctOperator : public UnaryOperator {
 public:
  DistinctOperator(std::unique_ptr<Operator> input, const std::vector<size_t>* slots)
      : UnaryOperator(std::move(input)), slots_(slots) {}

 protected:
  void Reset() override { seen_.clear(); }
  bool Produce(Row& row) override {
    while (input_->Next(row)) {
      ValueList key;
      key.reserve(slots_->size());
      for (size_t s : *slots_) key.push_back(row[s]);
      if (seen_.count(key)) continue;
      ctx_->ChargeMemory(static_cast<int64_t>(32 + key.size() * sizeof(Value)));
      seen_.insert(std::move(key));
      return true;
    }
    return false;
  }

 private:
  const std::vector<size_t>* slots_;
  std::unordered_set<ValueList, GroupKeyHash, GroupKeyEq> seen_;
};

class DistinctPlan : public PlanNode {
 public:
  DistinctPlan(PlanP input, std::vector<size_t> slots)
      : input_(std::move(input)), slots_(std::move(slots)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<DistinctOperator>(input_->Instantiate(), &slots_);
  }
  std::string Describe() const override { return "Distinct"; }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::vector<size_t> slots_;
};

}  // namespace

PlanP MakeAggregate(PlanP input, std::vector<ProjectItem> keys,
                    std::vector<AggregateSpec> aggregates) {
  return std::make_shared<AggregatePlan>(std::move(input), std::move(keys), std::move(aggregates));
}

PlanP MakeDistinct(PlanP input, std::vector<size_t> slots) {
  return std::make_shared<DistinctPlan>(std::move(input), std::move(slots));
}

}  // namespace stargraph::query
