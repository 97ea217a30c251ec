// Exact comparison of Cypher numbers and checked integer arithmetic, shared by the operators
// in query/values/ and the numeric functions and aggregates.
#pragma once

#include <cstdint>
#include <optional>

#include "common/value.h"

namespace stargraph::query {

// Exact three-way comparison of an integer with a non-NaN float (-1, 0, 1); no precision is lost
// for integers beyond 2^53.
int CompareIntFloat(int64_t i, double d);

// Three-way comparison of two INTEGER/FLOAT values; nullopt when either is NaN.
std::optional<int> CompareNumbers(const Value& a, const Value& b);

// True when `v` is a FLOAT holding NaN.
bool IsNaN(const Value& v);

// Integer operations that throw QueryError(ArgumentError, "IntegerOverflow") instead of wrapping.
int64_t CheckedAdd(int64_t a, int64_t b);
int64_t CheckedSubtract(int64_t a, int64_t b);
int64_t CheckedMultiply(int64_t a, int64_t b);

}  // namespace stargraph::query
