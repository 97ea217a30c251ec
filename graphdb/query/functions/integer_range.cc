#include "query/functions/integer_range.h"

#include <string>

#include "query/functions/function_args.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

// range() takes integers only, and reports other types as an ArgumentError (TCK List11).
int64_t RangeArg(const Value& arg) {
  if (arg.kind() != ValueKind::kInt) {
    throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentType",
                     std::string("range() takes Integer arguments, got ") +
                         ValueKindName(arg.kind()) + " " + arg.ToString());
  }
  return arg.as_int();
}

}  // namespace

std::optional<IntegerRange> IntegerRangeOf(const std::vector<Value>& args) {
  for (const Value& arg : args) {
    if (arg.is_null()) return std::nullopt;
  }
  IntegerRange range;
  range.start = RangeArg(args[0]);
  const int64_t end = RangeArg(args[1]);
  range.step = args.size() == 3 ? RangeArg(args[2]) : 1;
  if (range.step == 0) ThrowOutOfRange("range", "the step must not be zero");
  if ((range.step > 0 && range.start > end) || (range.step < 0 && range.start < end)) {
    return range;  // empty
  }
  // |end - start| / |step| + 1 elements, computed without overflow.
  const uint64_t span = range.step > 0 ? uint64_t(end) - uint64_t(range.start)
                                       : uint64_t(range.start) - uint64_t(end);
  const uint64_t magnitude =
      range.step > 0 ? uint64_t(range.step) : uint64_t(0) - uint64_t(range.step);
  const uint64_t steps = span / magnitude;
  // count = steps + 1 overflows only for the full 64-bit span; cap it there.
  range.count = steps == UINT64_MAX ? UINT64_MAX : steps + 1;
  return range;
}

}  // namespace stargraph::query
