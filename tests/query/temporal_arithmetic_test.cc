// The arithmetic examples of TCK Temporal8: x + d and x - d for every temporal kind, and sums
// and differences of durations, through TemporalArithmetic.
#include <catch2/catch.hpp>

#include "query/functions/temporal_values.h"
#include "temporal_test_util.h"

namespace stargraph::query {
namespace {

struct ArithmeticCase {
  const char* scenario;
  const char* lhs;
  const char* rhs;
  const char* sum;
  const char* diff;
};

// clang-format off
const ArithmeticCase kCases[] = {
    {"[1]", "date({year: 1984, month: 10, day: 11})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})", "1997-03-25", "1972-04-27"},
    {"[1]", "date({year: 1984, month: 10, day: 11})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "1984-10-28", "1984-09-25"},
    {"[1]", "date({year: 1984, month: 10, day: 11})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "1997-10-11", "1971-10-12"},
    {"[2]", "localtime({hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})", "04:44:24.000000003", "20:18:03.999999999"},
    {"[2]", "localtime({hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "04:20:24.000000001", "20:42:04.000000001"},
    {"[2]", "localtime({hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "22:29:27.500000004", "02:33:00.499999998"},
    {"[3]", "time({hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})", "04:44:24.000000003+01:00", "20:18:03.999999999+01:00"},
    {"[3]", "time({hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "04:20:24.000000001+01:00", "20:42:04.000000001+01:00"},
    {"[3]", "time({hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "22:29:27.500000004+01:00", "02:33:00.499999998+01:00"},
    {"[4]", "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})", "1997-03-26T04:44:24.000000003", "1972-04-26T20:18:03.999999999"},
    {"[4]", "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "1984-10-29T04:20:24.000000001", "1984-09-24T20:42:04.000000001"},
    {"[4]", "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "1997-10-11T22:29:27.500000004", "1971-10-12T02:33:00.499999998"},
    {"[5]", "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2})", "1997-03-26T04:44:24.000000003+01:00", "1972-04-26T20:18:03.999999999+01:00"},
    {"[5]", "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "1984-10-29T04:20:24.000000001+01:00", "1984-09-24T20:42:04.000000001+01:00"},
    {"[5]", "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 1, timezone: '+01:00'})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "1997-10-11T22:29:27.500000004+01:00", "1971-10-12T02:33:00.499999998+01:00"},
    {"[6]", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "P24Y10M28DT32H26M20.000000002S", "PT0S"},
    {"[6]", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "P12Y6MT32H2M20.000000001S", "P12Y4M28DT24M0.000000001S"},
    {"[6]", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "P25Y4M43DT50H11M23.500000004S", "P-6M-15DT-17H-45M-3.500000002S"},
    {"[6]", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "P12Y6MT32H2M20.000000001S", "P-12Y-4M-28DT-24M-0.000000001S"},
    {"[6]", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "P2M-28DT31H38M20S", "PT0S"},
    {"[6]", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "P13Y15DT49H47M23.500000003S", "P-12Y-10M-43DT-18H-9M-3.500000003S"},
    {"[6]", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1})", "P25Y4M43DT50H11M23.500000004S", "P6M15DT17H45M3.500000002S"},
    {"[6]", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "duration({months: 1, days: -14, hours: 16, minutes: -12, seconds: 70})", "P13Y15DT49H47M23.500000003S", "P12Y10M43DT18H9M3.500000003S"},
    {"[6]", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5, minutes: 12.5, seconds: 70.5, nanoseconds: 3})", "P25Y10M58DT67H56M27.000000006S", "PT0S"},
};
// clang-format on

std::string Apply(char op, const Value& a, const Value& b) {
  const std::optional<Value> v = TemporalArithmetic(op, a, b);
  return v ? v->ToString() : "<no temporal operation>";
}

TEST_CASE("TCK Temporal8 additions and subtractions", "[temporal]") {
  for (const ArithmeticCase& c : kCases) {
    INFO(c.scenario << ": " << c.lhs << " and " << c.rhs);
    const Value a = TckLiteral::Eval(c.lhs);
    const Value b = TckLiteral::Eval(c.rhs);
    CHECK(Apply('+', a, b) == c.sum);
    CHECK(Apply('-', a, b) == c.diff);
  }
}

TEST_CASE("adding months clamps the day of month", "[temporal]") {
  const Value month = TckLiteral::Eval("duration({months: 1})");
  CHECK(Apply('+', TckLiteral::Eval("date('2015-01-31')"), month) == "2015-02-28");
  CHECK(Apply('+', TckLiteral::Eval("date('2016-01-31')"), month) == "2016-02-29");
  CHECK(Apply('-', TckLiteral::Eval("localdatetime('2016-03-31T10:00')"), month) ==
        "2016-02-29T10:00");
  CHECK(Apply('+', month, TckLiteral::Eval("date('2016-12-31')")) == "2017-01-31");
}

TEST_CASE("adding to zoned datetimes follows the zone's rules", "[temporal]") {
  const Value day = TckLiteral::Eval("duration({days: 1})");
  const Value hours = TckLiteral::Eval("duration({hours: 24})");
  const Value before_dst = TckLiteral::Eval("datetime('2017-03-25T12:00[Europe/Stockholm]')");
  CHECK(before_dst.ToString() == "2017-03-25T12:00+01:00[Europe/Stockholm]");
  CHECK(Apply('+', before_dst, day) == "2017-03-26T12:00+02:00[Europe/Stockholm]");
  CHECK(Apply('+', before_dst, hours) == "2017-03-26T13:00+02:00[Europe/Stockholm]");
  // 02:30 does not exist on 2017-03-26 in Stockholm: java.time moves it past the gap.
  CHECK(EvalToString("datetime('2017-03-26T02:30[Europe/Stockholm]')") ==
        "2017-03-26T03:30+02:00[Europe/Stockholm]");
  // 02:30 exists twice on 2017-10-29: the earlier offset wins.
  CHECK(EvalToString("datetime('2017-10-29T02:30[Europe/Stockholm]')") ==
        "2017-10-29T02:30+02:00[Europe/Stockholm]");
  CHECK(EvalToString("datetime('2017-10-29T02:30+01:00[Europe/Stockholm]')") ==
        "2017-10-29T02:30+01:00[Europe/Stockholm]");
}

TEST_CASE("non-temporal operand combinations are not temporal operations", "[temporal]") {
  const Value date = TckLiteral::Eval("date('2015-07-21')");
  CHECK_FALSE(TemporalArithmetic('-', date, date).has_value());
  CHECK_FALSE(TemporalArithmetic('+', date, Value(1)).has_value());
  CHECK_FALSE(TemporalArithmetic('/', Value(2), TckLiteral::Eval("duration('PT1S')")).has_value());
}

}  // namespace
}  // namespace stargraph::query
