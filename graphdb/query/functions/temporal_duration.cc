// duration() from a map: each unit's amount folded into months, days, seconds and nanoseconds.
#include <cmath>

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

constexpr DurationUnit kUnits[] = {
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
  for (const DurationUnit& unit : kUnits) {
    if (key == unit.key) return &unit;
  }
  return nullptr;
}

}  // namespace

void ThrowTemporalType(const std::string& message) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType", message);
}

void ThrowTemporalValue(const std::string& message) {
  throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue", message);
}

Duration BuildDuration(const ValueMap& fields) {
  int64_t exact[4] = {0, 0, 0, 0};
  double approx[4] = {0, 0, 0, 0};
  bool fractional = false;
  for (const auto& [key, value] : fields) {
    const DurationUnit* unit = FindUnit(key);
    if (unit == nullptr) ThrowTemporalValue("no duration component '" + key + "'");
    if (value.is_null()) continue;
    if (!value.is_number()) ThrowTemporalType("duration component '" + key + "' is not a number");
    if (value.kind() == ValueKind::kFloat) fractional = true;
    exact[unit->component] += value.kind() == ValueKind::kInt ? value.as_int() * unit->factor : 0;
    approx[unit->component] += value.as_number() * double(unit->factor);
  }
  if (fractional) return ApproximateDuration(approx[0], approx[1], approx[2], approx[3]);
  return MakeDuration(exact[0], exact[1], exact[2], exact[3]);
}

}  // namespace stargraph::query
