// The integers of range(start, end[, step]) as a start, a step and a count, so that range()
// can build the list and UNWIND can stream it without building it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/value.h"

namespace stargraph::query {

struct IntegerRange {
  int64_t start = 0;
  int64_t step = 1;
  uint64_t count = 0;  // may exceed what any list could hold
  int64_t At(uint64_t i) const { return int64_t(uint64_t(start) + i * uint64_t(step)); }
};

// The range `args` (start, end[, step]) denotes; nullopt when an argument is null. Throws
// ArgumentError for a non-integer argument and NumberOutOfRange for a zero step.
std::optional<IntegerRange> IntegerRangeOf(const std::vector<Value>& args);

}  // namespace stargraph::query
