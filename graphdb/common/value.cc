#include "common/value.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "common/temporal_format.h"

namespace stargraph {

Value::Value(ValueList list) : v_(std::make_shared<const ValueList>(std::move(list))) {}
Value::Value(ValueMap map) : v_(std::make_shared<const ValueMap>(std::move(map))) {}
Value::Value(PathData p) : v_(std::make_shared<const PathData>(std::move(p))) {}

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull:
      return "Null";
    case ValueKind::kBool:
      return "Boolean";
    case ValueKind::kInt:
      return "Integer";
    case ValueKind::kFloat:
      return "Float";
    case ValueKind::kString:
      return "String";
    case ValueKind::kDate:
      return "Date";
    case ValueKind::kLocalTime:
      return "LocalTime";
    case ValueKind::kTime:
      return "Time";
    case ValueKind::kLocalDateTime:
      return "LocalDateTime";
    case ValueKind::kDateTime:
      return "DateTime";
    case ValueKind::kDuration:
      return "Duration";
    case ValueKind::kList:
      return "List";
    case ValueKind::kMap:
      return "Map";
    case ValueKind::kNode:
      return "Node";
    case ValueKind::kRelationship:
      return "Relationship";
    case ValueKind::kPath:
      return "Path";
  }
  return "Unknown";
}

namespace {

// Shortest text that reads back as the same double, as Java (and so Cypher) prints it:
// plain decimals for 1e-3 <= |d| < 1e7 (1000.0, 0.5), else scientific (3.0E11, 1.0E-4).
std::string FormatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[40];
  int precision = 0;
  for (; precision < 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf is "[-]D.DDDe[+-]XX": split into digits and exponent.
  std::string text(buf);
  const size_t e = text.find('e');
  const int exponent = std::atoi(text.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) digits += text[i];
  }
  const std::string sign = d < 0 ? "-" : "";
  const double magnitude = std::fabs(d);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    std::string out;
    if (exponent >= 0) {
      const size_t int_digits = static_cast<size_t>(exponent) + 1;
      while (digits.size() < int_digits) digits += '0';
      out = digits.substr(0, int_digits) + "." +
            (digits.size() > int_digits ? digits.substr(int_digits) : "0");
    } else {
      out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
    }
    return sign + out;
  }
  std::string mantissa = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0");
  return sign + mantissa + "E" + std::to_string(exponent);
}

}  // namespace

std::string Value::ToString() const {
  switch (kind()) {
    case ValueKind::kNull:
      return "null";
    case ValueKind::kBool:
      return as_bool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(as_int());
    case ValueKind::kFloat:
      return FormatFloat(as_float());
    case ValueKind::kString:
      return as_string();
    case ValueKind::kDate:
      return FormatDate(as_date());
    case ValueKind::kLocalTime:
      return FormatLocalTime(as_local_time());
    case ValueKind::kTime:
      return FormatTime(as_time());
    case ValueKind::kLocalDateTime:
      return FormatLocalDateTime(as_local_datetime());
    case ValueKind::kDateTime:
      return FormatDateTime(as_datetime());
    case ValueKind::kDuration:
      return FormatDuration(as_duration());
    case ValueKind::kList: {
      std::string out = "[";
      for (const Value& v : as_list()) out += (out.size() > 1 ? ", " : "") + v.ToString();
      return out + "]";
    }
    case ValueKind::kMap: {
      std::string out = "{";
      for (const auto& [k, v] : as_map()) {
        out += (out.size() > 1 ? ", " : "") + k + ": " + v.ToString();
      }
      return out + "}";
    }
    case ValueKind::kNode:
      return "(" + std::to_string(as_node().id) + ")";
    case ValueKind::kRelationship:
      return "[" + std::to_string(as_rel().id) + "]";
    case ValueKind::kPath:
      return "<path of " + std::to_string(as_path().rels.size()) + ">";
  }
  return "";
}

}  // namespace stargraph
