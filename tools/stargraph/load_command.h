// `stargraph load` and `stargraph unload`: articles into the graph and back out (issue 7).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "stargraph/database.h"

namespace stargraph::cli {

struct LoadCommandOptions {
  std::string db;
  bool dry_run = false;
  std::string format = "table";  // table or json
  std::string extractor;         // external extractor command, or empty
  std::vector<std::string> files;
};

// Loads each file (one transaction per article); a bad file is reported and the batch goes on.
// Dry-run with --format json prints one CONTRACT.md object per article on stdout. A summary goes
// to stderr. Returns 0 when every file loaded (or was already loaded), 1 otherwise.
int RunLoadCommand(const LoadCommandOptions& options);

// The same on an open session (the shell's :load): listing on `out`, problems and the summary
// on `err`.
int LoadArticles(Session& session, const LoadCommandOptions& options, std::ostream& out,
                 std::ostream& err);

// Removes what only article `article_id` supports. Returns 0 on success, 1 on error.
int RunUnloadCommand(const std::string& db, const std::string& article_id);

}  // namespace stargraph::cli
