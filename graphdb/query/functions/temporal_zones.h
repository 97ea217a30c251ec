// Time zones as Cypher names them: fixed offsets ("Z", "+01:00", "-0230", "+02:05:59") and IANA
// region names ("Europe/Stockholm"), resolved through ICU with java.time's rules.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/temporal.h"

namespace stargraph::query {

// A fixed offset when `name` is null, otherwise a named region whose offset varies over time.
struct ZoneSpec {
  int32_t offset_seconds = 0;
  std::shared_ptr<const std::string> name;
};

// "Z", "+hh", "+hhmm", "+hh:mm", "+hhmmss", "+hh:mm:ss" (also '-'); nullopt when not an offset
// or beyond ±18:00.
std::optional<int32_t> ParseOffset(std::string_view text);

// An offset or a zone name. Throws QueryError(ArgumentError) for an unknown zone name.
ZoneSpec ParseZone(std::string_view text);

// The zone a datetime is presented in.
ZoneSpec ZoneOf(const DateTime& dt);

// The offset of `zone` at the UTC instant `utc_seconds`.
int32_t OffsetAt(const ZoneSpec& zone, int64_t utc_seconds);

// The instant `utc_seconds` presented in `zone`.
DateTime ZonedFromInstant(const ZoneSpec& zone, int64_t utc_seconds, int32_t nanos);

// The local date-time `local_seconds` placed in `zone` as java.time's ZonedDateTime.ofLocal does:
// in an overlap the preferred offset when valid, else the earlier one; in a gap the local time
// moves forward by the gap's length.
DateTime ZonedFromLocal(const ZoneSpec& zone, int64_t local_seconds, int32_t nanos,
                        std::optional<int32_t> preferred_offset = std::nullopt);

// Local seconds of a datetime (seconds + offset).
inline int64_t LocalSeconds(const DateTime& dt) { return dt.seconds + dt.offset_seconds; }

}  // namespace stargraph::query
