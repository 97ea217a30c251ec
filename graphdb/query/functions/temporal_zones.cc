#include "query/functions/temporal_zones.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cctype>
#include <map>
#include <mutex>

#include "query/query_error.h"

namespace stargraph::query {
namespace {

// Reads `digits` decimal digits at text[pos]; -1 when absent.
int ReadDigits(std::string_view text, size_t pos, size_t digits) {
  if (pos + digits > text.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + digits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Parses "hh", "hhmm", "hh:mm", "hhmmss", "hh:mm:ss" into seconds; -1 on error.
int ParseClockOffset(std::string_view text) {
  const int hours = ReadDigits(text, 0, 2);
  if (hours < 0) return -1;
  if (text.size() == 2) return hours * 3600;
  const bool colon = text[2] == ':';
  const size_t step = colon ? 3 : 2;
  const int minutes = ReadDigits(text, step, 2);
  if (minutes < 0 || minutes > 59) return -1;
  if (text.size() == step + 2) return hours * 3600 + minutes * 60;
  if (colon != (text[step + 2] == ':')) return -1;
  const size_t sec_pos = step + 2 + (colon ? 1 : 0);
  const int seconds = ReadDigits(text, sec_pos, 2);
  if (seconds < 0 || seconds > 59 || text.size() != sec_pos + 2) return -1;
  return hours * 3600 + minutes * 60 + seconds;
}

[[noreturn]] void UnknownZone(std::string_view text) {
  throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue",
                   "unknown time zone: " + std::string(text));
}

// ICU zones are immutable after creation; one per name is kept for the process lifetime.
const icu::TimeZone& NamedZone(const std::string& name) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<icu::TimeZone>> zones;
  std::lock_guard<std::mutex> lock(mu);
  auto it = zones.find(name);
  if (it == zones.end()) {
    std::unique_ptr<icu::TimeZone> zone(
        icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(name)));
    if (!zone || *zone == icu::TimeZone::getUnknown()) UnknownZone(name);
    it = zones.emplace(name, std::move(zone)).first;
  }
  return *it->second;
}

}  // namespace

std::optional<int32_t> ParseOffset(std::string_view text) {
  if (text == "Z" || text == "z") return 0;
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int seconds = ParseClockOffset(text.substr(1));
  if (seconds < 0 || seconds > 18 * 3600) return std::nullopt;
  return text[0] == '-' ? -seconds : seconds;
}

ZoneSpec ParseZone(std::string_view text) {
  if (auto offset = ParseOffset(text)) return {*offset, nullptr};
  if (text.empty()) UnknownZone(text);
  auto name = std::make_shared<const std::string>(text);
  NamedZone(*name);
  return {0, std::move(name)};
}

ZoneSpec ZoneOf(const DateTime& dt) { return {dt.offset_seconds, dt.zone}; }

int32_t OffsetAt(const ZoneSpec& zone, int64_t utc_seconds) {
  if (!zone.name) return zone.offset_seconds;
  int32_t raw = 0;
  int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  NamedZone(*zone.name)
      .getOffset(static_cast<UDate>(utc_seconds) * 1000.0, false, raw, dst, status);
  if (U_FAILURE(status)) UnknownZone(*zone.name);
  return (raw + dst) / 1000;
}

DateTime ZonedFromInstant(const ZoneSpec& zone, int64_t utc_seconds, int32_t nanos) {
  return {utc_seconds, nanos, OffsetAt(zone, utc_seconds), zone.name};
}

DateTime ZonedFromLocal(const ZoneSpec& zone, int64_t local_seconds, int32_t nanos,
                        std::optional<int32_t> preferred_offset) {
  if (!zone.name) return {local_seconds - zone.offset_seconds, nanos, zone.offset_seconds, nullptr};
  // Offsets a day before and after bracket any single transition near this local time.
  const int32_t before = OffsetAt(zone, local_seconds - kSecondsPerDay);
  const int32_t after = OffsetAt(zone, local_seconds + kSecondsPerDay);
  const bool before_valid = OffsetAt(zone, local_seconds - before) == before;
  const bool after_valid = OffsetAt(zone, local_seconds - after) == after;
  int32_t offset = after;
  if (before_valid && after_valid) {
    offset = preferred_offset == after ? after : before;
  } else if (before_valid) {
    offset = before;
  } else if (!after_valid) {
    // A gap: java.time keeps the instant of `local - before` and presents it after the gap.
    const int64_t utc = local_seconds - before;
    return {utc, nanos, OffsetAt(zone, utc), zone.name};
  }
  return {local_seconds - offset, nanos, offset, zone.name};
}

}  // namespace stargraph::query
