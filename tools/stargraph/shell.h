// The interactive shell (and the script runner when stdin is not a terminal): reads lines,
// runs `;`-terminated statements, and handles the `:` commands.
#pragma once

#include <ostream>
#include <string>

#include "completion.h"
#include "graph_picture.h"
#include "interrupt_watcher.h"
#include "line_reader.h"
#include "result_writer.h"
#include "stargraph/database.h"
#include "table_writer.h"

namespace stargraph::cli {

class Shell {
 public:
  // All references must outlive the shell; `session` is a session of `database`, which lives at
  // `db_path`; `watcher` may be null (no Ctrl-C handling). Statements running longer than
  // `timeout_ms` are cancelled (0: no timeout; see :timeout).
  Shell(Database& database, std::string db_path, Session& session, LineReader& reader,
        InterruptWatcher* watcher, std::ostream& out, std::ostream& err, int64_t timeout_ms);

  // Runs until :quit or end of input. Returns 0, or 1 when a statement failed while reading a
  // script (an interactive session always returns 0).
  int Run();

  // Names for tab completion, refreshed after statements that change the graph.
  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  // Runs one statement and prints its result; false when it failed.
  bool RunCypher(const std::string& statement);
  // Handles a `:` command line; false for :quit.
  bool RunCommand(const std::string& line);
  void RefreshVocabulary();

  // The commands (shell_commands.cc).
  void Help();
  void Schema();
  void SetParam(const std::string& argument);
  void ListParams();
  void Transaction(const std::string& command);
  void Explain(const std::string& statement);
  void SetTiming(const std::string& argument);
  void SetTimeout(const std::string& argument);
  void SetFormat(const std::string& argument);
  void Viz(const std::string& argument);
  void LoadFiles(const std::string& argument);
  void Backup(const std::string& argument);

  Database& database_;
  std::string db_path_;
  Session& session_;
  LineReader& reader_;
  InterruptWatcher* watcher_;
  std::ostream& out_;
  std::ostream& err_;
  OutputFormat format_ = OutputFormat::kTable;
  TableOptions table_;
  int64_t timeout_ms_;
  ValueMap params_;
  Vocabulary vocabulary_;
  GraphPicture last_picture_;
  bool failed_ = false;
};

}  // namespace stargraph::cli
