#include "common/temporal_format.h"

#include <catch2/catch.hpp>

namespace stargraph {
namespace {

TEST_CASE("civil date conversions round-trip", "[temporal]") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(2025, 9, 10) == 20341);
  for (int64_t d = -800000; d < 800000; d += 997) {
    CivilDate c = CivilFromDays(d);
    REQUIRE(DaysFromCivil(c.year, c.month, c.day) == d);
  }
}

TEST_CASE("temporal values print as Cypher prints them", "[temporal]") {
  CHECK(FormatDate(Date{DaysFromCivil(2025, 9, 10)}) == "2025-09-10");
  CHECK(FormatLocalTime(LocalTime{(12 * 3600 + 31 * 60 + 14) * kNanosPerSecond + 645000000}) ==
        "12:31:14.645");
  CHECK(FormatLocalTime(LocalTime{12 * 3600 * kNanosPerSecond}) == "12:00");
  CHECK(FormatTime(Time{12 * 3600 * kNanosPerSecond, 3600}) == "12:00+01:00");
  CHECK(FormatDuration(Duration{14, 10, 12 * 3600, 0}) == "P1Y2M10DT12H");
  CHECK(FormatDuration(Duration{}) == "PT0S");
  CHECK(FormatDuration(Duration{0, 0, -1, 500000000}) == "PT-0.5S");
  DateTime dt{DaysFromCivil(2025, 9, 10) * kSecondsPerDay + 12 * 3600, 0, 0, nullptr};
  CHECK(FormatDateTime(dt) == "2025-09-10T12:00Z");
}

}  // namespace
}  // namespace stargraph
