// `stargraph query`: runs statements in order, each in its own auto-commit transaction.
#pragma once

#include <string>
#include <vector>

#include "result_writer.h"
#include "session_settings.h"

namespace stargraph::cli {

struct QueryCommandOptions {
  std::string db;
  SessionSettings session;
  OutputFormat format = OutputFormat::kTable;
  std::vector<std::string> params;      // NAME=JSON
  std::string file;                     // a script split on `;`, run first
  std::vector<std::string> statements;  // run after the file's statements
};

// Runs the file's statements, then the positional ones, stopping at the first error; reads
// statements from stdin when there are none. Returns the exit status: 0 success, 1 query or
// database error, 2 a malformed parameter or unreadable file.
int RunQueryCommand(const QueryCommandOptions& options);

}  // namespace stargraph::cli
