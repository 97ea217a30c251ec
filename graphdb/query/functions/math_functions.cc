// Numeric functions. A null argument gives null; a non-number is a TypeError.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"
#include "query/query_error.h"
#include "query/values/numeric.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

Value Abs(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() == ValueKind::kInt) {
    return Value(x.as_int() < 0 ? CheckedSubtract(0, x.as_int()) : x.as_int());
  }
  return Value(std::fabs(NumberArg("abs", x)));
}

Value Sign(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  double d = NumberArg("sign", x);
  return Value(int64_t{d > 0 ? 1 : (d < 0 ? -1 : 0)});
}

constexpr double kPi = 3.14159265358979323846;
constexpr double kE = 2.71828182845904523536;

// fn(x) as a FLOAT for a number x; null for null.
template <typename Fn>
Value UnaryFloat(const char* name, const Args& args, Fn fn) {
  if (args[0].is_null()) return Value();
  return Value(double(fn(NumberArg(name, args[0]))));
}

// A table entry for a FLOAT function of one number.
#define STARGRAPH_FLOAT_FN(name, expr)                                  \
  ScalarFunction {                                                      \
    name, 1, 1,                                                         \
        [](const Args& args, FunctionContext&) {                        \
          return UnaryFloat(name, args, [](double x) { return expr; }); \
        },                                                              \
        true                                                            \
  }

Value Atan2(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  return Value(std::atan2(NumberArg("atan2", args[0]), NumberArg("atan2", args[1])));
}

Value IsNaNFn(const Args& args, FunctionContext&) {
  if (args[0].is_null()) return Value();
  return Value(std::isnan(NumberArg("isNaN", args[0])));
}

Value E(const Args&, FunctionContext&) { return Value(kE); }
Value Pi(const Args&, FunctionContext&) { return Value(kPi); }

Value Rand(const Args&, FunctionContext&) {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return Value(std::uniform_real_distribution<double>(0.0, 1.0)(engine));
}

enum class RoundingMode { kUp, kDown, kCeiling, kFloor, kHalfUp, kHalfDown, kHalfEven };

RoundingMode ParseRoundingMode(const Value& mode) {
  static const std::pair<const char*, RoundingMode> kModes[] = {
      {"UP", RoundingMode::kUp},
      {"DOWN", RoundingMode::kDown},
      {"CEILING", RoundingMode::kCeiling},
      {"FLOOR", RoundingMode::kFloor},
      {"HALF_UP", RoundingMode::kHalfUp},
      {"HALF_DOWN", RoundingMode::kHalfDown},
      {"HALF_EVEN", RoundingMode::kHalfEven}};
  std::string text = StringArg("round", mode);
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& [name, value] : kModes) {
    if (text == name) return value;
  }
  throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue",
                   "round(): unknown rounding mode '" + mode.as_string() +
                       "' (expected UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN or HALF_EVEN)");
}

// The shortest decimal form of |x| that reads back as x: digits d0 d1 ... and the exponent of d0.
struct Decimal {
  std::string digits;
  int exponent = 0;
};

Decimal ShortestDecimal(double x) {
  char buf[40];
  for (int precision = 0; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision, std::fabs(x));
    if (std::strtod(buf, nullptr) == std::fabs(x)) break;
  }
  Decimal d;
  const char* p = buf;
  for (; *p != 'e'; ++p) {
    if (*p != '.') d.digits.push_back(*p);
  }
  d.exponent = std::atoi(p + 1);
  return d;
}

// Whether dropping digits rounds the magnitude up. `cmp_half` is <0, 0, >0 as the dropped part
// is below, at or above half a unit of the last kept digit.
bool RoundsUp(RoundingMode mode, bool negative, int cmp_half, bool last_kept_odd) {
  switch (mode) {
    case RoundingMode::kUp:
      return true;
    case RoundingMode::kDown:
      return false;
    case RoundingMode::kCeiling:
      return !negative;
    case RoundingMode::kFloor:
      return negative;
    case RoundingMode::kHalfUp:
      return cmp_half >= 0;
    case RoundingMode::kHalfDown:
      return cmp_half > 0;
    case RoundingMode::kHalfEven:
      return cmp_half > 0 || (cmp_half == 0 && last_kept_odd);
  }
  return false;
}

// x rounded to `precision` decimal places as BigDecimal.valueOf(x).setScale(precision, mode).
double RoundDecimal(double x, int64_t precision, RoundingMode mode) {
  if (!std::isfinite(x) || x == 0 || precision > 400) return x;
  if (precision < -400) precision = -400;
  Decimal d = ShortestDecimal(x);
  int64_t keep = d.exponent + 1 + precision;
  if (keep >= int64_t(d.digits.size())) return x;
  std::string kept = keep > 0 ? d.digits.substr(0, size_t(keep)) : "";
  std::string dropped =
      keep >= 0 ? d.digits.substr(size_t(keep)) : std::string(size_t(-keep), '0') + d.digits;
  bool rest_nonzero = dropped.find_first_not_of('0', 1) != std::string::npos;
  int cmp_half = dropped[0] != '5' ? (dropped[0] > '5' ? 1 : -1) : (rest_nonzero ? 1 : 0);
  bool last_odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
  uint64_t units = kept.empty() ? 0 : std::stoull(kept);
  if (RoundsUp(mode, x < 0, cmp_half, last_odd)) ++units;
  if (units == 0) return 0.0;
  std::string text = std::to_string(units) + "e" + std::to_string(-precision);
  double magnitude = std::strtod(text.c_str(), nullptr);
  return x < 0 ? -magnitude : magnitude;
}

// round(x) rounds half up toward positive infinity (Java's Math.round); round(x, precision[,
// mode]) rounds to decimal places, HALF_UP by default.
Value Round(const Args& args, FunctionContext&) {
  if (AnyNull(args)) return Value();
  double x = NumberArg("round", args[0]);
  if (args.size() == 1) {
    double whole = std::floor(x);
    return Value(x - whole >= 0.5 ? whole + 1 : whole);
  }
  int64_t precision = IntegerArg("round", args[1]);
  RoundingMode mode = args.size() == 3 ? ParseRoundingMode(args[2]) : RoundingMode::kHalfUp;
  return Value(RoundDecimal(x, precision, mode));
}

}  // namespace

std::vector<ScalarFunction> MathFunctions() {
  return {
      {"abs", 1, 1, Abs, true},
      {"sign", 1, 1, Sign, true},
      {"round", 1, 3, Round, true},
      {"atan2", 2, 2, Atan2, true},
      {"isNaN", 1, 1, IsNaNFn, true},
      {"e", 0, 0, E, true},
      {"pi", 0, 0, Pi, true},
      {"rand", 0, 0, Rand, false},
      STARGRAPH_FLOAT_FN("ceil", std::ceil(x)),
      STARGRAPH_FLOAT_FN("floor", std::floor(x)),
      STARGRAPH_FLOAT_FN("sqrt", std::sqrt(x)),
      STARGRAPH_FLOAT_FN("exp", std::exp(x)),
      STARGRAPH_FLOAT_FN("log", std::log(x)),
      STARGRAPH_FLOAT_FN("log10", std::log10(x)),
      STARGRAPH_FLOAT_FN("sin", std::sin(x)),
      STARGRAPH_FLOAT_FN("cos", std::cos(x)),
      STARGRAPH_FLOAT_FN("tan", std::tan(x)),
      STARGRAPH_FLOAT_FN("cot", 1.0 / std::tan(x)),
      STARGRAPH_FLOAT_FN("asin", std::asin(x)),
      STARGRAPH_FLOAT_FN("acos", std::acos(x)),
      STARGRAPH_FLOAT_FN("atan", std::atan(x)),
      STARGRAPH_FLOAT_FN("degrees", x * 180.0 / kPi),
      STARGRAPH_FLOAT_FN("radians", x * kPi / 180.0),
      STARGRAPH_FLOAT_FN("haversin", (1.0 - std::cos(x)) / 2.0),
  };
}

#undef STARGRAPH_FLOAT_FN

}  // namespace stargraph::query
