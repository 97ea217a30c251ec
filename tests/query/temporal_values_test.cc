#include "query/functions/temporal_values.h"

#include <catch2/catch.hpp>

#include "query/query_error.h"
#include "temporal_test_util.h"

namespace stargraph::query {
namespace {

Value Dur(ValueMap fields) { return CallTemporal("duration", {Value(std::move(fields))}); }

TEST_CASE("duration from a map cascades fractions", "[temporal]") {
  CHECK(Dur({{"days", 14}, {"hours", 16}, {"minutes", 12}}).ToString() == "P14DT16H12M");
  CHECK(Dur({{"months", 5}, {"days", 1.5}}).ToString() == "P5M1DT12H");
  CHECK(Dur({{"months", 0.75}}).ToString() == "P22DT19H51M49.5S");
  CHECK(Dur({{"weeks", 2.5}}).ToString() == "P17DT12H");
  CHECK(Dur({{"days", 14}, {"seconds", 70}, {"nanoseconds", 1}}).ToString() ==
        "P14DT1M10.000000001S");
  CHECK(Dur({{"minutes", 1.5}, {"seconds", 1}}).ToString() == "PT1M31S");
  CHECK(Dur({{"seconds", -60}, {"milliseconds", -1}}).ToString() == "PT-1M-0.001S");
  CHECK(Dur({{"seconds", -2}, {"milliseconds", 1}}).ToString() == "PT-1.999S");
  CHECK(Dur({{"days", 1}, {"milliseconds", -1}}).ToString() == "P1DT-0.001S");
  CHECK(Dur({{"years", 12}, {"months", 5}, {"days", -14}, {"hours", 16}}).ToString() ==
        "P12Y5M-14DT16H");
}

TEST_CASE("epoch conversions", "[temporal]") {
  CHECK(CallToString("datetime.fromepoch", {Value(416779), Value(999999999)}) ==
        "1970-01-05T19:46:19.999999999Z");
  CHECK(CallToString("datetime.fromepochmillis", {Value(int64_t{237821673987})}) ==
        "1977-07-15T13:34:33.987Z");
}

Value D1() {
  return Dur({{"years", 12},
              {"months", 5},
              {"days", 14},
              {"hours", 16},
              {"minutes", 12},
              {"seconds", 70},
              {"nanoseconds", 1}});
}
Value D2() {
  return Dur({{"months", 1}, {"days", -14}, {"hours", 16}, {"minutes", -12}, {"seconds", 70}});
}
Value D3() {
  return Dur({{"years", 12.5},
              {"months", 5.5},
              {"days", 14.5},
              {"hours", 16.5},
              {"minutes", 12.5},
              {"seconds", 70.5},
              {"nanoseconds", 3}});
}

std::string Arith(char op, const Value& a, const Value& b) {
  auto v = TemporalArithmetic(op, a, b);
  REQUIRE(v.has_value());
  return v->ToString();
}

TEST_CASE("duration arithmetic", "[temporal]") {
  CHECK(Arith('+', D1(), D1()) == "P24Y10M28DT32H26M20.000000002S");
  CHECK(Arith('-', D1(), D1()) == "PT0S");
  CHECK(Arith('+', D1(), D2()) == "P12Y6MT32H2M20.000000001S");
  CHECK(Arith('-', D1(), D2()) == "P12Y4M28DT24M0.000000001S");
  CHECK(Arith('-', D1(), D3()) == "P-6M-15DT-17H-45M-3.500000002S");
  CHECK(Arith('-', D2(), D3()) == "P-12Y-10M-43DT-18H-9M-3.500000003S");
  CHECK(Arith('+', D3(), D3()) == "P25Y10M58DT67H56M27.000000006S");
  CHECK(Arith('*', D1(), Value(2)) == "P24Y10M28DT32H26M20.000000002S");
  CHECK(Arith('/', D1(), Value(2)) == "P6Y2M22DT13H21M8S");
  CHECK(Arith('*', D1(), Value(0.5)) == "P6Y2M22DT13H21M8S");
  CHECK(Arith('/', D1(), Value(0.5)) == "P24Y10M28DT32H26M20.000000002S");
  CHECK(Arith('*', Value(1), D1()) == "P12Y5M14DT16H13M10.000000001S");
  CHECK_FALSE(TemporalArithmetic('*', D1(), D1()).has_value());
}

TEST_CASE("duration components", "[temporal]") {
  const Value d = D1();
  CHECK(TemporalComponent(d, "years")->as_int() == 12);
  CHECK(TemporalComponent(d, "months")->as_int() == 149);
  CHECK(TemporalComponent(d, "monthsOfYear")->as_int() == 5);
  CHECK(TemporalComponent(d, "days")->as_int() == 14);
  CHECK(TemporalComponent(d, "weeks")->as_int() == 2);
  CHECK(TemporalComponent(d, "hours")->as_int() == 16);
  CHECK(TemporalComponent(d, "minutesOfHour")->as_int() == 13);
  CHECK(TemporalComponent(d, "secondsOfMinute")->as_int() == 10);
  CHECK(TemporalComponent(d, "nanosecondsOfSecond")->as_int() == 1);
  CHECK_FALSE(TemporalComponent(Value(1), "years").has_value());
  CHECK_THROWS_AS(TemporalComponent(d, "year"), QueryError);
}

}  // namespace
}  // namespace stargraph::query
