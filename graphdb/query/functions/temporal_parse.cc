// ISO 8601 text of temporal values as Cypher accepts it: calendar, week and ordinal dates in
// basic or extended form, times with optional fraction and offset, zone names in brackets.
#include <cctype>
#include <cmath>

#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_construct.h"
#include "query/functions/temporal_zones.h"

namespace stargraph::query {
namespace {

[[noreturn]] void Unparsable(std::string_view what, std::string_view text) {
  ThrowTemporalValue("Text cannot be parsed to a " + std::string(what) + ": '" + std::string(text) +
                     "'");
}

// A cursor over the text; every Read* returns -1 instead of consuming a malformed piece.
struct Scanner {
  std::string_view text;
  size_t pos = 0;

  bool AtEnd() const { return pos == text.size(); }
  char Peek() const { return AtEnd() ? '\0' : text[pos]; }
  bool Consume(char c) {
    if (AtEnd() || std::toupper(static_cast<unsigned char>(text[pos])) != c) return false;
    ++pos;
    return true;
  }
  size_t DigitRun() const {
    size_t n = 0;
    while (pos + n < text.size() && std::isdigit(static_cast<unsigned char>(text[pos + n]))) ++n;
    return n;
  }
  int64_t ReadDigits(size_t n) {
    if (n == 0 || DigitRun() < n) return -1;
    int64_t value = 0;
    for (size_t i = 0; i < n; ++i) value = value * 10 + (text[pos++] - '0');
    return value;
  }
};

int64_t ReadYear(Scanner& s) {
  if (s.Peek() == '+' || s.Peek() == '-') {
    const bool negative = s.text[s.pos++] == '-';
    const size_t n = s.DigitRun();
    if (n < 4 || n > 9) return INT64_MIN;
    const int64_t year = s.ReadDigits(n);
    return negative ? -year : year;
  }
  const int64_t year = s.ReadDigits(4);
  return year < 0 ? INT64_MIN : year;
}

// Week date after the 'W': ww, ww-d (extended) or wwd (basic); -1 when invalid.
int64_t ReadWeekDate(Scanner& s, int64_t year, bool extended) {
  const int64_t week = s.ReadDigits(2);
  int64_t dow = 1;
  if (!s.AtEnd()) {
    if (extended && !s.Consume('-')) return -1;
    dow = s.ReadDigits(1);
  }
  if (week < 1 || week > WeeksInWeekYear(year) || dow < 1 || dow > 7) return -1;
  return WeekOneMonday(year) + (week - 1) * 7 + (dow - 1);
}

int64_t CalendarDays(int64_t year, int64_t month, int64_t day) {
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, int(month))) return -1;
  return DaysFromCivil(year, int(month), int(day));
}

// Month (and day), or ordinal day, after the year; -1 when invalid.
int64_t ReadMonthOrOrdinal(Scanner& s, int64_t year, bool extended) {
  const size_t run = s.DigitRun();
  if (run == 3) {
    const int64_t ordinal = s.ReadDigits(3);
    if (ordinal < 1 || ordinal > (IsLeapYear(year) ? 366 : 365)) return -1;
    return DaysFromCivil(year, 1, 1) + ordinal - 1;
  }
  const int64_t month = s.ReadDigits(2);
  int64_t day = 1;
  if (!s.AtEnd()) {
    if (extended && !s.Consume('-')) return -1;
    day = s.ReadDigits(2);
  }
  return CalendarDays(year, month, day);
}

std::optional<int64_t> ParseDateDays(std::string_view text) {
  Scanner s{text};
  const int64_t year = ReadYear(s);
  if (year == INT64_MIN) return std::nullopt;
  if (s.AtEnd()) return DaysFromCivil(year, 1, 1);
  const bool extended = s.Consume('-');
  const int64_t days =
      s.Consume('W') ? ReadWeekDate(s, year, extended) : ReadMonthOrOrdinal(s, year, extended);
  if (!s.AtEnd() || days == -1) return std::nullopt;
  return days;
}

// The fraction of a second after '.' or ',': 1 to 9 digits, as nanoseconds.
int64_t ReadFraction(Scanner& s) {
  const size_t n = s.DigitRun();
  if (n == 0 || n > 9) return -1;
  int64_t nanos = s.ReadDigits(n);
  for (size_t i = n; i < 9; ++i) nanos *= 10;
  return nanos;
}

// hh, hh:mm, hhmm, hh:mm:ss, hhmmss, each seconds form with an optional fraction.
std::optional<int64_t> ParseClock(std::string_view text) {
  Scanner s{text};
  const int64_t hour = s.ReadDigits(2);
  int64_t minute = 0, second = 0, nanos = 0;
  if (!s.AtEnd()) {
    const bool extended = s.Consume(':');
    minute = s.ReadDigits(2);
    if (!s.AtEnd()) {
      if (extended && !s.Consume(':')) return std::nullopt;
      second = s.ReadDigits(2);
      if (s.Consume('.') || s.Consume(',')) nanos = ReadFraction(s);
    }
  }
  if (!s.AtEnd() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
      second > 59 || nanos < 0) {
    return std::nullopt;
  }
  return ((hour * 60 + minute) * 60 + second) * kNanosPerSecond + nanos;
}

// A time of day followed by an optional offset and an optional bracketed zone name.
struct ZonedClock {
  int64_t nanos_of_day = 0;
  std::optional<int32_t> offset;
  std::string_view zone_name;
};

std::optional<ZonedClock> ParseZonedClock(std::string_view text) {
  size_t clock_end = 0;
  while (clock_end < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[clock_end])) || text[clock_end] == ':' ||
          text[clock_end] == '.' || text[clock_end] == ',')) {
    ++clock_end;
  }
  ZonedClock out;
  const std::optional<int64_t> clock = ParseClock(text.substr(0, clock_end));
  if (!clock) return std::nullopt;
  out.nanos_of_day = *clock;
  std::string_view rest = text.substr(clock_end);
  const size_t bracket = rest.find('[');
  if (bracket != std::string_view::npos) {
    if (rest.back() != ']' || bracket + 2 >= rest.size()) return std::nullopt;
    out.zone_name = rest.substr(bracket + 1, rest.size() - bracket - 2);
    rest = rest.substr(0, bracket);
  }
  if (!rest.empty()) {
    out.offset = ParseOffset(rest);
    if (!out.offset) return std::nullopt;
  }
  return out;
}

// Splits "date[Ttime]" at the 'T'.
std::pair<std::string_view, std::string_view> SplitAtT(std::string_view text) {
  const size_t t = text.find_first_of("Tt");
  if (t == std::string_view::npos) return {text, {}};
  return {text.substr(0, t), text.substr(t + 1)};
}

std::optional<Value> ParseDateTimeText(std::string_view text, bool zoned) {
  const auto [date_text, time_text] = SplitAtT(text);
  const std::optional<int64_t> days = ParseDateDays(date_text);
  if (!days) return std::nullopt;
  ZonedClock clock;
  if (!time_text.empty() || date_text.size() != text.size()) {
    const std::optional<ZonedClock> parsed = ParseZonedClock(time_text);
    if (!parsed) return std::nullopt;
    clock = *parsed;
  }
  const LocalDateTime local = JoinLocal(*days, clock.nanos_of_day);
  if (!zoned) {
    if (clock.offset || !clock.zone_name.empty()) return std::nullopt;
    return Value(local);
  }
  if (clock.zone_name.empty()) {
    return Value(
        ZonedFromLocal(ZoneSpec{clock.offset.value_or(0), nullptr}, local.seconds, local.nanos));
  }
  return Value(
      ZonedFromLocal(ParseZone(clock.zone_name), local.seconds, local.nanos, clock.offset));
}

std::optional<Value> ParseTimeText(std::string_view text, bool zoned) {
  const std::optional<ZonedClock> clock = ParseZonedClock(text);
  if (!clock || !clock->zone_name.empty()) return std::nullopt;
  if (!zoned) {
    if (clock->offset) return std::nullopt;
    return Value(LocalTime{clock->nanos_of_day});
  }
  return Value(Time{clock->nanos_of_day, clock->offset.value_or(0)});
}

const char* TypeName(TemporalType type) {
  switch (type) {
    case TemporalType::kDate:
      return "Date";
    case TemporalType::kLocalTime:
      return "LocalTime";
    case TemporalType::kTime:
      return "Time";
    case TemporalType::kLocalDateTime:
      return "LocalDateTime";
    case TemporalType::kDateTime:
      return "DateTime";
  }
  return "temporal value";
}

}  // namespace

Value ParseTemporal(TemporalType type, std::string_view text) {
  std::optional<Value> out;
  switch (type) {
    case TemporalType::kDate:
      if (auto days = ParseDateDays(text)) out = Value(Date{*days});
      break;
    case TemporalType::kLocalTime:
      out = ParseTimeText(text, false);
      break;
    case TemporalType::kTime:
      out = ParseTimeText(text, true);
      break;
    case TemporalType::kLocalDateTime:
      out = ParseDateTimeText(text, false);
      break;
    case TemporalType::kDateTime:
      out = ParseDateTimeText(text, true);
      break;
  }
  if (!out) Unparsable(TypeName(type), text);
  return *out;
}

}  // namespace stargraph::query
