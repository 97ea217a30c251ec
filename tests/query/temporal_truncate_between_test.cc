// Truncation (TCK Temporal9 style) and durations between values (Temporal10 style).
#include <catch2/catch.hpp>

#include "query/query_error.h"
#include "temporal_test_util.h"

namespace stargraph::query {
namespace {

const char* kDateTime =
    "datetime({year: 2017, month: 10, day: 11, hour: 12, minute: 31, second: 14, "
    "nanosecond: 645876123, timezone: '+01:00'})";

std::string TruncateDateTime(const std::string& unit, const std::string& fields) {
  return EvalToString("datetime.truncate('" + unit + "', " + kDateTime + ", " + fields + ")");
}

TEST_CASE("datetime.truncate with and without fields", "[temporal]") {
  CHECK(TruncateDateTime("millennium", "{}") == "2000-01-01T00:00+01:00");
  CHECK(TruncateDateTime("millennium", "{timezone: 'Europe/Stockholm'}") ==
        "2000-01-01T00:00+01:00[Europe/Stockholm]");
  CHECK(TruncateDateTime("century", "{}") == "2000-01-01T00:00+01:00");
  CHECK(TruncateDateTime("decade", "{day: 2}") == "2010-01-02T00:00+01:00");
  CHECK(TruncateDateTime("year", "{day: 2}") == "2017-01-02T00:00+01:00");
  CHECK(TruncateDateTime("weekYear", "{day: 5}") == "2017-01-05T00:00+01:00");
  CHECK(TruncateDateTime("quarter", "{day: 2}") == "2017-10-02T00:00+01:00");
  CHECK(TruncateDateTime("month", "{day: 2}") == "2017-10-02T00:00+01:00");
  CHECK(TruncateDateTime("week", "{dayOfWeek: 2}") == "2017-10-10T00:00+01:00");
  CHECK(TruncateDateTime("day", "{nanosecond: 2}") == "2017-10-11T00:00:00.000000002+01:00");
  CHECK(TruncateDateTime("hour", "{}") == "2017-10-11T12:00+01:00");
  CHECK(TruncateDateTime("minute", "{nanosecond: 2}") == "2017-10-11T12:31:00.000000002+01:00");
  CHECK(TruncateDateTime("second", "{}") == "2017-10-11T12:31:14+01:00");
  CHECK(TruncateDateTime("millisecond", "{nanosecond: 2}") ==
        "2017-10-11T12:31:14.645000002+01:00");
  CHECK(TruncateDateTime("microsecond", "{nanosecond: 2}") ==
        "2017-10-11T12:31:14.645876002+01:00");
}

TEST_CASE("truncating dates, times and local values", "[temporal]") {
  CHECK(EvalToString("date.truncate('weekYear', date('2017-01-01'))") == "2016-01-04");
  CHECK(EvalToString("date.truncate('week', localdatetime('2017-10-11T12:00'))") == "2017-10-09");
  CHECK(EvalToString("date.truncate('quarter', date('2017-11-11'), {day: 3})") == "2017-10-03");
  CHECK(EvalToString("date.truncate('century', date('-0051-03-04'))") == "-0100-01-01");
  CHECK(EvalToString("localtime.truncate('hour', localtime('12:31:14'))") == "12:00");
  CHECK(EvalToString("time.truncate('minute', time('12:31:14.5+02:00'))") == "12:31+02:00");
  CHECK(EvalToString("time.truncate('day', datetime('2017-10-11T12:31-01:00'))") == "00:00-01:00");
  CHECK(EvalToString("localdatetime.truncate('month', datetime('2017-10-11T12:31-01:00'))") ==
        "2017-10-01T00:00");
  CHECK(EvalToString("datetime.truncate('day', datetime('2017-03-26T12:00[Europe/Stockholm]'))") ==
        "2017-03-26T00:00+01:00[Europe/Stockholm]");
  CHECK(EvalToString("datetime.truncate('year', date('2017-10-11'))") == "2017-01-01T00:00Z");
  CHECK_THROWS_AS(EvalToString("date.truncate('hour', date('2017-10-11'))"), QueryError);
  CHECK_THROWS_AS(EvalToString("localtime.truncate('month', localtime('12:00'))"), QueryError);
  CHECK_THROWS_AS(EvalToString("date.truncate('fortnight', date('2017-10-11'))"), QueryError);
  CHECK(CallTemporal("date.truncate", {Value("day"), Value()}).is_null());
}

TEST_CASE("duration.between", "[temporal]") {
  CHECK(EvalToString("duration.between(date('1984-10-11'), date('2015-06-24'))") == "P30Y8M13D");
  CHECK(EvalToString("duration.between(date('1984-10-11'), "
                     "localdatetime('2016-07-21T21:45:22.142'))") == "P31Y9M10DT21H45M22.142S");
  CHECK(EvalToString("duration.between(date('2015-06-24'), localtime('14:30'))") == "PT14H30M");
  CHECK(EvalToString("duration.between(localtime('14:30'), localtime('16:30:40'))") == "PT2H40S");
  // The local side takes the zone of the other.
  CHECK(EvalToString("duration.between(localtime('14:30'), time('16:30+0100'))") == "PT2H");
  CHECK(EvalToString("duration.between(localdatetime('2015-07-21T21:40:32.142'), "
                     "localdatetime('2016-07-21T21:45:22.142'))") == "P1YT4M50S");
  CHECK(EvalToString("duration.between(datetime('2015-07-21T21:40:32.142+0100'), "
                     "localtime('16:30'))") == "PT-5H-10M-32.142S");
  CHECK(EvalToString("duration.between(datetime('2015-07-21T21:40:32.142+0100'), "
                     "date('2015-06-24'))") == "P-27DT-21H-40M-32.142S");
  CHECK(EvalToString("duration.between(datetime('2015-07-21T21:40:32.142[Europe/Stockholm]'), "
                     "datetime('2016-07-21T21:45:22.142[Europe/Stockholm]'))") == "P1YT4M50S");
  CHECK(EvalToString("duration.between(date('2015-01-31'), date('2015-03-01'))") == "P1M1D");
  CHECK(CallTemporal("duration.between", {Value(), Value("x")}).is_null());
}

TEST_CASE("duration.inMonths, inDays, inSeconds", "[temporal]") {
  CHECK(EvalToString("duration.inMonths(date('1984-10-11'), date('2015-06-24'))") == "P30Y8M");
  CHECK(EvalToString("duration.inDays(date('1984-10-11'), date('1984-10-21'))") == "P10D");
  CHECK(EvalToString("duration.inDays(localdatetime('2015-07-21T21:40'), "
                     "localdatetime('2015-07-23T21:39'))") == "P1D");
  CHECK(EvalToString("duration.inSeconds(date('1984-10-11'), date('1984-10-12'))") == "PT24H");
  CHECK(EvalToString("duration.inSeconds(localtime('14:30'), localtime('12:00:00.5'))") ==
        "PT-2H-29M-59.5S");
  CHECK(EvalToString("duration.inSeconds(datetime('2017-03-25T12:00[Europe/Stockholm]'), "
                     "datetime('2017-03-26T12:00[Europe/Stockholm]'))") == "PT23H");
  CHECK(EvalToString("duration.inMonths(localtime('14:30'), localtime('16:30'))") == "PT0S");
}

}  // namespace
}  // namespace stargraph::query
