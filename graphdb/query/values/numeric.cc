#include "query/values/numeric.h"

#include <cmath>

#include "query/query_error.h"

namespace stargraph::query {

namespace {

constexpr double kTwoPow63 = 9223372036854775808.0;

[[noreturn]] void ThrowOverflow(const char* op, int64_t a, int64_t b) {
  throw QueryError(ErrorKind::kArgumentError, "IntegerOverflow",
                   "integer overflow: " + std::to_string(a) + " " + op + " " + std::to_string(b) +
                       " does not fit in a 64-bit integer");
}

}  // namespace

int CompareIntFloat(int64_t i, double d) {
  if (d >= kTwoPow63) return -1;
  if (d < -kTwoPow63) return 1;
  double whole = std::trunc(d);
  auto truncated = static_cast<int64_t>(whole);  // exact: |whole| < 2^63
  if (i != truncated) return i < truncated ? -1 : 1;
  double fraction = d - whole;
  return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0);
}

std::optional<int> CompareNumbers(const Value& a, const Value& b) {
  if (IsNaN(a) || IsNaN(b)) return std::nullopt;
  bool a_int = a.kind() == ValueKind::kInt;
  bool b_int = b.kind() == ValueKind::kInt;
  if (a_int && b_int) {
    int64_t x = a.as_int();
    int64_t y = b.as_int();
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (a_int) return CompareIntFloat(a.as_int(), b.as_float());
  if (b_int) return -CompareIntFloat(b.as_int(), a.as_float());
  double x = a.as_float();
  double y = b.as_float();
  return x < y ? -1 : (x > y ? 1 : 0);
}

bool IsNaN(const Value& v) { return v.kind() == ValueKind::kFloat && std::isnan(v.as_float()); }

int64_t CheckedAdd(int64_t a, int64_t b) {
  int64_t out;
  if (__builtin_add_overflow(a, b, &out)) ThrowOverflow("+", a, b);
  return out;
}

int64_t CheckedSubtract(int64_t a, int64_t b) {
  int64_t out;
  if (__builtin_sub_overflow(a, b, &out)) ThrowOverflow("-", a, b);
  return out;
}

int64_t CheckedMultiply(int64_t a, int64_t b) {
  int64_t out;
  if (__builtin_mul_overflow(a, b, &out)) ThrowOverflow("*", a, b);
  return out;
}

}  // namespace stargraph::query
