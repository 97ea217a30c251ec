// The ResultWriter for an output format.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "result_writer.h"
#include "table_writer.h"

namespace stargraph::cli {

// A writer printing to `out` (errors to `err`); `table` applies to the table format only.
std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, const TableOptions& table,
                                               std::ostream& out, std::ostream& err);

// The writer for `statement`: MakeResultWriter's, except that EXPLAIN in the table format shows
// only errors, since its plan (printed by the caller) is all it has to show.
std::unique_ptr<ResultWriter> MakeStatementWriter(OutputFormat format, const TableOptions& table,
                                                  const std::string& statement, std::ostream& out,
                                                  std::ostream& err);

// A writer that discards results and prints errors on `err` as the other writers do.
std::unique_ptr<ResultWriter> MakeErrorsOnlyWriter(std::ostream& err);

}  // namespace stargraph::cli
