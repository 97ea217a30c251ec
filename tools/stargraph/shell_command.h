// `stargraph shell`: opens (or creates) the database and runs the shell on stdin.
#pragma once

#include <string>

#include "session_settings.h"
#include "stargraph/database.h"

namespace stargraph::cli {

struct ShellCommandOptions {
  std::string db;
  bool db_given = false;  // --db was on the command line
  SessionSettings session;
};

// A new database opened without --db is filled from the seed graph script when one is found.
// Returns the exit status: 0, or 1 when the database cannot be opened, the seed script fails,
// or (reading a script from a pipe) a statement fails.
int RunShellCommand(const ShellCommandOptions& options);

// Runs each statement of the script at `path` on `session`, stopping at the first failure,
// which is reported on stderr. Returns the number of statements run, or -1 on failure.
int RunScriptFile(Session& session, const std::string& path);

}  // namespace stargraph::cli
