// Building temporal values from maps, strings, other temporal values and the clock.
// All functions throw QueryError: TypeError(InvalidArgumentType) for a wrongly typed argument,
// ArgumentError(InvalidArgumentValue) for an impossible value or an unparsable string.
#pragma once

#include <string>
#include <string_view>

#include "common/value.h"
#include "query/functions/temporal_zones.h"

namespace stargraph::query {

enum class TemporalType { kDate, kLocalTime, kTime, kLocalDateTime, kDateTime };

// The ISO 8601 text of `type` as Cypher accepts it (temporal_parse.cc).
Value ParseTemporal(TemporalType type, std::string_view text);
// P1Y2M10DT12H45M30.5S, fractional and negative components, P2012-02-02T14:37:21.545.
Duration ParseDuration(std::string_view text);

// `type`({year: ..., month: ..., timezone: ..., date: other, ...}); `now` fills a map holding
// only a timezone (temporal_construct.cc).
Value BuildTemporal(TemporalType type, const ValueMap& fields, const DateTime& now);
// `type`(other): the same as selecting everything from another temporal value.
Value ConvertTemporal(TemporalType type, const Value& source);
// The current instant presented as `type`, in `now`'s zone.
Value NowAs(TemporalType type, const DateTime& now);

// A temporal value broken into its local date, local time of day and zone (each absent when the
// kind has no such part). The zone's offset is the one in effect for this value.
struct TemporalParts {
  std::optional<int64_t> days;
  std::optional<int64_t> nanos_of_day;
  std::optional<ZoneSpec> zone;
};
// Throws TypeError when `v` is not a date, time or datetime.
TemporalParts PartsOf(const Value& v);

// `type`.truncate(unit, input, fields): `input` cut down to `unit` (millennium ... microsecond),
// then the fields applied as in BuildTemporal (temporal_truncate.cc).
Value TruncateTemporal(TemporalType type, std::string_view unit, const Value& input,
                       const ValueMap& fields, const DateTime& now);

// duration.between(a, b) and, with a unit, duration.inMonths/inDays/inSeconds, following
// java.time's until() after giving each side the parts only the other has
// (temporal_between.cc).
enum class BetweenUnit { kAll, kMonths, kDays, kSeconds };
Duration DurationBetween(BetweenUnit unit, const Value& from, const Value& to);

// duration({years: ..., days: 1.5, ...}) with fractions cascading to smaller units.
Duration BuildDuration(const ValueMap& fields);

// A QueryError for an argument of the wrong type / an impossible value.
[[noreturn]] void ThrowTemporalType(const std::string& message);
[[noreturn]] void ThrowTemporalValue(const std::string& message);

}  // namespace stargraph::query
