// Bulk import of CSV files with neo4j-admin headers, for `stargraph import`.
//
//   nodes:          id:ID,name,:LABEL,founded:int,aliases:string[]
//   relationships:  :START_ID,:END_ID,:TYPE,value:float,date:date
//
// Header fields are `name:type` (string when the type is left out; int, long, float, double,
// boolean, date, localtime, time, localdatetime, datetime, duration, and arrays such as
// `string[]` split on the array delimiter). `:ID` (optionally named, `id:ID`, and grouped,
// `:ID(Company)`) identifies a node within the import; `:START_ID`/`:END_ID` refer to it. `:LABEL`
// holds labels separated by the array delimiter; `:IGNORE` skips a column. Empty cells set nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "stargraph/database.h"

namespace stargraph {

struct CsvImportFile {
  std::string path;
  // Labels added to every node of the file (`--nodes=Company:Org=FILE`), or the relationship
  // type used when the file has no :TYPE column (`--relationships=DEAL_WITH=FILE`).
  std::string label_or_type;
};

struct CsvImportOptions {
  std::vector<CsvImportFile> nodes;
  std::vector<CsvImportFile> relationships;
  char delimiter = ',';
  char array_delimiter = ';';
  // Called now and then with the number of rows read so far (for progress bars); may be empty.
  std::function<void(int64_t rows)> progress;
};

struct CsvImportSummary {
  int64_t nodes = 0;
  int64_t relationships = 0;
  int64_t properties = 0;
};

// Reads every file and adds its nodes and relationships in one atomic step: on any error nothing
// is added and the Status says which file and line (InvalidArgument for bad rows and headers,
// Constraint for unique-constraint violations, IOError for unreadable files).
Result<CsvImportSummary> ImportCsv(Database& db, const CsvImportOptions& options);

}  // namespace stargraph
