// Aggregate functions. Every aggregate ignores null inputs, except count(*) which counts rows.
// DISTINCT wraps any aggregate in a filter that forwards each equivalent value once.
#include <unordered_set>

#include "common/id_set.h"
#include "query/functions/aggregates_internal.h"
#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"
#include "query/functions/temporal_values.h"
#include "query/values/numeric.h"
#include "query/values/value_compare.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

// count(*) is called with no arguments and counts rows; count(x) counts non-null x.
class CountAggregator : public Aggregator {
 public:
  void Add(const Args& args) override { count_ += (args.empty() || !args[0].is_null()) ? 1 : 0; }
  Value Result() override { return Value(count_); }

 private:
  int64_t count_ = 0;
};

// Integers sum as an integer (overflow is an error); any float makes the sum a float;
// durations sum as a duration.
class SumAggregator : public Aggregator {
 public:
  void Add(const Args& args) override {
    const Value& x = args[0];
    if (x.is_null()) return;
    if (x.kind() == ValueKind::kDuration || sum_.kind() == ValueKind::kDuration) {
      std::optional<Value> next = TemporalArithmetic('+', any_ ? sum_ : Value(Duration{}), x);
      if (!next) ThrowArgumentType("sum", x);
      sum_ = *next;
    } else if (sum_.kind() == ValueKind::kInt && x.kind() == ValueKind::kInt) {
      sum_ = Value(CheckedAdd(sum_.as_int(), x.as_int()));
    } else {
      sum_ = Value(sum_.as_number() + NumberArg("sum", x));
    }
    any_ = true;
  }
  Value Result() override { return sum_; }

 private:
  Value sum_ = Value(int64_t{0});
  bool any_ = false;
};

// The mean of numbers as a FLOAT (integers are summed exactly in long double), or of durations.
class AvgAggregator : public Aggregator {
 public:
  void Add(const Args& args) override {
    const Value& x = args[0];
    if (x.is_null()) return;
    if (x.kind() == ValueKind::kDuration) {
      if (count_ > 0 && duration_sum_.is_null()) ThrowArgumentType("avg", x);
      std::optional<Value> next =
          TemporalArithmetic('+', count_ == 0 ? Value(Duration{}) : duration_sum_, x);
      if (!next) ThrowArgumentType("avg", x);
      duration_sum_ = *next;
    } else if (!duration_sum_.is_null()) {
      ThrowArgumentType("avg", x);
    } else if (x.kind() == ValueKind::kInt) {
      int_sum_ += static_cast<long double>(x.as_int());
    } else {
      float_sum_ += NumberArg("avg", x);
      any_float_ = true;
    }
    ++count_;
  }
  Value Result() override {
    if (count_ == 0) return Value();
    if (!duration_sum_.is_null()) {
      return TemporalArithmetic('/', duration_sum_, Value(count_)).value_or(Value());
    }
    if (!any_float_) return Value(static_cast<double>(int_sum_ / count_));
    return Value((static_cast<double>(int_sum_) + float_sum_) / static_cast<double>(count_));
  }

 private:
  int64_t count_ = 0;
  long double int_sum_ = 0;
  double float_sum_ = 0;
  bool any_float_ = false;
  Value duration_sum_;  // non-null once a duration was added
};

// min (sign -1) or max (sign 1) under the orderability order.
class ExtremumAggregator : public Aggregator {
 public:
  explicit ExtremumAggregator(int sign) : sign_(sign) {}
  void Add(const Args& args) override {
    const Value& x = args[0];
    if (x.is_null()) return;
    if (best_.is_null() || OrderCompare(x, best_) * sign_ > 0) best_ = x;
  }
  Value Result() override { return best_; }

 private:
  int sign_;
  Value best_;
};

class CollectAggregator : public Aggregator {
 public:
  void Add(const Args& args) override {
    if (!args[0].is_null()) items_.push_back(args[0]);
  }
  Value Result() override { return Value(std::move(items_)); }

 private:
  ValueList items_;
};

// Forwards each value to `inner` only the first time an equivalent value is seen. Nodes and
// relationships are equivalent when their ids are equal: they are kept by id.
class DistinctAggregator : public Aggregator {
 public:
  explicit DistinctAggregator(std::unique_ptr<Aggregator> inner) : inner_(std::move(inner)) {}
  void Add(const Args& args) override {
    if (!args.empty() && !FirstSeen(args[0])) return;
    inner_->Add(args);
  }
  Value Result() override { return inner_->Result(); }

 private:
  bool FirstSeen(const Value& v) {
    switch (v.kind()) {
      case ValueKind::kNull:
        return false;
      case ValueKind::kNode:
        return nodes_.Insert(v.as_node().id);
      case ValueKind::kRelationship:
        return rels_.Insert(v.as_rel().id);
      default:
        return seen_.insert(v).second;
    }
  }

  std::unique_ptr<Aggregator> inner_;
  IdSet nodes_;
  IdSet rels_;
  std::unordered_set<Value, ValueHash, ValueEquivalent> seen_;
};

template <typename T, auto... kArgs>
std::unique_ptr<Aggregator> Make(bool distinct) {
  return WrapDistinct(std::make_unique<T>(kArgs...), distinct);
}

}  // namespace

std::vector<AggregateFunction> AggregateFunctions() {
  return {
      {"count", 1, Make<CountAggregator>},
      {"sum", 1, Make<SumAggregator>},
      {"avg", 1, Make<AvgAggregator>},
      {"min", 1, Make<ExtremumAggregator, -1>},
      {"max", 1, Make<ExtremumAggregator, 1>},
      {"collect", 1, Make<CollectAggregator>},
      {"stDev", 1, MakeStDev},
      {"stDevP", 1, MakeStDevP},
      {"percentileCont", 2, MakePercentileCont},
      {"percentileDisc", 2, MakePercentileDisc},
  };
}

std::unique_ptr<Aggregator> WrapDistinct(std::unique_ptr<Aggregator> plain, bool distinct) {
  if (!distinct) return plain;
  return std::make_unique<DistinctAggregator>(std::move(plain));
}

}  // namespace stargraph::query
