// Cypher's temporal values as plain data: DATE, LOCAL TIME, TIME, LOCAL DATETIME, DATETIME, DURATION.
//
// Representations are chosen so that equality and ordering are cheap comparisons of integers.
// Parsing, formatting, arithmetic and component access live in common/temporal_*.h.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace stargraph {

constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr int64_t kSecondsPerDay = 86'400;
constexpr int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

// A calendar date in the proleptic Gregorian calendar, as days since 1970-01-01.
struct Date {
  int64_t days = 0;
};

// A time of day without a zone, as nanoseconds since midnight (0 <= nanos < kNanosPerDay).
struct LocalTime {
  int64_t nanos = 0;
};

// A time of day with a UTC offset. `nanos` is the local time of day.
struct Time {
  int64_t nanos = 0;
  int32_t offset_seconds = 0;
};

// A date and time without a zone: seconds since 1970-01-01T00:00 (as if UTC) plus nanoseconds.
struct LocalDateTime {
  int64_t seconds = 0;
  int32_t nanos = 0;  // 0 <= nanos < 1e9
};

// An instant with the offset (and optionally the named zone) it is presented in.
// `seconds` counts UTC seconds since the epoch; local time = seconds + offset_seconds.
struct DateTime {
  int64_t seconds = 0;
  int32_t nanos = 0;
  int32_t offset_seconds = 0;
  std::shared_ptr<const std::string> zone;  // IANA zone name such as "Europe/Stockholm", or null
};

// An amount of time in Cypher's four independent components.
struct Duration {
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int32_t nanos = 0;  // 0 <= nanos < 1e9; the sign is carried by `seconds`
};

}  // namespace stargraph
