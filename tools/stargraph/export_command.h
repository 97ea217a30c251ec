// `stargraph export`: the whole database as a Cypher script that recreates it, or as CSV files in
// the format `stargraph import` reads.
#pragma once

#include <ostream>
#include <string>

#include "stargraph/database.h"

namespace stargraph::cli {

struct ExportCommandOptions {
  std::string db;
  std::string format = "cypher";  // cypher | csv
  std::string output;             // cypher: a file ("" = stdout); csv: a directory (required)
};

// Returns the exit status: 0 done, 1 when the database cannot be read or the output written,
// 2 for bad options.
int RunExportCommand(const ExportCommandOptions& options);

// Writes a script of `;`-terminated statements that recreates the indexes, constraints, nodes
// and relationships of `session`'s database in an empty one. False (with a message on stderr)
// when a query fails. `show_progress` draws a progress bar on stderr.
bool WriteCypherExport(Session& session, std::ostream& out, bool show_progress);

// Writes nodes.csv and relationships.csv (neo4j-admin headers) into `directory`; otherwise as
// WriteCypherExport.
bool WriteCsvExport(Session& session, const std::string& directory, bool show_progress);

// Nodes plus relationships in `session`'s database (0 when the count fails): a progress total.
uint64_t CountEntities(Session& session);

// The Cypher constructor (and import column type) of a temporal kind: "date", "duration", ...;
// nullptr for other kinds.
const char* TemporalTypeName(ValueKind kind);

// A value as Cypher source that evaluates back to exactly that value (date("..."), 0.0 / 0.0).
std::string ExactCypherLiteral(const Value& value);

}  // namespace stargraph::cli
