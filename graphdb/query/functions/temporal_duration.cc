// duration() from a map or an ISO 8601 string: each unit's amount folded into months, days,
// seconds and nanoseconds.
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_construct.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

enum Component { kMonths, kDays, kSeconds, kNanos };

struct DurationUnit {
  const char* key;
  Component component;
  int64_t factor;
};

constexpr DurationUnit kDurationUnits[] = {
    {"years", kMonths, 12},
    {"months", kMonths, 1},
    {"weeks", kDays, 7},
    {"days", kDays, 1},
    {"hours", kSeconds, 3600},
    {"minutes", kSeconds, 60},
    {"seconds", kSeconds, 1},
    {"milliseconds", kNanos, 1'000'000},
    {"microseconds", kNanos, 1'000},
    {"nanoseconds", kNanos, 1},
};

const DurationUnit* FindUnit(const std::string& key) {
  for (const DurationUnit& unit : kDurationUnits) {
    if (key == unit.key) return &unit;
  }
  return nullptr;
}

// The amounts of the ten units being summed into a duration.
class DurationSum {
 public:
  void Add(const DurationUnit& unit, int64_t whole, double amount, bool fractional) {
    fractional_ = fractional_ || fractional;
    exact_[unit.component] += whole * unit.factor;
    approx_[unit.component] += amount * double(unit.factor);
  }
  Duration Result() const {
    if (fractional_) return ApproximateDuration(approx_[0], approx_[1], approx_[2], approx_[3]);
    return MakeDuration(exact_[0], exact_[1], exact_[2], exact_[3]);
  }

 private:
  int64_t exact_[4] = {0, 0, 0, 0};
  double approx_[4] = {0, 0, 0, 0};
  bool fractional_ = false;
};

// One "<number><designator>" of the ISO form; the number may be signed and have a fraction.
struct DurationTerm {
  bool negative = false;
  int64_t whole = 0;
  int64_t nanos = 0;  // the fraction, in units of 1e-9
  char designator = 0;
};

std::optional<DurationTerm> ReadTerm(std::string_view text, size_t& pos) {
  DurationTerm term;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+'))
    term.negative = text[pos++] == '-';
  const size_t start = pos;
  while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
    if (pos - start >= 18) return std::nullopt;
    term.whole = term.whole * 10 + (text[pos++] - '0');
  }
  if (pos == start) return std::nullopt;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
    int64_t scale = kNanosPerSecond;
    const size_t frac_start = ++pos;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
      scale /= 10;
      term.nanos += (text[pos++] - '0') * scale;
    }
    if (pos == frac_start) return std::nullopt;
  }
  if (pos == text.size()) return std::nullopt;
  term.designator = static_cast<char>(std::toupper(static_cast<unsigned char>(text[pos++])));
  return term;
}

const DurationUnit* UnitFor(char designator, bool time_part) {
  static constexpr char kDateDesignators[] = "YMWD";
  static constexpr const char* kDateKeys[] = {"years", "months", "weeks", "days"};
  static constexpr char kTimeDesignators[] = "HMS";
  static constexpr const char* kTimeKeys[] = {"hours", "minutes", "seconds"};
  const char* designators = time_part ? kTimeDesignators : kDateDesignators;
  const char* const* keys = time_part ? kTimeKeys : kDateKeys;
  for (int i = 0; designators[i] != '\0'; ++i) {
    if (designators[i] == designator) return FindUnit(keys[i]);
  }
  return nullptr;
}

void AddTerm(DurationSum& sum, const DurationTerm& term, const DurationUnit& unit) {
  const int64_t sign = term.negative ? -1 : 1;
  const double amount = sign * (double(term.whole) + double(term.nanos) / double(kNanosPerSecond));
  if (unit.component == kSeconds && unit.factor == 1) {
    // Fractions of a second are kept exact.
    sum.Add(unit, sign * term.whole, sign * double(term.whole), false);
    sum.Add(*FindUnit("nanoseconds"), sign * term.nanos, double(sign * term.nanos), false);
  } else {
    sum.Add(unit, sign * term.whole, amount, term.nanos != 0);
  }
}

// Designators must appear in order (Y M W D, then after T: H M S), each at most once.
std::optional<Duration> ParseDesignated(std::string_view text) {
  DurationSum sum;
  size_t pos = 0;
  bool time_part = false;
  const DurationUnit* last = nullptr;
  bool any = false;
  while (pos < text.size()) {
    if (!time_part && (text[pos] == 'T' || text[pos] == 't')) {
      time_part = true;
      last = nullptr;
      if (++pos == text.size()) return std::nullopt;
      continue;
    }
    const std::optional<DurationTerm> term = ReadTerm(text, pos);
    if (!term) return std::nullopt;
    const DurationUnit* unit = UnitFor(term->designator, time_part);
    if (unit == nullptr || (last != nullptr && unit <= last)) return std::nullopt;
    AddTerm(sum, *term, *unit);
    last = unit;
    any = true;
  }
  if (!any) return std::nullopt;
  return sum.Result();
}

// The alternative form PYYYY-MM-DDThh:mm:ss(.fff).
std::optional<Duration> ParseAlternative(std::string_view text) {
  int64_t year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, nanos = 0;
  char frac[16] = {0};
  const std::string copy(text);
  int consumed = 0;
  const int fields = std::sscanf(copy.c_str(), "%4ld-%2ld-%2ldT%2ld:%2ld:%2ld%n", &year, &month,
                                 &day, &hour, &minute, &second, &consumed);
  if (fields != 6) return std::nullopt;
  std::string_view rest = text.substr(static_cast<size_t>(consumed));
  if (!rest.empty()) {
    if (rest[0] != '.' || rest.size() < 2 || rest.size() > 10) return std::nullopt;
    rest.copy(frac, rest.size() - 1, 1);
    for (size_t i = 0; frac[i] != '\0'; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(frac[i]))) return std::nullopt;
    }
    nanos = std::atol(frac);
    for (size_t i = rest.size() - 1; i < 9; ++i) nanos *= 10;
  }
  if (month > 12 || day > 31 || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return MakeDuration(year * 12 + month, day, (hour * 60 + minute) * 60 + second, nanos);
}

}  // namespace

Duration ParseDuration(std::string_view text) {
  std::string_view body = text;
  bool negative = false;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  std::optional<Duration> d;
  if (!body.empty() && (body[0] == 'P' || body[0] == 'p')) {
    body.remove_prefix(1);
    d = body.find(':') != std::string_view::npos ? ParseAlternative(body) : ParseDesignated(body);
  }
  if (!d) ThrowTemporalValue("Text cannot be parsed to a Duration: '" + std::string(text) + "'");
  if (!negative) return *d;
  return MakeDuration(-d->months, -d->days, -d->seconds, -int64_t{d->nanos});
}

void ThrowTemporalType(const std::string& message) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType", message);
}

void ThrowTemporalValue(const std::string& message) {
  throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue", message);
}

Duration BuildDuration(const ValueMap& fields) {
  DurationSum sum;
  for (const auto& [key, value] : fields) {
    const DurationUnit* unit = FindUnit(key);
    if (unit == nullptr) ThrowTemporalValue("no duration component '" + key + "'");
    if (value.is_null()) continue;
    if (!value.is_number()) ThrowTemporalType("duration component '" + key + "' is not a number");
    const bool is_int = value.kind() == ValueKind::kInt;
    sum.Add(*unit, is_int ? value.as_int() : 0, value.as_number(), !is_int);
  }
  return sum.Result();
}

}  // namespace stargraph::query
