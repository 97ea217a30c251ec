// Calendar and duration arithmetic shared by the temporal functions: ISO week dates, quarters,
// month arithmetic that clamps the day like java.time, and normalized durations.
#pragma once

#include <cstdint>

#include "common/temporal.h"
#include "common/temporal_format.h"

namespace stargraph::query {

int64_t FloorDiv(int64_t a, int64_t b);
int64_t FloorMod(int64_t a, int64_t b);

bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);
// 1 = Monday ... 7 = Sunday, for an epoch day.
int DayOfWeek(int64_t days);

// The ISO week-based year, week (1..53) and day of week of an epoch day.
struct WeekDate {
  int64_t week_year;
  int week;
  int day_of_week;
};
WeekDate WeekDateFromDays(int64_t days);
// Epoch day of the Monday of week 1 of `week_year`.
int64_t WeekOneMonday(int64_t week_year);
int WeeksInWeekYear(int64_t week_year);

// Adds months to an epoch day; a day past the end of the target month becomes its last day.
int64_t PlusMonths(int64_t days, int64_t months);

// A local date-time split into an epoch day and nanoseconds of that day.
struct LocalParts {
  int64_t days;
  int64_t nanos_of_day;
};
LocalParts SplitLocal(int64_t seconds, int32_t nanos);
LocalDateTime JoinLocal(int64_t days, int64_t nanos_of_day);

// A duration with nanos folded into [0, 1e9) and the carry moved into seconds.
Duration MakeDuration(int64_t months, int64_t days, int64_t seconds, int64_t nanos);
// Builds a duration from fractional components; fractions cascade to the smaller units (a month
// is 30.436875 days, a day 86400 seconds), the same double arithmetic as Neo4j's approximate().
Duration ApproximateDuration(double months, double days, double seconds, double nanos);

}  // namespace stargraph::query
