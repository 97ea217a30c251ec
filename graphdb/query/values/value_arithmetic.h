// Cypher's arithmetic operators on values: + - * / % ^ and unary minus.
//
// Common rules: a null operand gives null. INTEGER op INTEGER gives an INTEGER and throws
// QueryError(ArgumentError, "IntegerOverflow") instead of wrapping; mixing INTEGER and FLOAT
// gives a FLOAT. Temporal operands are delegated to TemporalArithmetic. Any other combination
// throws QueryError(TypeError, "InvalidArgumentType").
#pragma once

#include "common/value.h"

namespace stargraph::query {

// Numbers add; strings concatenate (a string plus a number, boolean or temporal concatenates its
// toString()); list + list concatenates, list + x appends and x + list prepends.
Value Add(const Value& a, const Value& b);

// Numbers subtract; temporal - duration and duration - duration via TemporalArithmetic.
Value Subtract(const Value& a, const Value& b);

// Numbers multiply; duration * number and number * duration via TemporalArithmetic.
Value Multiply(const Value& a, const Value& b);

// Integer division truncates toward zero; an integer divided by integer zero throws
// QueryError(ArgumentError, "DivisionByZero"). Float division follows IEEE 754 (1.0 / 0 is
// Infinity, 0.0 / 0 is NaN). duration / number via TemporalArithmetic.
Value Divide(const Value& a, const Value& b);

// Remainder with the sign of the dividend; integer % 0 throws
// QueryError(ArgumentError, "DivisionByZero"); floats use fmod (x % 0.0 is NaN).
Value Modulo(const Value& a, const Value& b);

// a ^ b, always a FLOAT.
Value Power(const Value& a, const Value& b);

// -a for numbers (overflow checked) and durations.
Value Negate(const Value& a);

}  // namespace stargraph::query
