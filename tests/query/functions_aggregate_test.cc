#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "functions_test_support.h"

namespace stargraph::query {
namespace {

using testing::Aggregate;
using testing::ErrorOf;
using testing::List;
using testing::Rows;

const Value kNull;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST_CASE("count(x) skips nulls; count(*) counts rows", "[values][functions]") {
  CHECK(Aggregate("count", Rows({kNull})).as_int() == 0);
  CHECK(Aggregate("count", Rows({1, kNull, "a"})).as_int() == 2);
  CHECK(Aggregate("count", {{}, {}, {}}).as_int() == 3);
  CHECK(Aggregate("count", {}).as_int() == 0);
}

TEST_CASE("count(DISTINCT x) treats 1 and 1.0 as one value", "[values][functions]") {
  CHECK(Aggregate("count", Rows({1, 1.0, 2, kNull, kNull, "1"}), true).as_int() == 3);
  CHECK(Aggregate("count", Rows({List({1, 2}), List({1.0, 2.0}), List({2, 1})}), true).as_int() ==
        2);
  CHECK(Aggregate("count", Rows({kNaN, kNaN}), true).as_int() == 1);
}

TEST_CASE("sum stays integer, overflow is an error, mixing gives float", "[values][functions]") {
  Value s = Aggregate("sum", Rows({33, kNull, 42}));
  REQUIRE(s.kind() == ValueKind::kInt);
  CHECK(s.as_int() == 75);
  CHECK(Aggregate("sum", {}).as_int() == 0);
  Value mixed = Aggregate("sum", Rows({1, 0.5}));
  REQUIRE(mixed.kind() == ValueKind::kFloat);
  CHECK(mixed.as_float() == 1.5);
  CHECK(Aggregate("sum", Rows({1, 1, 2}), true).as_int() == 3);
  int64_t max = std::numeric_limits<int64_t>::max();
  CHECK(ErrorOf([&] { Aggregate("sum", Rows({max, 1})); }) == "ArgumentError:IntegerOverflow");
  CHECK(ErrorOf([] { Aggregate("sum", Rows({1, "a"})); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("sum over a million-element range does not overflow", "[values][functions]") {
  std::vector<std::vector<Value>> rows;
  for (int64_t i = 1000000; i < 1003000; ++i) rows.push_back({Value(i)});
  CHECK(Aggregate("sum", rows).as_int() == 3004498500);
}

TEST_CASE("avg returns a float, null for no values", "[values][functions]") {
  Value a = Aggregate("avg", Rows({1, 2, kNull}));
  REQUIRE(a.kind() == ValueKind::kFloat);
  CHECK(a.as_float() == 1.5);
  CHECK(Aggregate("avg", Rows({kNull})).is_null());
  int64_t max = std::numeric_limits<int64_t>::max();
  CHECK(Aggregate("avg", Rows({max, max})).as_float() == Approx(double(max)));
  CHECK(Aggregate("avg", Rows({0.5, -0.5, 3})).as_float() == 1.0);
  CHECK(ErrorOf([] { Aggregate("avg", Rows({true})); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("sum and avg of durations go through temporal arithmetic", "[values][functions]") {
  Duration one_day;
  one_day.days = 1;
  Duration three_days;
  three_days.days = 3;
  Value sum = Aggregate("sum", Rows({one_day, kNull, three_days}));
  REQUIRE(sum.kind() == ValueKind::kDuration);
  CHECK(sum.as_duration().days == 4);
  Value avg = Aggregate("avg", Rows({one_day, three_days}));
  REQUIRE(avg.kind() == ValueKind::kDuration);
  CHECK(avg.as_duration().days == 2);
  CHECK(ErrorOf([&] { Aggregate("sum", Rows({one_day, 1})); }) == "TypeError:InvalidArgumentType");
  CHECK(ErrorOf([&] { Aggregate("avg", Rows({1, one_day})); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("min and max use orderability and ignore nulls", "[values][functions]") {
  CHECK(Aggregate("min", Rows({3, 1.5, kNull, 2})).as_float() == 1.5);
  CHECK(Aggregate("max", Rows({3, 1.5, kNull, 2})).as_int() == 3);
  CHECK(Aggregate("min", Rows({kNull})).is_null());
  CHECK(Aggregate("max", Rows({"a", 1, true})).as_int() == 1);  // numbers order last
  CHECK(Aggregate("min", Rows({"a", 1, true})).as_string() == "a");
  CHECK(std::isnan(Aggregate("max", Rows({1, kNaN, 2})).as_float()));
  CHECK(Aggregate("min", Rows({1, kNaN, 2})).as_int() == 1);
  CHECK(Aggregate("max", Rows({"apple", "banana"})).as_string() == "banana");
}

TEST_CASE("collect skips nulls; DISTINCT keeps first occurrences", "[values][functions]") {
  Value c = Aggregate("collect", Rows({1, kNull, 2, 1}));
  REQUIRE(c.as_list().size() == 3);
  CHECK(Aggregate("collect", Rows({kNull})).as_list().empty());
  Value d = Aggregate("collect", Rows({1, 1.0, 2, kNull, 2}), true);
  REQUIRE(d.as_list().size() == 2);
  CHECK(d.as_list()[0].kind() == ValueKind::kInt);
}

TEST_CASE("stDev and stDevP", "[values][functions]") {
  auto rows = Rows({2, 4, 4, 4, 5, 5, 7, 9});
  CHECK(Aggregate("stDevP", rows).as_float() == Approx(2.0));
  CHECK(Aggregate("stDev", rows).as_float() == Approx(2.138089935));
  CHECK(Aggregate("stDev", Rows({1})).as_float() == 0.0);
  CHECK(Aggregate("stDevP", {}).as_float() == 0.0);
  CHECK(Aggregate("stDev", Rows({1, kNull, 3})).as_float() == Approx(std::sqrt(2.0)));
}

std::vector<std::vector<Value>> PercentileRows(std::initializer_list<Value> values, Value p) {
  std::vector<std::vector<Value>> rows;
  for (const Value& v : values) rows.push_back({v, p});
  return rows;
}

TEST_CASE("percentileCont interpolates, percentileDisc picks a value", "[values][functions]") {
  auto values = {Value(10), Value(20), Value(30), Value(40)};
  CHECK(Aggregate("percentileCont", PercentileRows(values, 0.5)).as_float() == 25.0);
  CHECK(Aggregate("percentileCont", PercentileRows(values, 0.0)).as_float() == 10.0);
  CHECK(Aggregate("percentileCont", PercentileRows(values, 1.0)).as_float() == 40.0);
  Value disc = Aggregate("percentileDisc", PercentileRows(values, 0.5));
  REQUIRE(disc.kind() == ValueKind::kInt);
  CHECK(disc.as_int() == 20);
  CHECK(Aggregate("percentileDisc", PercentileRows(values, 0.51)).as_int() == 30);
  CHECK(Aggregate("percentileDisc", PercentileRows(values, 0.0)).as_int() == 10);
  CHECK(Aggregate("percentileDisc", PercentileRows(values, 1.0)).as_int() == 40);
  CHECK(Aggregate("percentileCont", PercentileRows({kNull}, 0.5)).is_null());
}

TEST_CASE("percentiles reject percentages outside [0, 1]", "[values][functions]") {
  for (const Value& p : {Value(1.5), Value(-0.1), Value(kNaN), Value("half")}) {
    INFO(p.ToString());
    CHECK(ErrorOf([&] { Aggregate("percentileCont", PercentileRows({1}, p)); }) ==
          "ArgumentError:NumberOutOfRange");
    CHECK(ErrorOf([&] { Aggregate("percentileDisc", PercentileRows({1}, p)); }) ==
          "ArgumentError:NumberOutOfRange");
  }
}

}  // namespace
}  // namespace stargraph::query
