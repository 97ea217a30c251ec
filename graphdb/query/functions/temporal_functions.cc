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
  ThrowTemporalType("duration() expects a string or a map");
}

}  // namespace

std::vector<ScalarFunction> TemporalFunctions() {
  return {
      {"datetime.fromepoch", 2, 2, &FromEpoch, true},
      {"datetime.fromepochmillis", 1, 1, &FromEpochMillis, true},
      {"duration", 1, 1, &DurationFn, true},
  };
}

}  // namespace stargraph::query
