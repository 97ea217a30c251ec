// The table of temporal functions: constructors (with their .transaction/.statement/.realtime
// clock variants), truncation, epoch conversions and duration functions.
#include <chrono>

#include "query/functions/builtin_tables.h"
#include "query/functions/temporal_calendar.h"
#include "query/functions/temporal_construct.h"
#include "query/functions/temporal_zones.h"

namespace stargraph::query {
namespace {

int64_t IntArgument(const Value& v, const char* what) {
  if (v.kind() != ValueKind::kInt) ThrowTemporalType(std::string(what) + " must be an integer");
  return v.as_int();
}

DateTime InstantFromEpochNanos(int64_t seconds, int64_t nanos) {
  const int64_t carry = FloorDiv(nanos, kNanosPerSecond);
  return DateTime{seconds + carry, static_cast<int32_t>(nanos - carry * kNanosPerSecond), 0,
                  nullptr};
}

Value FromEpoch(const std::vector<Value>& args, FunctionContext&) {
  if (args[0].is_null() || args[1].is_null()) return Value();
  return Value(
      InstantFromEpochNanos(IntArgument(args[0], "seconds"), IntArgument(args[1], "nanoseconds")));
}

Value FromEpochMillis(const std::vector<Value>& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  const int64_t millis = IntArgument(args[0], "milliseconds");
  return Value(InstantFromEpochNanos(FloorDiv(millis, 1000), FloorMod(millis, 1000) * 1'000'000));
}

Value DurationFn(const std::vector<Value>& args, FunctionContext&) {
  const Value& a = args[0];
  if (a.is_null()) return Value();
  if (a.kind() == ValueKind::kMap) return Value(BuildDuration(a.as_map()));
  if (a.kind() == ValueKind::kString) return Value(ParseDuration(a.as_string()));
  ThrowTemporalType("duration() expects a string or a map");
}

// Which clock a constructor called without a value reads.
enum class Clock { kStatement, kRealtime };

DateTime CurrentInstant(Clock clock, const FunctionContext& ctx) {
  int64_t nanos = ctx.statement_time_nanos;
  if (clock == Clock::kRealtime) {
    nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count();
  }
  return InstantFromEpochNanos(0, nanos);
}

// date(), date('2015-07-21'), date({...}), date(other), and date.statement('Europe/Paris'):
// the clock variants take a timezone where the plain constructor takes text to parse.
template <TemporalType kType, bool kClockVariant, Clock kClock>
Value Construct(const std::vector<Value>& args, FunctionContext& ctx) {
  const DateTime now = CurrentInstant(kClock, ctx);
  if (args.empty()) return NowAs(kType, now);
  const Value& a = args[0];
  switch (a.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kString:
      if (kClockVariant) {
        return NowAs(kType, ZonedFromInstant(ParseZone(a.as_string()), now.seconds, now.nanos));
      }
      return ParseTemporal(kType, a.as_string());
    case ValueKind::kMap:
      return BuildTemporal(kType, a.as_map(), now);
    default:
      return ConvertTemporal(kType, a);
  }
}

// date.truncate(unit, input [, fields]) ...
template <TemporalType kType>
Value Truncate(const std::vector<Value>& args, FunctionContext& ctx) {
  if (args[0].is_null() || args[1].is_null()) return Value();
  if (args[0].kind() != ValueKind::kString) ThrowTemporalType("the unit must be a string");
  const bool has_fields = args.size() > 2 && !args[2].is_null();
  if (has_fields && args[2].kind() != ValueKind::kMap) ThrowTemporalType("fields must be a map");
  return TruncateTemporal(kType, args[0].as_string(), args[1],
                          has_fields ? args[2].as_map() : ValueMap{},
                          CurrentInstant(Clock::kStatement, ctx));
}

template <BetweenUnit kUnit>
Value Between(const std::vector<Value>& args, FunctionContext&) {
  if (args[0].is_null() || args[1].is_null()) return Value();
  return Value(DurationBetween(kUnit, args[0], args[1]));
}

template <TemporalType kType>
void AddConstructors(const char* name, std::vector<ScalarFunction>& out) {
  static const std::string base(name);
  static const std::string transaction = base + ".transaction";
  static const std::string statement = base + ".statement";
  static const std::string realtime = base + ".realtime";
  static const std::string truncate = base + ".truncate";
  out.push_back({truncate.c_str(), 2, 3, &Truncate<kType>, true});
  // The statement's clock is fixed for a run: with constant arguments these are constants.
  out.push_back({base.c_str(), 0, 1, &Construct<kType, false, Clock::kStatement>, true});
  out.push_back({transaction.c_str(), 0, 1, &Construct<kType, true, Clock::kStatement>, true});
  out.push_back({statement.c_str(), 0, 1, &Construct<kType, true, Clock::kStatement>, true});
  out.push_back({realtime.c_str(), 0, 1, &Construct<kType, true, Clock::kRealtime>, false});
}

}  // namespace

std::vector<ScalarFunction> TemporalFunctions() {
  std::vector<ScalarFunction> out = {
      {"datetime.fromepoch", 2, 2, &FromEpoch, true},
      {"datetime.fromepochmillis", 1, 1, &FromEpochMillis, true},
      {"duration", 1, 1, &DurationFn, true},
      {"duration.between", 2, 2, &Between<BetweenUnit::kAll>, true},
      {"duration.inMonths", 2, 2, &Between<BetweenUnit::kMonths>, true},
      {"duration.inDays", 2, 2, &Between<BetweenUnit::kDays>, true},
      {"duration.inSeconds", 2, 2, &Between<BetweenUnit::kSeconds>, true},
  };
  AddConstructors<TemporalType::kDate>("date", out);
  AddConstructors<TemporalType::kLocalTime>("localtime", out);
  AddConstructors<TemporalType::kTime>("time", out);
  AddConstructors<TemporalType::kLocalDateTime>("localdatetime", out);
  AddConstructors<TemporalType::kDateTime>("datetime", out);
  return out;
}

}  // namespace stargraph::query
