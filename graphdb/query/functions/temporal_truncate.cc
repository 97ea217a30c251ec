// date.truncate, localtime.truncate, time.truncate, localdatetime.truncate, datetime.truncate:
// the date part cut to the first day of its millennium ... week, or the time of day cut to the
// hour ... microsecond, as Neo4j's TemporalValue truncation does; then the optional fields.
#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_construct.h"

namespace stargraph::query {
namespace {

// Date-based units map to a function of the epoch day; time-based ones to a nanosecond step.
struct TruncationUnit {
  const char* name;
  int64_t (*truncate_days)(int64_t days);  // null for time-based units
  int64_t step_nanos;                      // 0 for date-based units
};

int64_t FirstOfYearMultiple(int64_t days, int64_t years) {
  const int64_t year = CivilFromDays(days).year;
  return DaysFromCivil(FloorDiv(year, years) * years, 1, 1);
}

constexpr TruncationUnit kTruncationUnits[] = {
    {"millennium", [](int64_t d) { return FirstOfYearMultiple(d, 1000); }, 0},
    {"century", [](int64_t d) { return FirstOfYearMultiple(d, 100); }, 0},
    {"decade", [](int64_t d) { return FirstOfYearMultiple(d, 10); }, 0},
    {"year", [](int64_t d) { return FirstOfYearMultiple(d, 1); }, 0},
    {"weekYear", [](int64_t d) { return WeekOneMonday(WeekDateFromDays(d).week_year); }, 0},
    {"quarter",
     [](int64_t d) {
       const CivilDate c = CivilFromDays(d);
       return DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
     },
     0},
    {"month",
     [](int64_t d) {
       const CivilDate c = CivilFromDays(d);
       return DaysFromCivil(c.year, c.month, 1);
     },
     0},
    {"week", [](int64_t d) { return d - (DayOfWeek(d) - 1); }, 0},
    {"day", [](int64_t d) { return d; }, 0},
    {"hour", nullptr, 3600 * kNanosPerSecond},
    {"minute", nullptr, 60 * kNanosPerSecond},
    {"second", nullptr, kNanosPerSecond},
    {"millisecond", nullptr, 1'000'000},
    {"microsecond", nullptr, 1'000},
};

const TruncationUnit& FindUnit(std::string_view name) {
  for (const TruncationUnit& unit : kTruncationUnits) {
    if (name == unit.name) return unit;
  }
  ThrowTemporalValue("unknown truncation unit '" + std::string(name) + "'");
}

bool TypeHasDate(TemporalType t) {
  return t == TemporalType::kDate || t == TemporalType::kLocalDateTime ||
         t == TemporalType::kDateTime;
}

// Cuts the parts down to `unit`; a date-based unit also resets the time of day.
TemporalParts Truncate(TemporalType type, const TruncationUnit& unit, TemporalParts p) {
  const bool date_based = unit.truncate_days != nullptr;
  if (TypeHasDate(type)) {
    if (!p.days) ThrowTemporalValue("cannot truncate a value without a date to a date");
    if (!date_based && !p.nanos_of_day) {
      ThrowTemporalValue(std::string("cannot truncate a date with the unit ") + unit.name);
    }
    if (date_based) p.days = unit.truncate_days(*p.days);
  } else {
    if (!p.nanos_of_day) ThrowTemporalValue("cannot truncate a value without a time to a time");
    if (date_based && std::string_view(unit.name) != "day") {
      ThrowTemporalValue(std::string("cannot truncate a time to the unit ") + unit.name);
    }
  }
  const int64_t nanos = p.nanos_of_day.value_or(0);
  p.nanos_of_day = date_based ? 0 : nanos - nanos % unit.step_nanos;
  return p;
}

// Truncating to milli/microseconds while the fields give smaller units combines both.
ValueMap MergeSubseconds(const TruncationUnit& unit, int64_t nanos_of_day, ValueMap fields) {
  const int64_t nanos = nanos_of_day % kNanosPerSecond;
  const bool has_micro = fields.count("microsecond") != 0;
  const bool has_nano = fields.count("nanosecond") != 0;
  if (unit.step_nanos == 1'000'000 && (has_micro || has_nano)) {
    fields["millisecond"] = Value(nanos / 1'000'000);
  } else if (unit.step_nanos == 1'000 && has_nano) {
    fields["microsecond"] = Value(nanos / 1'000);
  }
  return fields;
}

// The truncated value of `type`, presented in `zone`.
Value Present(TemporalType type, const TemporalParts& p, const ZoneSpec& zone,
              const DateTime& now) {
  const int64_t days = p.days.value_or(0);
  const int64_t nanos = *p.nanos_of_day;
  switch (type) {
    case TemporalType::kDate:
      return Value(Date{days});
    case TemporalType::kLocalTime:
      return Value(LocalTime{nanos});
    case TemporalType::kLocalDateTime:
      return Value(JoinLocal(days, nanos));
    case TemporalType::kTime:
      return Value(Time{nanos, zone.name ? OffsetAt(zone, now.seconds) : zone.offset_seconds});
    case TemporalType::kDateTime: {
      const LocalDateTime local = JoinLocal(days, nanos);
      return Value(ZonedFromLocal(zone, local.seconds, local.nanos));
    }
  }
  return Value();
}

const char* SelectionKey(TemporalType type) {
  switch (type) {
    case TemporalType::kDate:
      return "date";
    case TemporalType::kLocalTime:
    case TemporalType::kTime:
      return "time";
    default:
      return "datetime";
  }
}

}  // namespace

Value TruncateTemporal(TemporalType type, std::string_view unit_name, const Value& input,
                       const ValueMap& fields, const DateTime& now) {
  const TruncationUnit& unit = FindUnit(unit_name);
  const TemporalParts parts = Truncate(type, unit, PartsOf(input));
  ZoneSpec zone = parts.zone.value_or(ZoneSpec{});
  if (type == TemporalType::kTime) zone.name = nullptr;  // a time keeps the offset it had
  ValueMap rest = MergeSubseconds(unit, *parts.nanos_of_day, fields);
  auto tz = rest.find("timezone");
  if (tz != rest.end()) {
    if (tz->second.kind() != ValueKind::kString) ThrowTemporalType("timezone must be a string");
    zone = ParseZone(tz->second.as_string());
    rest.erase(tz);
  }
  const Value truncated = Present(type, parts, zone, now);
  if (rest.empty()) return truncated;
  rest[SelectionKey(type)] = truncated;
  return BuildTemporal(type, rest, now);
}

}  // namespace stargraph::query
