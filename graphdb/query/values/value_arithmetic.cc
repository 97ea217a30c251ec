#include "query/values/value_arithmetic.h"

#include <cmath>
#include <optional>

#include "query/functions/temporal_values.h"
#include "query/query_error.h"
#include "query/values/numeric.h"

namespace stargraph::query {

namespace {

bool BothInts(const Value& a, const Value& b) {
  return a.kind() == ValueKind::kInt && b.kind() == ValueKind::kInt;
}

bool IsTemporal(const Value& v) {
  return v.kind() >= ValueKind::kDate && v.kind() <= ValueKind::kDuration;
}

[[noreturn]] void ThrowOperandTypes(const char* op, const Value& a, const Value& b) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                   std::string("cannot apply '") + op + "' to " + ValueKindName(a.kind()) +
                       " and " + ValueKindName(b.kind()));
}

[[noreturn]] void ThrowDivisionByZero(const Value& a) {
  throw QueryError(ErrorKind::kArgumentError, "DivisionByZero",
                   "integer division by zero: " + a.ToString() + " / 0");
}

// The temporal result of `a op b`, or a TypeError when the kinds form no operation.
Value TemporalOrThrow(char op, const Value& a, const Value& b) {
  if (IsTemporal(a) || IsTemporal(b)) {
    if (std::optional<Value> r = TemporalArithmetic(op, a, b)) return *r;
  }
  const char text[2] = {op, '\0'};
  ThrowOperandTypes(text, a, b);
}

// A scalar that a string concatenates as its toString().
bool ConcatenatesAsText(const Value& v) {
  return v.is_number() || v.kind() == ValueKind::kBool || v.kind() == ValueKind::kString ||
         IsTemporal(v);
}

Value AddLists(const Value& a, const Value& b) {
  ValueList out;
  if (a.kind() == ValueKind::kList) {
    out = a.as_list();
  } else {
    out.push_back(a);
  }
  if (b.kind() == ValueKind::kList) {
    out.insert(out.end(), b.as_list().begin(), b.as_list().end());
  } else {
    out.push_back(b);
  }
  return Value(std::move(out));
}

}  // namespace

Value Add(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (BothInts(a, b)) return Value(CheckedAdd(a.as_int(), b.as_int()));
  if (a.is_number() && b.is_number()) return Value(a.as_number() + b.as_number());
  if (a.kind() == ValueKind::kList || b.kind() == ValueKind::kList) return AddLists(a, b);
  bool a_text = a.kind() == ValueKind::kString;
  bool b_text = b.kind() == ValueKind::kString;
  if ((a_text && ConcatenatesAsText(b)) || (b_text && ConcatenatesAsText(a))) {
    return Value(a.ToString() + b.ToString());
  }
  return TemporalOrThrow('+', a, b);
}

Value Subtract(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (BothInts(a, b)) return Value(CheckedSubtract(a.as_int(), b.as_int()));
  if (a.is_number() && b.is_number()) return Value(a.as_number() - b.as_number());
  return TemporalOrThrow('-', a, b);
}

Value Multiply(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (BothInts(a, b)) return Value(CheckedMultiply(a.as_int(), b.as_int()));
  if (a.is_number() && b.is_number()) return Value(a.as_number() * b.as_number());
  return TemporalOrThrow('*', a, b);
}

Value Divide(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (BothInts(a, b)) {
    if (b.as_int() == 0) ThrowDivisionByZero(a);
    if (b.as_int() == -1) return Value(CheckedMultiply(a.as_int(), -1));
    return Value(a.as_int() / b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() / b.as_number());
  return TemporalOrThrow('/', a, b);
}

Value Modulo(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (BothInts(a, b)) {
    if (b.as_int() == 0) ThrowDivisionByZero(a);
    if (b.as_int() == -1) return Value(int64_t{0});  // INT64_MIN % -1 traps in C++
    return Value(a.as_int() % b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(std::fmod(a.as_number(), b.as_number()));
  ThrowOperandTypes("%", a, b);
}

Value Power(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_number() && b.is_number()) return Value(std::pow(a.as_number(), b.as_number()));
  ThrowOperandTypes("^", a, b);
}

Value Negate(const Value& a) {
  switch (a.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kInt:
      return Value(CheckedSubtract(0, a.as_int()));
    case ValueKind::kFloat:
      return Value(-a.as_float());
    case ValueKind::kDuration:
      return TemporalOrThrow('*', a, Value(int64_t{-1}));
    default:
      throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                       std::string("cannot negate a ") + ValueKindName(a.kind()));
  }
}

}  // namespace stargraph::query
