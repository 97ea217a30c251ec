// duration.between / inMonths / inDays / inSeconds, as Neo4j's DurationValue.between over
// java.time: each side first gets the parts only the other has (a midnight time, the other's
// date, the other's zone), then months, days and nanoseconds are counted with until().
#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_construct.h"

namespace stargraph::query {
namespace {

// Gives `to` the time, date and zone that `from` has and `to` lacks.
void Attach(const TemporalParts& from, TemporalParts& to) {
  if (from.nanos_of_day && !to.nanos_of_day) to.nanos_of_day = 0;
  if (from.days && !to.days) to.days = from.days;
  if (from.zone && !to.zone) {
    ZoneSpec zone = *from.zone;
    if (zone.name && to.days) {
      const LocalDateTime local = JoinLocal(*to.days, *to.nanos_of_day);
      zone.offset_seconds = ZonedFromLocal(zone, local.seconds, local.nanos).offset_seconds;
    }
    to.zone = zone;
  }
}

// Seconds since the epoch (UTC when zoned, local otherwise) of parts with a date, and the
// nanoseconds within that second.
struct EpochTime {
  int64_t seconds;
  int64_t nanos;
};
EpochTime EpochOf(const TemporalParts& p) {
  const int64_t offset = p.zone ? p.zone->offset_seconds : 0;
  return {*p.days * kSecondsPerDay - offset + *p.nanos_of_day / kNanosPerSecond,
          *p.nanos_of_day % kNanosPerSecond};
}

// `p` moved by months and days on its local date, re-resolved in its zone.
TemporalParts PlusLocal(const TemporalParts& p, int64_t months, int64_t days) {
  TemporalParts out = p;
  out.days = PlusMonths(*p.days, months) + days;
  if (p.zone && p.zone->name) {
    const LocalDateTime local = JoinLocal(*out.days, *out.nanos_of_day);
    const DateTime dt = ZonedFromLocal(*p.zone, local.seconds, local.nanos, p.zone->offset_seconds);
    const LocalParts moved = SplitLocal(LocalSeconds(dt), dt.nanos);
    out.days = moved.days;
    out.nanos_of_day = moved.nanos_of_day;
    out.zone->offset_seconds = dt.offset_seconds;
  }
  return out;
}

// `to` presented in the zone of `from`, keeping its instant.
TemporalParts InZoneOf(const TemporalParts& from, const TemporalParts& to) {
  if (!from.zone) return to;
  const EpochTime instant = EpochOf(to);
  const int32_t offset = OffsetAt(*from.zone, instant.seconds);
  TemporalParts out = to;
  const LocalParts local =
      SplitLocal(instant.seconds + offset, static_cast<int32_t>(instant.nanos));
  out.days = local.days;
  out.nanos_of_day = local.nanos_of_day;
  out.zone = ZoneSpec{offset, from.zone->name};
  return out;
}

// java.time's LocalDateTime.until for MONTHS or DAYS: whole units, an incomplete last day not
// counted.
int64_t DateUnitsUntil(const TemporalParts& from, const TemporalParts& to, bool months) {
  int64_t end = *to.days;
  if (end > *from.days && *to.nanos_of_day < *from.nanos_of_day) --end;
  if (end<*from.days&& * to.nanos_of_day> * from.nanos_of_day) ++end;
  if (!months) return end - *from.days;
  const CivilDate a = CivilFromDays(*from.days);
  const CivilDate b = CivilFromDays(end);
  const int64_t packed_a = (a.year * 12 + a.month - 1) * 32 + a.day;
  const int64_t packed_b = (b.year * 12 + b.month - 1) * 32 + b.day;
  return (packed_b - packed_a) / 32;
}

// The exact time from `from` to `to` as a duration of seconds and nanoseconds.
Duration TimeUntil(const TemporalParts& from, const TemporalParts& to) {
  if (from.days) {
    const EpochTime a = EpochOf(from);
    const EpochTime b = EpochOf(to);
    return MakeDuration(0, 0, b.seconds - a.seconds, b.nanos - a.nanos);
  }
  const int64_t from_offset = from.zone ? from.zone->offset_seconds : 0;
  const int64_t to_offset = to.zone ? to.zone->offset_seconds : 0;
  return MakeDuration(0, 0, 0,
                      (*to.nanos_of_day - to_offset * kNanosPerSecond) -
                          (*from.nanos_of_day - from_offset * kNanosPerSecond));
}

}  // namespace

Duration DurationBetween(BetweenUnit unit, const Value& from_value, const Value& to_value) {
  TemporalParts from = PartsOf(from_value);
  TemporalParts to = PartsOf(to_value);
  if (unit == BetweenUnit::kSeconds) {
    if (!from.nanos_of_day) from.nanos_of_day = 0;
    if (!to.nanos_of_day) to.nanos_of_day = 0;
  }
  Attach(from, to);
  Attach(to, from);
  if (unit == BetweenUnit::kSeconds) return TimeUntil(from, to);
  if (!from.days) return unit == BetweenUnit::kAll ? TimeUntil(from, to) : Duration{};
  if (!from.nanos_of_day) from.nanos_of_day = to.nanos_of_day = 0;
  const TemporalParts target = InZoneOf(from, to);
  const int64_t months = unit == BetweenUnit::kDays ? 0 : DateUnitsUntil(from, target, true);
  if (unit == BetweenUnit::kMonths) return Duration{months, 0, 0, 0};
  const TemporalParts moved = PlusLocal(from, months, 0);
  const int64_t days = DateUnitsUntil(moved, InZoneOf(moved, to), false);
  if (unit == BetweenUnit::kDays) return Duration{0, days, 0, 0};
  const Duration rest = TimeUntil(PlusLocal(moved, 0, days), to);
  return Duration{months, days, rest.seconds, rest.nanos};
}

}  // namespace stargraph::query
