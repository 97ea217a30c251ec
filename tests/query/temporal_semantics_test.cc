// Serialization round trips (TCK Temporal6), null propagation (Temporal4), components,
// ordering and equality, the clock and invalid input.
#include <catch2/catch.hpp>

#include "query/functions/temporal_values.h"
#include "query/query_error.h"
#include "temporal_test_util.h"

namespace stargraph::query {
namespace {

// toString(v), and whether parsing that text with `constructor` gives back an equal value.
void CheckRoundTrip(const std::string& constructor, const std::string& expression,
                    const std::string& text) {
  INFO(expression);
  const Value v = TckLiteral::Eval(expression);
  CHECK(v.ToString() == text);
  CHECK(TemporalEquals(CallTemporal(constructor, {Value(text)}), v));
}

TEST_CASE("TCK Temporal6 serialization round trips", "[temporal]") {
  CheckRoundTrip("date", "date({year: 1984, month: 10, day: 11})", "1984-10-11");
  CheckRoundTrip("localtime",
                 "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
                 "12:31:14.645876123");
  CheckRoundTrip("time",
                 "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: "
                 "'+01:00'})",
                 "12:31:14.645876123+01:00");
  CheckRoundTrip("localdatetime",
                 "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
                 "nanosecond: 645876123})",
                 "1984-10-11T12:31:14.645876123");
  CheckRoundTrip("datetime",
                 "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
                 "nanosecond: 645876123, timezone: '+01:00'})",
                 "1984-10-11T12:31:14.645876123+01:00");
  CheckRoundTrip("datetime",
                 "datetime({year: 2017, month: 8, day: 8, hour: 12, minute: 31, second: 14, "
                 "nanosecond: 645876123, timezone: 'Europe/Stockholm'})",
                 "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]");
  const char* durations[][2] = {
      {"{years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1}",
       "P12Y5M14DT16H13M10.000000001S"},
      {"{years: 12, months: 5, days: -14, hours: 16}", "P12Y5M-14DT16H"},
      {"{minutes: 12, seconds: -60}", "PT11M"},
      {"{seconds: 2, milliseconds: -1}", "PT1.999S"},
      {"{seconds: -2, milliseconds: 1}", "PT-1.999S"},
      {"{seconds: -2, milliseconds: -1}", "PT-2.001S"},
      {"{days: 1, milliseconds: 1}", "P1DT0.001S"},
      {"{days: 1, milliseconds: -1}", "P1DT-0.001S"},
      {"{seconds: 60, milliseconds: -1}", "PT59.999S"},
      {"{seconds: -60, milliseconds: 1}", "PT-59.999S"},
      {"{seconds: -60, milliseconds: -1}", "PT-1M-0.001S"},
  };
  for (const auto& d : durations) {
    CheckRoundTrip("duration", std::string("duration(") + d[0] + ")", d[1]);
  }
}

TEST_CASE("TCK Temporal4 null propagation", "[temporal]") {
  for (const char* base : {"date", "localtime", "time", "localdatetime", "datetime"}) {
    for (const char* suffix : {"", ".transaction", ".statement", ".realtime"}) {
      INFO(base << suffix);
      CHECK(CallTemporal(std::string(base) + suffix, {Value()}).is_null());
    }
  }
  CHECK(CallTemporal("duration", {Value()}).is_null());
}

TEST_CASE("the current time comes from the statement clock", "[temporal]") {
  // 2017-10-11T12:31:14.5Z
  const int64_t now = int64_t{1507725074} * 1'000'000'000 + 500'000'000;
  CHECK(CallTemporal("datetime", {}, now).ToString() == "2017-10-11T12:31:14.5Z");
  CHECK(CallTemporal("date.statement", {}, now).ToString() == "2017-10-11");
  CHECK(CallTemporal("localtime.transaction", {}, now).ToString() == "12:31:14.5");
  CHECK(CallTemporal("datetime.statement", {Value("Europe/Stockholm")}, now).ToString() ==
        "2017-10-11T14:31:14.5+02:00[Europe/Stockholm]");
  CHECK(CallTemporal("time", {Value(ValueMap{{"timezone", Value("+05:00")}})}, now).ToString() ==
        "17:31:14.5+05:00");
  CHECK(CallTemporal("date.realtime", {}).kind() == ValueKind::kDate);
}

TEST_CASE("selecting from other temporal values", "[temporal]") {
  const std::string dt = "datetime('1984-10-11T12:31:14.645876123+01:00')";
  CHECK(EvalToString("date(" + dt + ")") == "1984-10-11");
  CHECK(EvalToString("localtime({time: " + dt + ", second: 42})") == "12:31:42.645876123");
  CHECK(EvalToString("time({time: " + dt + ", timezone: '+05:00'})") == "16:31:14.645876123+05:00");
  CHECK(EvalToString("datetime({datetime: " + dt + ", timezone: 'America/New_York'})") ==
        "1984-10-11T07:31:14.645876123-04:00[America/New_York]");
  CHECK(EvalToString("datetime({date: date('1984-10-11'), time: localtime('12:00')})") ==
        "1984-10-11T12:00Z");
  CHECK(EvalToString("localdatetime({date: date('1984-03-31'), month: 2, hour: 1})") ==
        "1984-02-29T01:00");
  CHECK(EvalToString("date({date: date('1984-10-11'), quarter: 1})") == "1984-01-11");
}

TEST_CASE("components of instants", "[temporal]") {
  const Value dt = TckLiteral::Eval("datetime('2017-01-01T12:31:14.645876123[Europe/Stockholm]')");
  CHECK(TemporalComponent(dt, "year")->as_int() == 2017);
  CHECK(TemporalComponent(dt, "week")->as_int() == 52);
  CHECK(TemporalComponent(dt, "weekYear")->as_int() == 2016);
  CHECK(TemporalComponent(dt, "dayOfWeek")->as_int() == 7);
  CHECK(TemporalComponent(dt, "ordinalDay")->as_int() == 1);
  CHECK(TemporalComponent(dt, "quarter")->as_int() == 1);
  CHECK(TemporalComponent(dt, "millisecond")->as_int() == 645);
  CHECK(TemporalComponent(dt, "microsecond")->as_int() == 645876);
  CHECK(TemporalComponent(dt, "nanosecond")->as_int() == 645876123);
  CHECK(TemporalComponent(dt, "timezone")->as_string() == "Europe/Stockholm");
  CHECK(TemporalComponent(dt, "offset")->as_string() == "+01:00");
  CHECK(TemporalComponent(dt, "offsetMinutes")->as_int() == 60);
  CHECK(TemporalComponent(dt, "epochSeconds")->as_int() == 1483270274);
  CHECK(TemporalComponent(dt, "epochMillis")->as_int() == 1483270274645);
  const Value t = TckLiteral::Eval("time('12:00Z')");
  CHECK(TemporalComponent(t, "timezone")->as_string() == "Z");
  CHECK(TemporalComponent(TckLiteral::Eval("date('1984-08-14')"), "dayOfQuarter")->as_int() == 45);
  CHECK_THROWS_AS(TemporalComponent(TckLiteral::Eval("date('1984-08-14')"), "hour"), QueryError);
}

TEST_CASE("ordering and equality", "[temporal]") {
  auto cmp = [](const char* a, const char* b) {
    return CompareTemporal(TckLiteral::Eval(a), TckLiteral::Eval(b));
  };
  CHECK(cmp("date('2015-07-21')", "date('2015-07-22')") == -1);
  CHECK(cmp("time('12:00+01:00')", "time('11:30Z')") == -1);
  CHECK(cmp("datetime('2015-07-21T12:00+01:00')", "datetime('2015-07-21T11:30Z')") == -1);
  // The same instant in two offsets: ordered by the instant first, equal only in the same zone.
  CHECK(cmp("datetime('2015-07-21T12:00+01:00')", "datetime('2015-07-21T11:00Z')") != 0);
  CHECK(cmp("datetime('2015-07-21T12:00+01:00')", "datetime('2015-07-21T12:00+01:00')") == 0);
  CHECK(cmp("localdatetime('2015-07-21T12:00')", "localdatetime('2015-07-21T11:00')") == 1);
  CHECK_FALSE(cmp("duration('P1D')", "duration('PT24H')").has_value());
  CHECK_FALSE(cmp("date('2015-07-21')", "localdatetime('2015-07-21T00:00')").has_value());
  CHECK(
      TemporalEquals(TckLiteral::Eval("duration('P1D')"), TckLiteral::Eval("duration({days: 1})")));
  CHECK_FALSE(
      TemporalEquals(TckLiteral::Eval("duration('P1D')"), TckLiteral::Eval("duration('PT24H')")));
  CHECK_FALSE(
      TemporalEquals(TckLiteral::Eval("time('12:00+01:00')"), TckLiteral::Eval("time('11:00Z')")));
}

TEST_CASE("invalid temporal input raises argument errors", "[temporal]") {
  for (const char* bad :
       {"date('2015-13-01')", "date('2015-02-29')", "date('2015-W54')", "date('15-07-21')",
        "localtime('25:00')", "localtime('12:00+01:00')", "time('12:60')",
        "datetime('2015-07-21T21:40[Mars/Olympus]')", "duration('P1Q')", "duration('PT1H2D')",
        "duration('1D')", "date({month: 2})", "date({year: 2015, day: 3})",
        "date({year: 2015, month: 2, week: 3})", "localtime({minute: 3})",
        "time({hour: 12, second: 3})", "date({year: 2015, hour: 3})",
        "localdatetime({year: 2015, timezone: '+01:00'})", "duration({decades: 1})"}) {
    INFO(bad);
    CHECK_THROWS_AS(TckLiteral::Eval(bad), QueryError);
  }
  CHECK_THROWS_AS(TckLiteral::Eval("date(1)"), QueryError);
  CHECK_THROWS_AS(TckLiteral::Eval("date({year: '2015'})"), QueryError);
}

TEST_CASE("duration strings", "[temporal]") {
  CHECK(EvalToString("duration('-P1Y2M')") == "P-1Y-2M");
  CHECK(EvalToString("duration('P0.5Y')") == "P6M");
  CHECK(EvalToString("duration('PT1.5H')") == "PT1H30M");
  CHECK(EvalToString("duration('PT-1.5S')") == "PT-1.5S");
  CHECK(EvalToString("duration('P1W')") == "P7D");
  CHECK(EvalToString("duration('P2012-02-02T14:37:21.545')") == "P2012Y2M2DT14H37M21.545S");
}

TEST_CASE("years beyond four digits and offsets with seconds", "[temporal]") {
  CHECK(EvalToString("date('+10000-01-01')") == "+10000-01-01");
  CHECK(EvalToString("date({year: -1, month: 12, day: 31})") == "-0001-12-31");
  CHECK(EvalToString("time({hour: 12, timezone: '-02:05:07'})") == "12:00-02:05:07");
}

}  // namespace
}  // namespace stargraph::query
