#include "shell_command.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "database_files.h"
#include "line_reader.h"
#include "shell.h"
#include "statement_runner.h"
#include "statement_splitter.h"
#include "writer_factory.h"

namespace stargraph::cli {
namespace {

constexpr char kBanner[] =
    "stargraph — Cypher on a knowledge graph. End statements with ';', :help for commands.\n";
constexpr char kReadOnlyNote[] = "Opened read-only: statements that write will fail.\n";

// Fills a database the shell just created from the seed script, when there is one.
bool SeedNewDatabase(Session& session, bool interactive) {
  std::string seed = FindSeedScript();
  if (seed.empty()) return true;
  int statements = RunScriptFile(session, seed);
  if (statements < 0) return false;
  if (interactive) std::cout << "Loaded the seed graph (" << statements << " statements).\n";
  return true;
}

}  // namespace

int RunScriptFile(Session& session, const std::string& path) {
  std::ifstream file(path);
  std::ostringstream text;
  text << file.rdbuf();
  if (!file) {
    std::cerr << "stargraph: cannot read " << path << "\n";
    return -1;
  }
  std::unique_ptr<ResultWriter> errors_only = MakeErrorsOnlyWriter(std::cerr);
  int count = 0;
  for (const std::string& statement : SplitScript(text.str())) {
    if (!RunStatement(session, statement, {}, *errors_only, nullptr, {}).ok) {
      std::cerr << "in " << path << ", statement " << count + 1 << "\n";
      return -1;
    }
    ++count;
  }
  return count;
}

int RunShellCommand(const ShellCommandOptions& options) {
  std::error_code ec;
  bool is_new = !std::filesystem::exists(options.db, ec);
  Result<std::unique_ptr<Database>> db = Database::Open(options.db, OpenOptions(options.session));
  if (!db.ok()) {
    std::cerr << "stargraph: cannot open " << options.db << ": " << db.status().ToString() << "\n";
    return 1;
  }
  std::unique_ptr<Session> session = (*db)->Connect();
  bool interactive = isatty(STDIN_FILENO) != 0;
  if (interactive) std::cout << kBanner << (options.session.read_only ? kReadOnlyNote : "");
  if (is_new && !options.db_given && !SeedNewDatabase(*session, interactive)) return 1;
  InterruptWatcher watcher;
  const int64_t timeout_ms = options.session.timeout_ms;
  if (!interactive) {
    StreamLineReader reader(std::cin);
    return Shell(**db, options.db, *session, reader, &watcher, std::cout, std::cerr, timeout_ms)
        .Run();
  }
  Shell* shell = nullptr;
  EditLineReader reader(
      DefaultHistoryPath(), [&shell] { return shell->vocabulary(); }, &watcher);
  Shell interactive_shell(**db, options.db, *session, reader, &watcher, std::cout, std::cerr,
                          timeout_ms);
  shell = &interactive_shell;
  return interactive_shell.Run();
}

}  // namespace stargraph::cli
