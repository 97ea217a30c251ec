// The ResultWriter for an output format.
#pragma once

#include <memory>
#include <ostream>

#include "result_writer.h"
#include "table_writer.h"

namespace stargraph::cli {

// A writer printing to `out` (errors to `err`); `table` applies to the table format only.
std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, const TableOptions& table,
                                               std::ostream& out, std::ostream& err);

}  // namespace stargraph::cli
