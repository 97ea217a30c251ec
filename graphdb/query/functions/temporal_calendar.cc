#include "query/functions/temporal_calendar.h"

#include <cmath>

#include "query/query_error.h"

namespace stargraph::query {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

bool IsLeapYear(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int DayOfWeek(int64_t days) { return static_cast<int>(FloorMod(days + 3, 7)) + 1; }

int64_t WeekOneMonday(int64_t week_year) {
  const int64_t jan4 = DaysFromCivil(week_year, 1, 4);
  return jan4 - (DayOfWeek(jan4) - 1);
}

WeekDate WeekDateFromDays(int64_t days) {
  int64_t year = CivilFromDays(days).year;
  if (days >= WeekOneMonday(year + 1)) {
    ++year;
  } else if (days < WeekOneMonday(year)) {
    --year;
  }
  const int week = static_cast<int>((days - WeekOneMonday(year)) / 7) + 1;
  return {year, week, DayOfWeek(days)};
}

int WeeksInWeekYear(int64_t week_year) {
  return static_cast<int>((WeekOneMonday(week_year + 1) - WeekOneMonday(week_year)) / 7);
}

int64_t PlusMonths(int64_t days, int64_t months) {
  const CivilDate c = CivilFromDays(days);
  const int64_t month_index = c.year * 12 + (c.month - 1) + months;
  const int64_t year = FloorDiv(month_index, 12);
  const int month = static_cast<int>(FloorMod(month_index, 12)) + 1;
  const int day = std::min(c.day, DaysInMonth(year, month));
  return DaysFromCivil(year, month, day);
}

LocalParts SplitLocal(int64_t seconds, int32_t nanos) {
  const int64_t days = FloorDiv(seconds, kSecondsPerDay);
  return {days, (seconds - days * kSecondsPerDay) * kNanosPerSecond + nanos};
}

LocalDateTime JoinLocal(int64_t days, int64_t nanos_of_day) {
  return {days * kSecondsPerDay + nanos_of_day / kNanosPerSecond,
          static_cast<int32_t>(nanos_of_day % kNanosPerSecond)};
}

Duration MakeDuration(int64_t months, int64_t days, int64_t seconds, int64_t nanos) {
  const int64_t carry = FloorDiv(nanos, kNanosPerSecond);
  return {months, days, seconds + carry, static_cast<int32_t>(nanos - carry * kNanosPerSecond)};
}

namespace {

int64_t SafeDoubleToLong(double d) {
  if (!(d >= -9.2e18 && d <= 9.2e18)) {
    throw QueryError(ErrorKind::kArgumentError, "NumberOutOfRange", "duration out of range");
  }
  return static_cast<int64_t>(d);
}

}  // namespace

Duration ApproximateDuration(double months, double days, double seconds, double nanos) {
  constexpr int64_t kAvgNanosPerMonth = 2'629'746'000'000'000;
  const int64_t whole_months = SafeDoubleToLong(months);
  const double month_rest =
      double(kAvgNanosPerMonth) * months - double(kAvgNanosPerMonth) * double(whole_months);
  days += month_rest / double(kNanosPerDay);
  const int64_t whole_days = SafeDoubleToLong(days);
  const double day_rest = double(kNanosPerDay) * days - double(kNanosPerDay) * double(whole_days);
  seconds += day_rest / double(kNanosPerSecond);
  const int64_t whole_seconds = SafeDoubleToLong(seconds);
  nanos += double(kNanosPerSecond) * seconds - double(kNanosPerSecond) * double(whole_seconds);
  return MakeDuration(whole_months, whole_days, whole_seconds, SafeDoubleToLong(nanos));
}

}  // namespace stargraph::query
