// `stargraph backup`, `check` and `stats`: maintenance of a database.
#pragma once

#include <ostream>
#include <string>

#include "result_writer.h"
#include "stargraph/database.h"

namespace stargraph::cli {

// Copies the database at `db` to `destination` (which must not exist) while it stays usable.
// Returns the exit status: 0 done, 1 when the database cannot be opened or copied.
int RunBackup(const std::string& db, const std::string& destination);

// The same on an open database (the shell's :backup), located at `db`: the result line on
// `out`, the error on `err`. Returns true when the copy was made.
bool BackUpOpenDatabase(Database& database, const std::string& db, const std::string& destination,
                        std::ostream& out, std::ostream& err);

// Verifies the on-disk structures; prints the counts and every problem found. Returns 0 when
// consistent, 1 on damage or when the database cannot be opened.
int RunCheck(const std::string& db);

// Prints the node count per label, relationship count per type and the size on disk, as tables
// or (json) one JSON object. Returns 0, or 1 when the database cannot be opened or queried.
int RunStats(const std::string& db, OutputFormat format);

}  // namespace stargraph::cli
