// Temporal values from maps: {year, month, day}, {year, week, dayOfWeek}, {year, ordinalDay},
// {year, quarter, dayOfQuarter}, {hour, ..., nanosecond}, {timezone}, {epochSeconds|epochMillis},
// and selection from other values ({date: d, time: t, datetime: dt}) with field overrides.
#include "query/functions/temporal_construct.h"

#include <map>

#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_zones.h"

namespace stargraph::query {
namespace {

bool HasDate(TemporalType t) {
  return t == TemporalType::kDate || t == TemporalType::kLocalDateTime ||
         t == TemporalType::kDateTime;
}
bool HasTime(TemporalType t) { return t != TemporalType::kDate; }
bool HasZone(TemporalType t) { return t == TemporalType::kTime || t == TemporalType::kDateTime; }

constexpr const char* kDateKeys[] = {"year",      "month",      "day",     "week",
                                     "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"};
constexpr const char* kTimeKeys[] = {"hour",        "minute",      "second",
                                     "millisecond", "microsecond", "nanosecond"};

using Parts = TemporalParts;

// The integer fields of the map, the selected parts and the requested zone.
struct Fields {
  std::map<std::string, int64_t> ints;
  Parts base;
  std::optional<ZoneSpec> timezone;

  bool Has(const char* key) const { return ints.count(key) != 0; }
  std::optional<int64_t> Get(const char* key) const {
    auto it = ints.find(key);
    return it == ints.end() ? std::nullopt : std::optional<int64_t>(it->second);
  }
};

void Require(bool ok, const std::string& message) {
  if (!ok) ThrowTemporalValue(message);
}

bool IsKeyOf(const std::string& key, const char* const* keys, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (key == keys[i]) return true;
  }
  return false;
}

// Applies a {date:}, {time:} or {datetime:} selection to `base`.
void Select(const std::string& key, const Value& v, TemporalType type, Parts& base) {
  const Parts p = PartsOf(v);
  const bool wants_date = key != "time";
  const bool wants_time = key != "date";
  Require(HasDate(type) || !wants_date, "cannot select '" + key + "' for a time value");
  Require(HasTime(type) || !wants_time, "cannot select '" + key + "' for a date value");
  if (wants_date) {
    Require(p.days.has_value(), "'" + key + "' must hold a date");
    base.days = p.days;
  }
  if (wants_time) {
    Require(p.nanos_of_day.has_value(), "'" + key + "' must hold a time");
    base.nanos_of_day = p.nanos_of_day;
    base.zone = p.zone;
    if (type == TemporalType::kTime && base.zone) base.zone->name = nullptr;
  } else if (key == "date" && !base.zone) {
    base.zone = p.zone;
  }
}

void ReadEntry(const std::string& key, const Value& v, TemporalType type, Fields& out) {
  if (key == "timezone") {
    Require(HasZone(type), "a local temporal value has no timezone");
    if (v.kind() != ValueKind::kString) ThrowTemporalType("timezone must be a string");
    out.timezone = ParseZone(v.as_string());
  } else if (key == "date" || key == "time" || key == "datetime") {
    Select(key, v, type, out.base);
  } else if (IsKeyOf(key, kDateKeys, 8) || IsKeyOf(key, kTimeKeys, 6) || key == "epochSeconds" ||
             key == "epochMillis") {
    if (v.kind() != ValueKind::kInt) ThrowTemporalType("'" + key + "' must be an integer");
    out.ints[key] = v.as_int();
  } else {
    ThrowTemporalValue("unknown temporal field '" + key + "'");
  }
  const bool date_key = IsKeyOf(key, kDateKeys, 8);
  Require(!date_key || HasDate(type), "'" + key + "' is not a field of a time value");
  Require(!IsKeyOf(key, kTimeKeys, 6) || HasTime(type), "'" + key + "' is not a field of a date");
}

Fields ReadFields(const ValueMap& map, TemporalType type) {
  Fields out;
  // Selections first, so that the order of keys does not matter.
  for (const char* key : {"datetime", "date", "time"}) {
    auto it = map.find(key);
    if (it != map.end() && !it->second.is_null()) ReadEntry(key, it->second, type, out);
  }
  for (const auto& [key, value] : map) {
    if (key != "datetime" && key != "date" && key != "time" && !value.is_null()) {
      ReadEntry(key, value, type, out);
    }
  }
  return out;
}

int64_t WeekBasedDays(const Fields& f, const std::optional<WeekDate>& base) {
  Require(f.Has("year") || base.has_value(), "a week date needs a year");
  Require(f.Has("week") || base.has_value(), "dayOfWeek needs a week");
  const int64_t year = f.Get("year").value_or(base ? base->week_year : 0);
  const int64_t week = f.Get("week").value_or(base ? base->week : 1);
  const int64_t dow = f.Get("dayOfWeek").value_or(base ? base->day_of_week : 1);
  Require(week >= 1 && week <= WeeksInWeekYear(year), "week out of range");
  Require(dow >= 1 && dow <= 7, "dayOfWeek out of range");
  return WeekOneMonday(year) + (week - 1) * 7 + (dow - 1);
}

int64_t QuarterBasedDays(const Fields& f, int64_t year, const std::optional<int64_t>& base) {
  int64_t quarter = 1, day_of_quarter = 1;
  if (base) {
    const CivilDate c = CivilFromDays(*base);
    quarter = (c.month - 1) / 3 + 1;
    day_of_quarter = *base - DaysFromCivil(c.year, int(quarter - 1) * 3 + 1, 1) + 1;
  }
  Require(f.Has("quarter") || base.has_value(), "dayOfQuarter needs a quarter");
  quarter = f.Get("quarter").value_or(quarter);
  day_of_quarter = f.Get("dayOfQuarter").value_or(day_of_quarter);
  Require(quarter >= 1 && quarter <= 4, "quarter out of range");
  const int64_t start = DaysFromCivil(year, int(quarter - 1) * 3 + 1, 1);
  const int64_t length = DaysFromCivil(year + quarter / 4, int(quarter % 4) * 3 + 1, 1) - start;
  Require(day_of_quarter >= 1 && day_of_quarter <= length, "dayOfQuarter out of range");
  return start + day_of_quarter - 1;
}

int64_t CalendarDays(const Fields& f, int64_t year, const std::optional<int64_t>& base) {
  Require(!f.Has("day") || f.Has("month") || base.has_value(), "day needs a month");
  const CivilDate c = base ? CivilFromDays(*base) : CivilDate{year, 1, 1};
  const int64_t month = f.Get("month").value_or(c.month);
  Require(month >= 1 && month <= 12, "month out of range");
  const int max_day = DaysInMonth(year, int(month));
  const int64_t day = f.Get("day").value_or(std::min(c.day, max_day));
  Require(day >= 1 && day <= max_day, "day out of range");
  return DaysFromCivil(year, int(month), int(day));
}

int64_t BuildDays(const Fields& f, const std::optional<int64_t>& base) {
  const int groups = (f.Has("week") || f.Has("dayOfWeek")) + f.Has("ordinalDay") +
                     (f.Has("quarter") || f.Has("dayOfQuarter")) + (f.Has("month") || f.Has("day"));
  Require(groups <= 1, "conflicting date fields");
  if (f.Has("week") || f.Has("dayOfWeek")) {
    return WeekBasedDays(f, base ? std::optional<WeekDate>(WeekDateFromDays(*base)) : std::nullopt);
  }
  Require(f.Has("year") || base.has_value(), "a date needs a year");
  const int64_t year = f.Get("year").value_or(base ? CivilFromDays(*base).year : 0);
  if (f.Has("ordinalDay")) {
    const int64_t ordinal = *f.Get("ordinalDay");
    Require(ordinal >= 1 && ordinal <= (IsLeapYear(year) ? 366 : 365), "ordinalDay out of range");
    return DaysFromCivil(year, 1, 1) + ordinal - 1;
  }
  if (f.Has("quarter") || f.Has("dayOfQuarter")) return QuarterBasedDays(f, year, base);
  return CalendarDays(f, year, base);
}

int64_t SubsecondNanos(const Fields& f, int64_t base_nanos) {
  const auto ms = f.Get("millisecond");
  const auto us = f.Get("microsecond");
  const auto ns = f.Get("nanosecond");
  if (!ms && !us && !ns) return base_nanos;
  Require(ms.value_or(0) >= 0 && ms.value_or(0) <= 999, "millisecond out of range");
  Require(us.value_or(0) >= 0 && us.value_or(0) <= (ms ? 999 : 999'999),
          "microsecond out of range");
  Require(ns.value_or(0) >= 0 && ns.value_or(0) <= (ms || us ? 999 : 999'999'999),
          "nanosecond out of range");
  return ms.value_or(0) * 1'000'000 + us.value_or(0) * 1'000 + ns.value_or(0);
}

int64_t BuildNanosOfDay(const Fields& f, const std::optional<int64_t>& base, bool required) {
  const bool any_sub = f.Has("millisecond") || f.Has("microsecond") || f.Has("nanosecond");
  if (!base) {
    Require(f.Has("hour") || !required, "a time needs an hour");
    Require(f.Has("hour") || !f.Has("minute"), "minute needs an hour");
    Require(f.Has("minute") || !f.Has("second"), "second needs a minute");
    Require(f.Has("second") || !any_sub, "fractions of a second need a second");
  }
  const int64_t b = base.value_or(0);
  const int64_t hour = f.Get("hour").value_or(b / kNanosPerSecond / 3600);
  const int64_t minute = f.Get("minute").value_or(b / kNanosPerSecond / 60 % 60);
  const int64_t second = f.Get("second").value_or(b / kNanosPerSecond % 60);
  Require(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59,
          "time field out of range");
  const int64_t nanos = SubsecondNanos(f, b % kNanosPerSecond);
  return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + nanos;
}

// Presents the selected parts in the requested timezone, keeping the instant.
void ConvertZone(Parts& base, const ZoneSpec& target, const DateTime& now) {
  if (!base.zone || !base.nanos_of_day) return;
  if (base.days) {
    const LocalDateTime local = JoinLocal(*base.days, *base.nanos_of_day);
    const DateTime moved =
        ZonedFromInstant(target, local.seconds - base.zone->offset_seconds, local.nanos);
    const LocalParts p = SplitLocal(LocalSeconds(moved), moved.nanos);
    base.days = p.days;
    base.nanos_of_day = p.nanos_of_day;
  } else {
    const int64_t shift = OffsetAt(target, now.seconds) - base.zone->offset_seconds;
    base.nanos_of_day = FloorMod(*base.nanos_of_day + shift * kNanosPerSecond, kNanosPerDay);
  }
  base.zone = target;
}

Value FromEpoch(const Fields& f, TemporalType type) {
  Require(type == TemporalType::kDateTime, "epochSeconds/epochMillis need a datetime");
  int64_t seconds = f.Get("epochSeconds").value_or(0);
  int64_t nanos = SubsecondNanos(f, 0);
  if (auto millis = f.Get("epochMillis")) {
    seconds += FloorDiv(*millis, 1000);
    nanos += FloorMod(*millis, 1000) * 1'000'000;
  }
  return Value(ZonedFromInstant(f.timezone.value_or(ZoneSpec{}), seconds + nanos / kNanosPerSecond,
                                static_cast<int32_t>(nanos % kNanosPerSecond)));
}

Value Assemble(TemporalType type, int64_t days, int64_t nanos, const Parts& base,
               const ZoneSpec& zone, const DateTime& now) {
  const LocalDateTime local = JoinLocal(days, nanos);
  switch (type) {
    case TemporalType::kDate:
      return Value(Date{days});
    case TemporalType::kLocalTime:
      return Value(LocalTime{nanos});
    case TemporalType::kLocalDateTime:
      return Value(local);
    case TemporalType::kTime:
      return Value(Time{nanos, zone.name ? OffsetAt(zone, now.seconds) : zone.offset_seconds});
    case TemporalType::kDateTime: {
      std::optional<int32_t> preferred;
      if (base.zone) preferred = base.zone->offset_seconds;
      return Value(ZonedFromLocal(zone, local.seconds, local.nanos, preferred));
    }
  }
  return Value();
}

}  // namespace

TemporalParts PartsOf(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kDate:
      return {v.as_date().days, std::nullopt, std::nullopt};
    case ValueKind::kLocalTime:
      return {std::nullopt, v.as_local_time().nanos, std::nullopt};
    case ValueKind::kTime:
      return {std::nullopt, v.as_time().nanos, ZoneSpec{v.as_time().offset_seconds, nullptr}};
    case ValueKind::kLocalDateTime: {
      const LocalParts p = SplitLocal(v.as_local_datetime().seconds, v.as_local_datetime().nanos);
      return {p.days, p.nanos_of_day, std::nullopt};
    }
    case ValueKind::kDateTime: {
      const DateTime& dt = v.as_datetime();
      const LocalParts p = SplitLocal(LocalSeconds(dt), dt.nanos);
      return {p.days, p.nanos_of_day, ZoneOf(dt)};
    }
    default:
      ThrowTemporalType(std::string("cannot select a temporal value from a ") +
                        ValueKindName(v.kind()));
  }
}

Value NowAs(TemporalType type, const DateTime& now) {
  const LocalParts p = SplitLocal(LocalSeconds(now), now.nanos);
  switch (type) {
    case TemporalType::kDate:
      return Value(Date{p.days});
    case TemporalType::kLocalTime:
      return Value(LocalTime{p.nanos_of_day});
    case TemporalType::kTime:
      return Value(Time{p.nanos_of_day, now.offset_seconds});
    case TemporalType::kLocalDateTime:
      return Value(JoinLocal(p.days, p.nanos_of_day));
    case TemporalType::kDateTime:
      return Value(now);
  }
  return Value();
}

Value BuildTemporal(TemporalType type, const ValueMap& map, const DateTime& now) {
  Fields f = ReadFields(map, type);
  if (f.Has("epochSeconds") || f.Has("epochMillis")) return FromEpoch(f, type);
  if (f.ints.empty() && !f.base.days && !f.base.nanos_of_day) {
    const ZoneSpec zone = f.timezone.value_or(ZoneOf(now));
    return NowAs(type, ZonedFromInstant(zone, now.seconds, now.nanos));
  }
  if (f.timezone) ConvertZone(f.base, *f.timezone, now);
  const int64_t days = HasDate(type) ? BuildDays(f, f.base.days) : 0;
  const int64_t nanos = HasTime(type) ? BuildNanosOfDay(f, f.base.nanos_of_day, !HasDate(type)) : 0;
  const ZoneSpec zone = f.timezone ? *f.timezone : f.base.zone.value_or(ZoneSpec{});
  return Assemble(type, days, nanos, f.base, zone, now);
}

Value ConvertTemporal(TemporalType type, const Value& source) {
  const Parts p = PartsOf(source);
  const char* key = "time";
  if (!HasTime(type)) {
    key = "date";
  } else if (HasDate(type)) {
    key = p.nanos_of_day ? "datetime" : "date";
  }
  return BuildTemporal(type, ValueMap{{key, source}}, DateTime{});
}

}  // namespace stargraph::query
