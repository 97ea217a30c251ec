// How temporal values behave inside expressions: arithmetic, comparison and component access.
// Called by the general operators in query/values/ when an operand is temporal.
#pragma once

#include <optional>
#include <string_view>

#include "common/value.h"

namespace stargraph::query {

// a + b, a - b for temporal operands (instant ± duration, duration ± duration), and
// duration * number, duration / number. Returns nullopt when the operand kinds do not form a
// temporal operation (the caller then reports a TypeError). `op` is one of '+', '-', '*', '/'.
std::optional<Value> TemporalArithmetic(char op, const Value& a, const Value& b);

// Three-way comparison of two temporal values of the same kind (-1, 0, 1); nullopt when they are
// not comparable (different kinds, or durations, which are not ordered).
std::optional<int> CompareTemporal(const Value& a, const Value& b);

// Equality of two temporal values of the same kind (durations compare component-wise).
bool TemporalEquals(const Value& a, const Value& b);

// `value.key` for temporal values: date.year, dt.timezone, duration.minutes, ... nullopt when
// `value` is not temporal; throws QueryError for an unknown key.
std::optional<Value> TemporalComponent(const Value& value, std::string_view key);

}  // namespace stargraph::query
