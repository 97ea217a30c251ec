// stDev, stDevP, percentileCont, percentileDisc.
#include <algorithm>
#include <cmath>

#include "query/functions/aggregates_internal.h"
#include "query/functions/function_args.h"
#include "query/values/value_compare.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

// Welford's online algorithm: numerically stable in one pass.
class StDevAggregator : public Aggregator {
 public:
  StDevAggregator(const char* name, bool sample) : name_(name), sample_(sample) {}
  void Add(const Args& args) override {
    if (args[0].is_null()) return;
    double x = NumberArg(name_, args[0]);
    ++count_;
    double delta = x - mean_;
    mean_ += delta / static_cast<double>(count_);
    m2_ += delta * (x - mean_);
  }
  Value Result() override {
    int64_t denominator = sample_ ? count_ - 1 : count_;
    if (denominator <= 0) return Value(0.0);
    return Value(std::sqrt(m2_ / static_cast<double>(denominator)));
  }

 private:
  const char* name_;
  bool sample_;
  int64_t count_ = 0;
  double mean_ = 0;
  double m2_ = 0;
};

// Collects the numbers; the percentile is taken from the first row, as all rows share it.
class PercentileAggregator : public Aggregator {
 public:
  PercentileAggregator(const char* name, bool continuous) : name_(name), continuous_(continuous) {}
  void Add(const Args& args) override {
    if (percentile_ < 0) percentile_ = CheckedPercentile(args[1]);
    if (args[0].is_null()) return;
    NumberArg(name_, args[0]);
    values_.push_back(args[0]);
  }
  Value Result() override {
    if (values_.empty()) return Value();
    std::sort(values_.begin(), values_.end(),
              [](const Value& a, const Value& b) { return OrderCompare(a, b) < 0; });
    return continuous_ ? Continuous() : Discrete();
  }

 private:
  double CheckedPercentile(const Value& p) const {
    if (!p.is_number() || !(p.as_number() >= 0.0 && p.as_number() <= 1.0)) {
      ThrowOutOfRange(name_,
                      "the percentile must be a number between 0.0 and 1.0, got " + p.ToString());
    }
    return p.as_number();
  }

  Value Continuous() const {
    double position = percentile_ * static_cast<double>(values_.size() - 1);
    auto lower = static_cast<size_t>(std::floor(position));
    auto upper = static_cast<size_t>(std::ceil(position));
    double low = values_[lower].as_number();
    if (lower == upper) return Value(low);
    double high = values_[upper].as_number();
    return Value(low * (double(upper) - position) + high * (position - double(lower)));
  }

  // The smallest value whose cumulative share of the values is >= the percentile.
  Value Discrete() const {
    size_t n = values_.size();
    if (percentile_ >= 1.0 || n == 1) return values_.back();
    double position = percentile_ * static_cast<double>(n);
    auto index = static_cast<size_t>(position);
    if (double(index) == position && index > 0) --index;
    return values_[index];
  }

  const char* name_;
  bool continuous_;
  double percentile_ = -1;  // < 0 until the first row
  ValueList values_;
};

}  // namespace

std::unique_ptr<Aggregator> MakeStDev(bool distinct) {
  return WrapDistinct(std::make_unique<StDevAggregator>("stDev", true), distinct);
}

std::unique_ptr<Aggregator> MakeStDevP(bool distinct) {
  return WrapDistinct(std::make_unique<StDevAggregator>("stDevP", false), distinct);
}

std::unique_ptr<Aggregator> MakePercentileCont(bool distinct) {
  return WrapDistinct(std::make_unique<PercentileAggregator>("percentileCont", true), distinct);
}

std::unique_ptr<Aggregator> MakePercentileDisc(bool distinct) {
  return WrapDistinct(std::make_unique<PercentileAggregator>("percentileDisc", false), distinct);
}

}  // namespace stargraph::query
