#include "query_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "interrupt_watcher.h"
#include "parameters.h"
#include "session_settings.h"
#include "statement_runner.h"
#include "statement_splitter.h"
#include "writer_factory.h"

namespace stargraph::cli {
namespace {

bool ReadAll(std::istream& in, std::string* text) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *text = buffer.str();
  return !in.bad();
}

// The statements to run, in order; false (with a message on stderr) when the file is unreadable.
bool CollectStatements(const QueryCommandOptions& options, std::vector<std::string>* out) {
  std::string text;
  if (!options.file.empty()) {
    std::ifstream file(options.file);
    if (!file || !ReadAll(file, &text)) {
      std::cerr << "stargraph: cannot read " << options.file << "\n";
      return false;
    }
    *out = SplitScript(text);
  }
  for (const std::string& s : options.statements) {
    for (std::string& part : SplitScript(s)) out->push_back(std::move(part));
  }
  if (options.file.empty() && options.statements.empty() && ReadAll(std::cin, &text)) {
    *out = SplitScript(text);
  }
  return true;
}

// Reports a database that cannot be opened as a statement error, in the output format.
int ReportOpenFailure(const Status& status, ResultWriter& writer) {
  writer.Error({"RuntimeError", StatusCodeName(status.code()), status.message(), 0, 0}, "");
  return 1;
}

}  // namespace

int RunQueryCommand(const QueryCommandOptions& options) {
  ValueMap params;
  for (const std::string& option : options.params) {
    Status s = AddParamOption(option, &params);
    if (!s.ok()) {
      std::cerr << "stargraph query: " << s.message() << "\n";
      return 2;
    }
  }
  std::vector<std::string> statements;
  if (!CollectStatements(options, &statements)) return 2;
  Result<std::unique_ptr<Database>> db = Database::Open(options.db, OpenOptions(options.session));
  if (!db.ok()) {
    return ReportOpenFailure(
        db.status(), *MakeResultWriter(options.format, TableOptions{}, std::cout, std::cerr));
  }
  std::unique_ptr<Session> session = (*db)->Connect();
  InterruptWatcher watcher;
  for (const std::string& statement : statements) {
    std::unique_ptr<ResultWriter> writer =
        MakeStatementWriter(options.format, TableOptions{}, statement, std::cout, std::cerr);
    StatementRun run = RunStatement(*session, statement, params, *writer, &watcher,
                                    StatementOptions(options.session.timeout_ms));
    if (!run.ok) return 1;
    if (!run.plan.empty() && options.format == OutputFormat::kTable) std::cout << run.plan << "\n";
  }
  return 0;
}

}  // namespace stargraph::cli
