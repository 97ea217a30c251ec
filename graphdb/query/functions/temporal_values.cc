// Arithmetic, ordering and equality of temporal values (the contract in temporal_values.h).
// Adding a duration follows Neo4j's DurationValue.addTo: months, then days, then seconds and
// nanoseconds, each applied only when the value has that field (a date takes whole days of
// the seconds; a time ignores months and days).
#include "query/functions/temporal_values.h"

#include <tuple>

#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_zones.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

Date AddToDate(const Date& d, const Duration& dur, int sign) {
  const int64_t days = PlusMonths(d.days, sign * dur.months) + sign * dur.days;
  return Date{days + sign * (dur.seconds / kSecondsPerDay)};
}

int64_t AddToNanosOfDay(int64_t nanos_of_day, const Duration& dur, int sign) {
  const int64_t delta = (dur.seconds % kSecondsPerDay) * kNanosPerSecond + dur.nanos;
  return FloorMod(nanos_of_day + sign * delta, kNanosPerDay);
}

LocalDateTime AddToLocalDateTime(const LocalDateTime& t, const Duration& dur, int sign) {
  const LocalParts parts = SplitLocal(t.seconds, t.nanos);
  const int64_t days = PlusMonths(parts.days, sign * dur.months) + sign * dur.days;
  const LocalDateTime moved = JoinLocal(days, parts.nanos_of_day);
  const int64_t nanos = moved.nanos + sign * int64_t{dur.nanos};
  const int64_t carry = FloorDiv(nanos, kNanosPerSecond);
  return {moved.seconds + sign * dur.seconds + carry,
          static_cast<int32_t>(nanos - carry * kNanosPerSecond)};
}

// Months and days move the local date-time (keeping the offset where still valid); seconds and
// nanoseconds move the instant.
DateTime AddToDateTime(const DateTime& t, const Duration& dur, int sign) {
  DateTime out = t;
  if (dur.months != 0 || dur.days != 0) {
    const LocalDateTime local =
        AddToLocalDateTime({LocalSeconds(t), t.nanos}, Duration{dur.months, dur.days, 0, 0}, sign);
    out = ZonedFromLocal(ZoneOf(t), local.seconds, local.nanos, t.offset_seconds);
  }
  const int64_t nanos = out.nanos + sign * int64_t{dur.nanos};
  const int64_t carry = FloorDiv(nanos, kNanosPerSecond);
  return ZonedFromInstant(ZoneOf(out), out.seconds + sign * dur.seconds + carry,
                          static_cast<int32_t>(nanos - carry * kNanosPerSecond));
}

std::optional<Value> AddToInstant(const Value& v, const Duration& dur, int sign) {
  switch (v.kind()) {
    case ValueKind::kDate:
      return Value(AddToDate(v.as_date(), dur, sign));
    case ValueKind::kLocalTime:
      return Value(LocalTime{AddToNanosOfDay(v.as_local_time().nanos, dur, sign)});
    case ValueKind::kTime:
      return Value(Time{AddToNanosOfDay(v.as_time().nanos, dur, sign), v.as_time().offset_seconds});
    case ValueKind::kLocalDateTime:
      return Value(AddToLocalDateTime(v.as_local_datetime(), dur, sign));
    case ValueKind::kDateTime:
      return Value(AddToDateTime(v.as_datetime(), dur, sign));
    default:
      return std::nullopt;
  }
}

Duration AddDurations(const Duration& a, const Duration& b, int sign) {
  return MakeDuration(a.months + sign * b.months, a.days + sign * b.days,
                      a.seconds + sign * b.seconds, int64_t{a.nanos} + sign * int64_t{b.nanos});
}

Duration MultiplyDuration(const Duration& d, const Value& factor) {
  if (factor.kind() == ValueKind::kInt) {
    const int64_t f = factor.as_int();
    return MakeDuration(d.months * f, d.days * f, d.seconds * f, d.nanos * f);
  }
  const double f = factor.as_float();
  return ApproximateDuration(double(d.months) * f, double(d.days) * f, double(d.seconds) * f,
                             double(d.nanos) * f);
}

Duration DivideDuration(const Duration& d, const Value& divisor) {
  const double f = divisor.as_number();
  if (f == 0) throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue", "/ by zero");
  return ApproximateDuration(double(d.months) / f, double(d.days) / f, double(d.seconds) / f,
                             double(d.nanos) / f);
}

std::optional<Value> DurationArithmetic(char op, const Value& a, const Value& b) {
  const bool a_dur = a.kind() == ValueKind::kDuration;
  const bool b_dur = b.kind() == ValueKind::kDuration;
  if ((op == '+' || op == '-') && a_dur && b_dur) {
    return Value(AddDurations(a.as_duration(), b.as_duration(), op == '+' ? 1 : -1));
  }
  if (op == '*' && a_dur && b.is_number()) return Value(MultiplyDuration(a.as_duration(), b));
  if (op == '*' && b_dur && a.is_number()) return Value(MultiplyDuration(b.as_duration(), a));
  if (op == '/' && a_dur && b.is_number()) return Value(DivideDuration(a.as_duration(), b));
  return std::nullopt;
}

template <typename T>
int Compare(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

std::string ZoneName(const DateTime& t) { return t.zone ? *t.zone : std::string(); }

}  // namespace

std::optional<Value> TemporalArithmetic(char op, const Value& a, const Value& b) {
  if (auto result = DurationArithmetic(op, a, b)) return result;
  if (op == '+' && a.kind() == ValueKind::kDuration) return AddToInstant(b, a.as_duration(), 1);
  if ((op == '+' || op == '-') && b.kind() == ValueKind::kDuration) {
    return AddToInstant(a, b.as_duration(), op == '+' ? 1 : -1);
  }
  return std::nullopt;
}

std::optional<int> CompareTemporal(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case ValueKind::kDate:
      return Compare(a.as_date().days, b.as_date().days);
    case ValueKind::kLocalTime:
      return Compare(a.as_local_time().nanos, b.as_local_time().nanos);
    case ValueKind::kTime: {
      const Time& x = a.as_time();
      const Time& y = b.as_time();
      return Compare(std::make_tuple(x.nanos - x.offset_seconds * kNanosPerSecond, x.nanos),
                     std::make_tuple(y.nanos - y.offset_seconds * kNanosPerSecond, y.nanos));
    }
    case ValueKind::kLocalDateTime: {
      const LocalDateTime& x = a.as_local_datetime();
      const LocalDateTime& y = b.as_local_datetime();
      return Compare(std::make_tuple(x.seconds, x.nanos), std::make_tuple(y.seconds, y.nanos));
    }
    case ValueKind::kDateTime: {
      const DateTime& x = a.as_datetime();
      const DateTime& y = b.as_datetime();
      return Compare(std::make_tuple(x.seconds, x.nanos, x.offset_seconds, ZoneName(x)),
                     std::make_tuple(y.seconds, y.nanos, y.offset_seconds, ZoneName(y)));
    }
    default:
      return std::nullopt;
  }
}

bool TemporalEquals(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  if (a.kind() == ValueKind::kDuration) {
    const Duration& x = a.as_duration();
    const Duration& y = b.as_duration();
    return x.months == y.months && x.days == y.days && x.seconds == y.seconds && x.nanos == y.nanos;
  }
  const std::optional<int> order = CompareTemporal(a, b);
  return order && *order == 0;
}

}  // namespace stargraph::query
