// Type conversion functions. toX(v) returns null for null and for a string that does not parse,
// and throws QueryError(TypeError, "InvalidArgumentValue") for a value of a type it cannot
// convert (TCK TypeConversion1-3); toXOrNull(v) returns null instead of throwing; toXList(list)
// converts every element with toXOrNull.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;
using Converter = std::optional<Value> (*)(const Value&);  // nullopt: type not convertible

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

size_t SkipDigits(std::string_view s, size_t i) {
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

// A decimal number literal: [+-] digits [. digits] [e [+-] digits], or NaN / Infinity.
std::optional<double> ParseFloat(std::string_view text) {
  std::string_view s = TrimAscii(text);
  std::string_view unsigned_part = s.substr(!s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0);
  if (unsigned_part == "NaN" && unsigned_part.size() == s.size()) return std::nan("");
  if (unsigned_part == "Infinity") return s[0] == '-' ? -HUGE_VAL : HUGE_VAL;
  size_t i = s.size() - unsigned_part.size();
  size_t int_end = SkipDigits(s, i);
  size_t frac_end = int_end;
  if (frac_end < s.size() && s[frac_end] == '.') frac_end = SkipDigits(s, frac_end + 1);
  if (frac_end - i - (frac_end > int_end ? 1 : 0) == 0) return std::nullopt;  // no digits
  size_t end = frac_end;
  if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
    size_t exp = end + 1 + (end + 1 < s.size() && (s[end + 1] == '+' || s[end + 1] == '-'));
    end = SkipDigits(s, exp);
    if (end == exp) return std::nullopt;
  }
  if (end != s.size()) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);
}

std::optional<int64_t> FloatToInteger(double d) {
  if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
    return std::nullopt;
  }
  return static_cast<int64_t>(std::trunc(d));
}

// An integer literal, else a float literal truncated toward zero.
std::optional<int64_t> ParseInteger(std::string_view text) {
  std::string s(TrimAscii(text));
  size_t digits_from = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (s.size() > digits_from && SkipDigits(s, digits_from) == s.size()) {
    errno = 0;
    long long v = std::strtoll(s.c_str(), nullptr, 10);
    if (errno == ERANGE) return std::nullopt;
    return static_cast<int64_t>(v);
  }
  std::optional<double> d = ParseFloat(s);
  return d ? FloatToInteger(*d) : std::nullopt;
}

Value FromOptional(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(); }
Value FromOptional(const std::optional<double>& v) { return v ? Value(*v) : Value(); }

std::optional<Value> ConvertToInteger(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kInt:
      return v;
    case ValueKind::kFloat:
      return FromOptional(FloatToInteger(v.as_float()));
    case ValueKind::kBool:
      return Value(int64_t{v.as_bool() ? 1 : 0});
    case ValueKind::kString:
      return FromOptional(ParseInteger(v.as_string()));
    default:
      return std::nullopt;
  }
}

std::optional<Value> ConvertToFloat(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kFloat:
      return v;
    case ValueKind::kInt:
      return Value(static_cast<double>(v.as_int()));
    case ValueKind::kString:
      return FromOptional(ParseFloat(v.as_string()));
    default:
      return std::nullopt;
  }
}

std::optional<Value> ConvertToBoolean(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kBool:
      return v;
    case ValueKind::kInt:
      return Value(v.as_int() != 0);
    case ValueKind::kString: {
      std::string s(TrimAscii(v.as_string()));
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s == "true" || s == "false") return Value(s == "true");
      return Value();
    }
    default:
      return std::nullopt;
  }
}

std::optional<Value> ConvertToString(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kString:
      return v;
    case ValueKind::kList:
    case ValueKind::kMap:
    case ValueKind::kNode:
    case ValueKind::kRelationship:
    case ValueKind::kPath:
      return std::nullopt;
    default:
      return Value(v.ToString());  // numbers, booleans, temporals
  }
}

template <Converter convert>
Value Strict(const char* name, const Args& args) {
  std::optional<Value> out = convert(args[0]);
  if (!out) ThrowArgumentValue(name, args[0]);
  return *out;
}

template <Converter convert>
Value OrNull(const Args& args, FunctionContext&) {
  return convert(args[0]).value_or(Value());
}

template <Converter convert>
Value ListOf(const char* name, const Args& args) {
  if (args[0].is_null()) return Value();
  if (args[0].kind() != ValueKind::kList) ThrowArgumentValue(name, args[0]);
  ValueList out;
  for (const Value& item : args[0].as_list()) out.push_back(convert(item).value_or(Value()));
  return Value(std::move(out));
}

Value ToInteger(const Args& a, FunctionContext&) {
  return Strict<ConvertToInteger>("toInteger", a);
}
Value ToFloat(const Args& a, FunctionContext&) { return Strict<ConvertToFloat>("toFloat", a); }
Value ToBoolean(const Args& a, FunctionContext&) {
  return Strict<ConvertToBoolean>("toBoolean", a);
}
Value ToString(const Args& a, FunctionContext&) { return Strict<ConvertToString>("toString", a); }
Value ToIntegerList(const Args& a, FunctionContext&) {
  return ListOf<ConvertToInteger>("toIntegerList", a);
}
Value ToFloatList(const Args& a, FunctionContext&) {
  return ListOf<ConvertToFloat>("toFloatList", a);
}
Value ToBooleanList(const Args& a, FunctionContext&) {
  return ListOf<ConvertToBoolean>("toBooleanList", a);
}
Value ToStringList(const Args& a, FunctionContext&) {
  return ListOf<ConvertToString>("toStringList", a);
}

}  // namespace

std::vector<ScalarFunction> ConversionFunctions() {
  return {
      {"toInteger", 1, 1, ToInteger, true},
      {"toFloat", 1, 1, ToFloat, true},
      {"toBoolean", 1, 1, ToBoolean, true},
      {"toString", 1, 1, ToString, true},
      {"toIntegerOrNull", 1, 1, OrNull<ConvertToInteger>, true},
      {"toFloatOrNull", 1, 1, OrNull<ConvertToFloat>, true},
      {"toBooleanOrNull", 1, 1, OrNull<ConvertToBoolean>, true},
      {"toStringOrNull", 1, 1, OrNull<ConvertToString>, true},
      {"toIntegerList", 1, 1, ToIntegerList, true},
      {"toFloatList", 1, 1, ToFloatList, true},
      {"toBooleanList", 1, 1, ToBooleanList, true},
      {"toStringList", 1, 1, ToStringList, true},
  };
}

}  // namespace stargraph::query
