#include "shell.h"

#include <utility>

#include "session_settings.h"
#include "statement_runner.h"
#include "statement_splitter.h"
#include "writer_factory.h"

namespace stargraph::cli {
namespace {

constexpr char kPrompt[] = "stargraph> ";
constexpr char kContinuation[] = "       ...> ";

std::string Trim(const std::string& s) {
  size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

}  // namespace

Shell::Shell(Database& database, std::string db_path, Session& session, LineReader& reader,
             InterruptWatcher* watcher, std::ostream& out, std::ostream& err, int64_t timeout_ms)
    : database_(database),
      db_path_(std::move(db_path)),
      session_(session),
      reader_(reader),
      watcher_(watcher),
      out_(out),
      err_(err),
      timeout_ms_(timeout_ms) {
  table_.show_timing = reader.interactive();
  RefreshVocabulary();
}

int Shell::Run() {
  std::string buffer;
  for (;;) {
    std::string line;
    ReadStatus status = reader_.ReadLine(buffer.empty() ? kPrompt : kContinuation, &line);
    if (status == ReadStatus::kEnd) break;
    if (status == ReadStatus::kInterrupted) {
      out_ << "\n";  // the abandoned line stays visible above the new prompt
      buffer.clear();
      continue;
    }
    if (buffer.empty() && Trim(line).rfind(':', 0) == 0) {
      if (!RunCommand(Trim(line))) return failed_ ? 1 : 0;
      continue;
    }
    SplitText split = SplitStatements(buffer + line + "\n");
    for (const std::string& statement : split.statements) RunCypher(statement);
    buffer = IsBlankCypher(split.remainder) ? "" : split.remainder;
  }
  if (reader_.interactive()) out_ << "\n";
  if (!reader_.interactive() && !buffer.empty()) RunCypher(Trim(buffer));
  return failed_ ? 1 : 0;
}

bool Shell::RunCypher(const std::string& statement) {
  std::unique_ptr<ResultWriter> writer =
      MakeStatementWriter(format_, table_, statement, out_, err_);
  PictureCollector collector(*writer, &last_picture_);
  StatementRun run = RunStatement(session_, statement, params_, collector, watcher_,
                                  StatementOptions(timeout_ms_));
  if (!run.plan.empty()) out_ << run.plan << "\n";
  if (run.updated) RefreshVocabulary();
  if (!run.ok && !reader_.interactive()) failed_ = true;
  out_.flush();
  return run.ok;
}

void Shell::RefreshVocabulary() {
  vocabulary_.labels = FirstColumnStrings(session_, "CALL db.labels()");
  vocabulary_.relationship_types = FirstColumnStrings(session_, "CALL db.relationshipTypes()");
  vocabulary_.property_keys = FirstColumnStrings(session_, "CALL db.propertyKeys()");
}

}  // namespace stargraph::cli
