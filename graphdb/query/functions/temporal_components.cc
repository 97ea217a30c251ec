// `value.key` for temporal values (TemporalComponent in temporal_values.h).
#include <string>

#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_values.h"
#include "query/functions/temporal_zones.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

std::optional<Value> DateComponent(int64_t days, std::string_view key) {
  const CivilDate c = CivilFromDays(days);
  if (key == "year") return Value(c.year);
  if (key == "month") return Value(c.month);
  if (key == "day") return Value(c.day);
  if (key == "quarter") return Value((c.month - 1) / 3 + 1);
  const int64_t quarter_start = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
  if (key == "dayOfQuarter") return Value(days - quarter_start + 1);
  if (key == "ordinalDay") return Value(days - DaysFromCivil(c.year, 1, 1) + 1);
  const WeekDate w = WeekDateFromDays(days);
  if (key == "week") return Value(w.week);
  if (key == "weekYear") return Value(w.week_year);
  if (key == "dayOfWeek" || key == "weekDay") return Value(w.day_of_week);
  return std::nullopt;
}

std::optional<Value> TimeComponent(int64_t nanos_of_day, std::string_view key) {
  const int64_t nanos = nanos_of_day % kNanosPerSecond;
  const int64_t seconds = nanos_of_day / kNanosPerSecond;
  if (key == "hour") return Value(seconds / 3600);
  if (key == "minute") return Value(seconds / 60 % 60);
  if (key == "second") return Value(seconds % 60);
  if (key == "millisecond") return Value(nanos / 1'000'000);
  if (key == "microsecond") return Value(nanos / 1'000);
  if (key == "nanosecond") return Value(nanos);
  return std::nullopt;
}

std::string OffsetText(int32_t offset_seconds) {
  // FormatTime prints the time of day followed by the offset; keep only the offset.
  const std::string text = FormatTime(Time{0, offset_seconds});
  return text.substr(5);
}

std::optional<Value> OffsetComponent(int32_t offset, const std::string* zone,
                                     std::string_view key) {
  if (key == "timezone") return Value(zone ? *zone : OffsetText(offset));
  if (key == "offset") return Value(OffsetText(offset));
  if (key == "offsetMinutes") return Value(offset / 60);
  if (key == "offsetSeconds") return Value(offset);
  return std::nullopt;
}

std::optional<Value> DateTimeComponent(const DateTime& t, std::string_view key) {
  const LocalParts local = SplitLocal(LocalSeconds(t), t.nanos);
  if (auto v = DateComponent(local.days, key)) return v;
  if (auto v = TimeComponent(local.nanos_of_day, key)) return v;
  if (auto v = OffsetComponent(t.offset_seconds, t.zone.get(), key)) return v;
  if (key == "epochSeconds") return Value(t.seconds);
  if (key == "epochMillis") return Value(t.seconds * 1000 + t.nanos / 1'000'000);
  return std::nullopt;
}

std::optional<Value> DurationComponent(const Duration& d, std::string_view key) {
  if (key == "years") return Value(d.months / 12);
  if (key == "quarters") return Value(d.months / 3);
  if (key == "months") return Value(d.months);
  if (key == "weeks") return Value(d.days / 7);
  if (key == "days") return Value(d.days);
  if (key == "hours") return Value(d.seconds / 3600);
  if (key == "minutes") return Value(d.seconds / 60);
  if (key == "seconds") return Value(d.seconds);
  if (key == "milliseconds") return Value(d.seconds * 1000 + d.nanos / 1'000'000);
  if (key == "microseconds") return Value(d.seconds * 1'000'000 + d.nanos / 1'000);
  if (key == "nanoseconds") return Value(d.seconds * kNanosPerSecond + d.nanos);
  if (key == "quartersOfYear") return Value(d.months % 12 / 3);
  if (key == "monthsOfQuarter") return Value(d.months % 3);
  if (key == "monthsOfYear") return Value(d.months % 12);
  if (key == "daysOfWeek") return Value(d.days % 7);
  if (key == "minutesOfHour") return Value(d.seconds / 60 % 60);
  if (key == "secondsOfMinute") return Value(d.seconds % 60);
  if (key == "millisecondsOfSecond") return Value(int64_t{d.nanos} / 1'000'000);
  if (key == "microsecondsOfSecond") return Value(int64_t{d.nanos} / 1'000);
  if (key == "nanosecondsOfSecond") return Value(int64_t{d.nanos});
  return std::nullopt;
}

std::optional<Value> Lookup(const Value& value, std::string_view key) {
  switch (value.kind()) {
    case ValueKind::kDate:
      return DateComponent(value.as_date().days, key);
    case ValueKind::kLocalTime:
      return TimeComponent(value.as_local_time().nanos, key);
    case ValueKind::kTime: {
      if (auto v = TimeComponent(value.as_time().nanos, key)) return v;
      return OffsetComponent(value.as_time().offset_seconds, nullptr, key);
    }
    case ValueKind::kLocalDateTime: {
      const LocalDateTime& t = value.as_local_datetime();
      const LocalParts local = SplitLocal(t.seconds, t.nanos);
      if (auto v = DateComponent(local.days, key)) return v;
      return TimeComponent(local.nanos_of_day, key);
    }
    case ValueKind::kDateTime:
      return DateTimeComponent(value.as_datetime(), key);
    case ValueKind::kDuration:
      return DurationComponent(value.as_duration(), key);
    default:
      return std::nullopt;
  }
}

bool IsTemporal(ValueKind kind) { return kind >= ValueKind::kDate && kind <= ValueKind::kDuration; }

}  // namespace

std::optional<Value> TemporalComponent(const Value& value, std::string_view key) {
  if (!IsTemporal(value.kind())) return std::nullopt;
  if (auto v = Lookup(value, key)) return v;
  throw QueryError(
      ErrorKind::kArgumentError, "InvalidArgumentValue",
      std::string("no component '") + std::string(key) + "' on a " + ValueKindName(value.kind()));
}

}  // namespace stargraph::query
