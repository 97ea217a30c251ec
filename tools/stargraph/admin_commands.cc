#include "admin_commands.h"

#include <iostream>

#include "backup_progress.h"
#include "database_files.h"
#include "json_encoding.h"
#include "stargraph/database.h"
#include "statement_runner.h"
#include "writer_factory.h"

namespace stargraph::cli {
namespace {

constexpr char kLabelCounts[] =
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label";
constexpr char kTypeCounts[] =
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type";
constexpr char kTotals[] =
    "MATCH (n) WITH count(n) AS nodes "
    "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships";

// Opens an existing database without taking the writer lock; prints why on failure.
std::unique_ptr<Database> OpenExisting(const std::string& path, bool read_only) {
  DatabaseOptions options;
  options.create_if_missing = false;
  options.read_only = read_only;
  Result<std::unique_ptr<Database>> db = Database::Open(path, options);
  if (!db.ok()) {
    std::cerr << "stargraph: cannot open " << path << ": " << db.status().ToString() << "\n";
    return nullptr;
  }
  return std::move(*db);
}

// Rows of `statement` as a JSON object {first column: second column}.
bool CountsAsJson(Session& session, const std::string& statement, Json* out) {
  QueryResult result = session.Execute(statement);
  *out = Json::object();
  while (result.Next()) (*out)[result.row()[0].ToString()] = ValueToJson(result.row()[1]);
  if (!result.ok()) std::cerr << "stargraph stats: " << result.error().message << "\n";
  return result.ok();
}

int StatsAsJson(Session& session, const std::string& path) {
  Json line = Json::object();
  Json totals;
  Json labels;
  Json types;
  QueryResult result = session.Execute(kTotals);
  if (!result.Next() || !CountsAsJson(session, kLabelCounts, &labels) ||
      !CountsAsJson(session, kTypeCounts, &types)) {
    return 1;
  }
  line["nodes"] = ValueToJson(result.row()[0]);
  line["relationships"] = ValueToJson(result.row()[1]);
  line["labels"] = std::move(labels);
  line["types"] = std::move(types);
  line["bytes_on_disk"] = SizeOnDisk(path);
  std::cout << DumpJsonLine(line) << "\n";
  return 0;
}

int StatsAsTables(Session& session, const std::string& path) {
  std::unique_ptr<ResultWriter> writer =
      MakeResultWriter(OutputFormat::kTable, TableOptions{60, false}, std::cout, std::cerr);
  for (const char* statement : {kTotals, kLabelCounts, kTypeCounts}) {
    if (!RunStatement(session, statement, {}, *writer, nullptr, {}).ok) return 1;
  }
  uint64_t bytes = SizeOnDisk(path);
  std::cout << "Size on disk: " << HumanBytes(bytes) << " (" << bytes << " bytes)\n";
  return 0;
}

}  // namespace

bool BackUpOpenDatabase(Database& database, const std::string& db, const std::string& destination,
                        std::ostream& out, std::ostream& err) {
  BackupProgress progress(ProgressWanted(false), db, destination);
  Status s = database.Backup(destination);
  progress.Stop(s.ok());
  if (!s.ok()) {
    err << "stargraph backup: " << s.ToString() << "\n";
    return false;
  }
  out << "Backed up " << db << " to " << destination << " (" << HumanBytes(SizeOnDisk(destination))
      << ")\n";
  return true;
}

int RunBackup(const std::string& db, const std::string& destination) {
  std::unique_ptr<Database> database = OpenExisting(db, /*read_only=*/false);
  if (database == nullptr) return 1;
  return BackUpOpenDatabase(*database, db, destination, std::cout, std::cerr) ? 0 : 1;
}

int RunCheck(const std::string& db) {
  std::unique_ptr<Database> database = OpenExisting(db, /*read_only=*/true);
  if (database == nullptr) return 1;
  Result<CheckSummary> summary = database->Check();
  if (!summary.ok()) {
    std::cerr << "stargraph check: " << summary.status().ToString() << "\n";
    return 1;
  }
  std::cout << summary->nodes << " nodes, " << summary->relationships << " relationships\n";
  for (const std::string& problem : summary->problems) std::cout << "problem: " << problem << "\n";
  std::cout << (summary->problems.empty() ? "OK\n" : "DAMAGED\n");
  return summary->problems.empty() ? 0 : 1;
}

int RunStats(const std::string& db, OutputFormat format) {
  std::unique_ptr<Database> database = OpenExisting(db, /*read_only=*/true);
  if (database == nullptr) return 1;
  std::unique_ptr<Session> session = database->Connect();
  return format == OutputFormat::kJson ? StatsAsJson(*session, db) : StatsAsTables(*session, db);
}

}  // namespace stargraph::cli
