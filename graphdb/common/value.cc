#include "common/value.h"

#include <cmath>
#include <cstdio>

#include "common/temporal_format.h"

namespace stargraph {

Value::Value(ValueList list) : v_(std::make_shared<const ValueList>(std::move(list))) {}
Value::Value(ValueMap map) : v_(std::make_shared<const ValueMap>(std::move(map))) {}
Value::Value(PathData p) : v_(std::make_shared<const PathData>(std::move(p))) {}

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull: return "Null";
    case ValueKind::kBool: return "Boolean";
    case ValueKind::kInt: return "Integer";
    case ValueKind::kFloat: return "Float";
    case ValueKind::kString: return "String";
    case ValueKind::kDate: return "Date";
    case ValueKind::kLocalTime: return "LocalTime";
    case ValueKind::kTime: return "Time";
    case ValueKind::kLocalDateTime: return "LocalDateTime";
    case ValueKind::kDateTime: return "DateTime";
    case ValueKind::kDuration: return "Duration";
    case ValueKind::kList: return "List";
    case ValueKind::kMap: return "Map";
    case ValueKind::kNode: return "Node";
    case ValueKind::kRelationship: return "Relationship";
    case ValueKind::kPath: return "Path";
  }
  return "Unknown";
}

namespace {

// Shortest text that reads back as the same double, always with a '.' or an exponent.
std::string FormatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string out(buf);
  if (out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

}  // namespace

std::string Value::ToString() const {
  switch (kind()) {
    case ValueKind::kNull: return "null";
    case ValueKind::kBool: return as_bool() ? "true" : "false";
    case ValueKind::kInt: return std::to_string(as_int());
    case ValueKind::kFloat: return FormatFloat(as_float());
    case ValueKind::kString: return as_string();
    case ValueKind::kDate: return FormatDate(as_date());
    case ValueKind::kLocalTime: return FormatLocalTime(as_local_time());
    case ValueKind::kTime: return FormatTime(as_time());
    case ValueKind::kLocalDateTime: return FormatLocalDateTime(as_local_datetime());
    case ValueKind::kDateTime: return FormatDateTime(as_datetime());
    case ValueKind::kDuration: return FormatDuration(as_duration());
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
    case ValueKind::kNode: return "(" + std::to_string(as_node().id) + ")";
    case ValueKind::kRelationship: return "[" + std::to_string(as_rel().id) + "]";
    case ValueKind::kPath: return "<path of " + std::to_string(as_path().rels.size()) + ">";
  }
  return "";
}

}  // namespace stargraph
