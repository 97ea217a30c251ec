// The columns of an import CSV header and the conversion of cells to property values.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "common/value.h"

namespace stargraph {

enum class CsvColumnRole { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };

struct CsvColumn {
  CsvColumnRole role = CsvColumnRole::kProperty;
  std::string name;  // property name ("" for an unnamed :ID)
  std::string type;  // "string", "int", ... without "[]"
  bool array = false;
  std::string group;  // id group of :ID / :START_ID / :END_ID
};

// Parses one header field; InvalidArgument for an unknown type or role.
Result<CsvColumn> ParseCsvColumn(const std::string& field);

// Converts a non-empty cell; InvalidArgument naming the expected type when it does not parse.
Result<Value> ConvertCsvCell(const CsvColumn& column, const std::string& cell,
                             char array_delimiter);

}  // namespace stargraph
