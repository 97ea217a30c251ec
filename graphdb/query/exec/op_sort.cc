// Sort (ORDER BY) and Union.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_set>

#include "query/bind/expressions.h"
#include "query/plan/plan_nodes.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

// Sorts its input stably. With a bound (SKIP + LIMIT after it), keeps only the first `bound` rows
// in a heap (top-k), so memory and comparisons grow with the bound rather than the input.
class SortOperator : public UnaryOperator {
 public:
  SortOperator(std::unique_ptr<Operator> input, const std::vector<SortKey>* keys, ExprP skip,
               ExprP limit)
      : UnaryOperator(std::move(input)),
        keys_(keys),
        skip_(std::move(skip)),
        limit_(std::move(limit)) {
    for (const SortKey& k : *keys_) {
      key_slots_.push_back(BareSlot(*k.expr));
      all_slots_ = all_slots_ && key_slots_.back().has_value();
    }
  }

 protected:
  void Reset() override {
    rows_.clear();
    sorted_ = false;
    pos_ = 0;
    bound_ = -1;
    if (limit_) {
      const int64_t skip = skip_ ? EvalCount(*skip_, *ctx_, "SKIP") : 0;
      const int64_t limit = EvalCount(*limit_, *ctx_, "LIMIT");
      bound_ = limit > INT64_MAX - skip ? -1 : skip + limit;
    }
  }
  bool Produce(Row& row) override {
    if (!sorted_) Fill();
    if (pos_ >= rows_.size()) return false;
    row = std::move(rows_[pos_++].row);
    return true;
  }

 private:
  struct Entry {
    ValueList keys;  // empty when every key is a slot of the row
    size_t seq = 0;  // input order, which breaks ties (the sort is stable)
    Row row;
  };

  const Value& Key(const Entry& e, size_t i) const {
    return key_slots_[i] ? e.row[*key_slots_[i]] : e.keys[i];
  }

  // Whether `a` comes before `b` in the output.
  bool Before(const Entry& a, const Entry& b) const {
    for (size_t i = 0; i < keys_->size(); ++i) {
      const Value& x = Key(a, i);
      const Value& y = Key(b, i);
      const int c = x.kind() == ValueKind::kInt && y.kind() == ValueKind::kInt
                        ? (x.as_int() > y.as_int()) - (x.as_int() < y.as_int())
                        : OrderCompare(x, y);
      if (c != 0) return (*keys_)[i].ascending ? c < 0 : c > 0;
    }
    return a.seq < b.seq;
  }

  void Fill() {
    const auto before = [this](const Entry& a, const Entry& b) { return Before(a, b); };
    Row in;
    for (size_t seq = 0; input_->Next(in); ++seq) {
      ctx_->CheckGuards();
      Entry e;
      e.seq = seq;
      e.row = std::move(in);
      if (!all_slots_) {
        for (size_t i = 0; i < keys_->size(); ++i) {
          e.keys.push_back(key_slots_[i] ? Value() : (*keys_)[i].expr->Eval(e.row, *ctx_));
        }
      }
      const bool bounded = bound_ >= 0 && rows_.size() >= static_cast<size_t>(bound_);
      if (bounded && (rows_.empty() || !Before(e, rows_.front()))) {
        in = std::move(e.row);  // the input refills its buffer
        continue;
      }
      if (bounded) {  // the heap's last row makes room
        std::pop_heap(rows_.begin(), rows_.end(), before);
        rows_.pop_back();
      } else {
        ctx_->ChargeMemory(
            static_cast<int64_t>((e.keys.size() + e.row.size()) * sizeof(Value) + 48));
      }
      rows_.push_back(std::move(e));
      if (bound_ >= 0) std::push_heap(rows_.begin(), rows_.end(), before);
      in = Row();
    }
    std::sort(rows_.begin(), rows_.end(), before);
    sorted_ = true;
  }

  const std::vector<SortKey>* keys_;
  std::vector<std::optional<size_t>> key_slots_;  // per key: the slot it reads, when a bare one
  bool all_slots_ = true;
  ExprP skip_, limit_;
  int64_t bound_ = -1;       // at most this many rows are kept; -1: all
  std::vector<Entry> rows_;  // with a bound, a heap whose front comes last in the output
  bool sorted_ = false;
  size_t pos_ = 0;
};

class SortPlan : public PlanNode {
 public:
  SortPlan(PlanP input, std::vector<SortKey> keys, ExprP skip, ExprP limit)
      : input_(std::move(input)),
        keys_(std::move(keys)),
        skip_(std::move(skip)),
        limit_(std::move(limit)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<SortOperator>(input_->Instantiate(), &keys_, skip_, limit_);
  }
  std::string Describe() const override {
    std::string out;
    for (const SortKey& k : keys_) {
      out += (out.empty() ? "" : ", ") + k.expr->Describe() + (k.ascending ? "" : " DESC");
    }
    if (!limit_) return "Sort(" + out + ")";
    return "Top(" + out + "; " + (skip_ ? skip_->Describe() + " + " : "") + limit_->Describe() +
           ")";
  }
  std::vector<const PlanNode*> Children() const override { return {input_.get()}; }

 private:
  PlanP input_;
  std::vector<SortKey> keys_;
  ExprP skip_, limit_;
};

class UnionOperator : public Operator {
 public:
  UnionOperator(std::unique_ptr<Operator> left, std::unique_ptr<Operator> right, bool distinct,
                const std::vector<size_t>* slots)
      : left_(std::move(left)), right_(std::move(right)), distinct_(distinct), slots_(slots) {}
  void Open(ExecContext& ctx, const Row* argument) override {
    ctx_ = &ctx;
    timed_ = ctx.profiling();
    left_->Open(ctx, argument);
    right_->Open(ctx, argument);
    on_left_ = true;
    seen_.clear();
  }
  std::vector<const Operator*> InputOperators() const override {
    return {left_.get(), right_.get()};
  }

 protected:
  bool Produce(Row& row) override {
    while (true) {
      if (on_left_) {
        if (!left_->Next(row)) {
          on_left_ = false;
          continue;
        }
      } else if (!right_->Next(row)) {
        return false;
      }
      if (!distinct_ || Fresh(row)) return true;
    }
  }

 private:
  struct KeyHash {
    size_t operator()(const ValueList& k) const {
      size_t h = 0;
      for (const Value& v : k) h = h * 31 + HashValue(v);
      return h;
    }
  };
  struct KeyEq {
    bool operator()(const ValueList& a, const ValueList& b) const {
      for (size_t i = 0; i < a.size(); ++i) {
        if (!Equivalent(a[i], b[i])) return false;
      }
      return true;
    }
  };
  bool Fresh(const Row& row) {
    ValueList key;
    for (size_t s : *slots_) key.push_back(row[s]);
    return seen_.insert(std::move(key)).second;
  }

  std::unique_ptr<Operator> left_, right_;
  bool distinct_;
  const std::vector<size_t>* slots_;
  ExecContext* ctx_ = nullptr;
  bool on_left_ = true;
  std::unordered_set<ValueList, KeyHash, KeyEq> seen_;
};

class UnionPlan : public PlanNode {
 public:
  UnionPlan(PlanP left, PlanP right, bool distinct, std::vector<size_t> slots)
      : left_(std::move(left)),
        right_(std::move(right)),
        distinct_(distinct),
        slots_(std::move(slots)) {}
  std::unique_ptr<Operator> Instantiate() const override {
    return std::make_unique<UnionOperator>(left_->Instantiate(), right_->Instantiate(), distinct_,
                                           &slots_);
  }
  std::string Describe() const override { return distinct_ ? "Union" : "UnionAll"; }
  std::vector<const PlanNode*> Children() const override { return {left_.get(), right_.get()}; }

 private:
  PlanP left_, right_;
  bool distinct_;
  std::vector<size_t> slots_;
};

}  // namespace

PlanP MakeSort(PlanP input, std::vector<SortKey> keys, ExprP skip, ExprP limit) {
  return std::make_shared<SortPlan>(std::move(input), std::move(keys), std::move(skip),
                                    std::move(limit));
}

PlanP MakeUnion(PlanP left, PlanP right, bool distinct, std::vector<size_t> slots) {
  return std::make_shared<UnionPlan>(std::move(left), std::move(right), distinct, std::move(slots));
}

}  // namespace stargraph::query
