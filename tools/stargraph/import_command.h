// `stargraph import`: bulk CSV import with neo4j-admin headers (see stargraph/csv_import.h).
#pragma once

#include <string>
#include <vector>

namespace stargraph::cli {

struct ImportCommandOptions {
  std::string db;
  std::vector<std::string> nodes;          // "FILE" or "Label1:Label2=FILE"
  std::vector<std::string> relationships;  // "FILE" or "TYPE=FILE"
  std::string delimiter = ",";
  std::string array_delimiter = ";";
};

// Imports everything in one atomic step; prints a summary (progress on a terminal). Exit status
// 0 on success, 1 on a data error (nothing imported), 2 on bad options.
int RunImportCommand(const ImportCommandOptions& options);

}  // namespace stargraph::cli
