#include "api/csv_columns.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

#include "query/functions/temporal_construct.h"
#include "query/query_error.h"

namespace stargraph {
namespace {

const std::vector<std::string>& KnownTypes() {
  static const std::vector<std::string> kTypes = {
      "string",  "int",  "long", "short",     "byte",          "float",    "double",
      "boolean", "date", "time", "localtime", "localdatetime", "datetime", "duration"};
  return kTypes;
}

Result<Value> ConvertScalar(const std::string& type, const std::string& cell) {
  if (type == "string") return Value(cell);
  if (type == "int" || type == "long" || type == "short" || type == "byte") {
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(cell.c_str(), &end, 10);
    if (errno != 0 || end == cell.c_str() || *end != '\0') {
      return Status::InvalidArgument("'" + cell + "' is not an integer");
    }
    return Value(static_cast<int64_t>(v));
  }
  if (type == "float" || type == "double") {
    char* end = nullptr;
    const double v = std::strtod(cell.c_str(), &end);
    if (end == cell.c_str() || *end != '\0') {
      return Status::InvalidArgument("'" + cell + "' is not a number");
    }
    return Value(v);
  }
  if (type == "boolean") {
    if (cell == "true" || cell == "TRUE" || cell == "True") return Value(true);
    if (cell == "false" || cell == "FALSE" || cell == "False") return Value(false);
    return Status::InvalidArgument("'" + cell + "' is not true or false");
  }
  try {
    if (type == "duration") return Value(query::ParseDuration(cell));
    const query::TemporalType t = type == "date"            ? query::TemporalType::kDate
                                  : type == "time"          ? query::TemporalType::kTime
                                  : type == "localtime"     ? query::TemporalType::kLocalTime
                                  : type == "localdatetime" ? query::TemporalType::kLocalDateTime
                                                            : query::TemporalType::kDateTime;
    return query::ParseTemporal(t, cell);
  } catch (const query::QueryError& e) {
    return Status::InvalidArgument("'" + cell + "' is not a " + type + ": " + e.what());
  }
}

// `:ID(Group)` -> role text ":ID", group "Group".
std::string SplitGroup(const std::string& text, std::string* group) {
  const size_t open = text.find('(');
  if (open == std::string::npos || text.back() != ')') return text;
  *group = text.substr(open + 1, text.size() - open - 2);
  return text.substr(0, open);
}

}  // namespace

Result<CsvColumn> ParseCsvColumn(const std::string& field) {
  CsvColumn column;
  const size_t colon = field.rfind(':');
  column.name = colon == std::string::npos ? field : field.substr(0, colon);
  std::string type = colon == std::string::npos ? "string" : field.substr(colon + 1);
  const std::string role = SplitGroup(type, &column.group);
  if (role == "ID") {
    column.role = CsvColumnRole::kId;
  } else if (role == "START_ID") {
    column.role = CsvColumnRole::kStartId;
  } else if (role == "END_ID") {
    column.role = CsvColumnRole::kEndId;
  } else if (role == "LABEL") {
    column.role = CsvColumnRole::kLabel;
  } else if (role == "TYPE") {
    column.role = CsvColumnRole::kType;
  } else if (role == "IGNORE") {
    column.role = CsvColumnRole::kIgnore;
  } else {
    if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
      column.array = true;
      type.resize(type.size() - 2);
    }
    for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(KnownTypes().begin(), KnownTypes().end(), type) == KnownTypes().end()) {
      return Status::InvalidArgument("unknown column type '" + type + "' in header field '" +
                                     field + "'");
    }
    if (column.name.empty()) {
      return Status::InvalidArgument("header field '" + field + "' has no property name");
    }
    column.type = type;
  }
  return column;
}

Result<Value> ConvertCsvCell(const CsvColumn& column, const std::string& cell,
                             char array_delimiter) {
  if (!column.array) return ConvertScalar(column.type, cell);
  ValueList items;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(array_delimiter, start);
    if (end == std::string::npos) end = cell.size();
    SG_ASSIGN_OR_RETURN(Value item, ConvertScalar(column.type, cell.substr(start, end - start)));
    items.push_back(std::move(item));
    start = end + 1;
  }
  return Value(std::move(items));
}

}  // namespace stargraph
