// Runs one statement on a session and streams its result into a ResultWriter.
#pragma once

#include <string>

#include "interrupt_watcher.h"
#include "result_writer.h"
#include "stargraph/database.h"

namespace stargraph::cli {

struct StatementRun {
  bool ok = false;
  bool updated = false;  // the statement changed the graph
  std::string plan;      // the plan text of an EXPLAIN or PROFILE statement, else empty
};

// Executes `statement` with `params` and `options` (its timeout), feeding columns, rows and stats
// (or the error) to `writer`. While it runs, Ctrl-C cancels it through `watcher` (may be null).
StatementRun RunStatement(Session& session, const std::string& statement, const ValueMap& params,
                          ResultWriter& writer, InterruptWatcher* watcher,
                          const QueryOptions& options);

// Runs `statement` and returns its rows' first column as strings (non-strings skipped); empty
// when it fails. For catalog calls such as CALL db.labels().
std::vector<std::string> FirstColumnStrings(Session& session, const std::string& statement);

}  // namespace stargraph::cli
