#include "statement_runner.h"

#include "statement_splitter.h"

namespace stargraph::cli {
namespace {

// True when `statement` starts with the keyword EXPLAIN or PROFILE (any case).
bool ShowsPlan(const std::string& statement) {
  const std::string word = LeadingKeyword(statement);
  return word == "EXPLAIN" || word == "PROFILE";
}

}  // namespace

StatementRun RunStatement(Session& session, const std::string& statement, const ValueMap& params,
                          ResultWriter& writer, InterruptWatcher* watcher,
                          const QueryOptions& options) {
  StatementRun run;
  WatchScope scope(watcher, &session);
  QueryResult result = session.Execute(statement, params, options);
  if (result.ok()) {
    writer.Begin(result.columns());
    while (result.Next()) writer.Row(result.row());
  }
  if (!result.ok()) {
    writer.Error(result.error(), statement);
    return run;
  }
  writer.End(result.stats(), result.elapsed_ms());
  run.ok = true;
  run.updated = result.stats().contains_updates();
  if (ShowsPlan(statement)) run.plan = result.plan();
  return run;
}

std::vector<std::string> FirstColumnStrings(Session& session, const std::string& statement) {
  std::vector<std::string> out;
  QueryResult result = session.Execute(statement);
  while (result.Next()) {
    const std::vector<Value>& row = result.row();
    if (!row.empty() && row[0].kind() == ValueKind::kString) out.push_back(row[0].as_string());
  }
  if (!result.ok()) out.clear();
  return out;
}

}  // namespace stargraph::cli
