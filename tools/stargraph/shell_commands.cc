// The shell's `:` commands.
#include <sstream>

#include "admin_commands.h"
#include "cypher_notation.h"
#include "error_text.h"
#include "json_encoding.h"
#include "load_command.h"
#include "parameters.h"
#include "session_settings.h"
#include "shell.h"
#include "statement_runner.h"
#include "statement_timeout.h"

namespace stargraph::cli {
namespace {

constexpr char kHelp[] =
    "Statements end with ';' and may span lines. Commands:\n"
    "  :help                     this text\n"
    "  :schema                   labels, relationship types and property keys\n"
    "  :param name => value      set $name (a Cypher expression or JSON)\n"
    "  :params                   list the parameters\n"
    "  :begin :commit :rollback  explicit transactions\n"
    "  :explain STATEMENT        show the plan of STATEMENT without running it\n"
    "  :timing on|off            show the time under each result\n"
    "  :timeout SECONDS|off      cancel statements that run longer (no argument: show it)\n"
    "  :format table|csv|json    how results are printed\n"
    "  :load FILE...             extract articles (txt/md) into the graph, as `stargraph load`\n"
    "  :viz [FILE]               draw the nodes and relationships of the last result\n"
    "                            (FILE.svg, .png or .dot; default stargraph-viz.svg)\n"
    "  :backup DIR               copy the committed database to DIR (must not exist)\n"
    "  :quit                     leave (or Ctrl-D); Ctrl-C cancels the running statement\n";

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + CypherName(name);
  return out.empty() ? "(none)" : out;
}

// Discards rows; used to evaluate a parameter's Cypher expression.
class ValueCapture : public ResultWriter {
 public:
  void Begin(const std::vector<std::string>& columns) override {}
  void Row(const std::vector<Value>& row) override {
    if (!row.empty()) value = row[0];
  }
  void End(const QueryStats& stats, double elapsed_ms) override {}
  void Error(const QueryError& e, const std::string& statement) override { error = e; }
  Value value;
  QueryError error;
};

}  // namespace

bool Shell::RunCommand(const std::string& line) {
  size_t space = line.find_first_of(" \t");
  std::string name = line.substr(0, space);
  std::string argument = space == std::string::npos ? "" : line.substr(space + 1);
  argument.erase(0, argument.find_first_not_of(" \t"));
  if (name == ":quit" || name == ":exit" || name == ":q") return false;
  if (name == ":help") {
    Help();
  } else if (name == ":schema") {
    Schema();
  } else if (name == ":param") {
    SetParam(argument);
  } else if (name == ":params") {
    ListParams();
  } else if (name == ":begin" || name == ":commit" || name == ":rollback") {
    Transaction(name);
  } else if (name == ":explain") {
    Explain(argument);
  } else if (name == ":timing") {
    SetTiming(argument);
  } else if (name == ":timeout") {
    SetTimeout(argument);
  } else if (name == ":format") {
    SetFormat(argument);
  } else if (name == ":load") {
    LoadFiles(argument);
  } else if (name == ":viz") {
    Viz(argument);
  } else if (name == ":backup") {
    Backup(argument);
  } else {
    err_ << "Unknown command " << name << "; :help lists the commands.\n";
    if (!reader_.interactive()) failed_ = true;
  }
  return true;
}

void Shell::Help() { out_ << kHelp; }

void Shell::Schema() {
  RefreshVocabulary();
  out_ << "Labels:             " << JoinNames(vocabulary_.labels) << "\n"
       << "Relationship types: " << JoinNames(vocabulary_.relationship_types) << "\n"
       << "Property keys:      " << JoinNames(vocabulary_.property_keys) << "\n";
}

void Shell::SetParam(const std::string& argument) {
  Result<ParameterAssignment> assignment = SplitParamCommand(argument);
  if (!assignment.ok()) {
    err_ << "Usage: :param name => value (" << assignment.status().message() << ")\n";
    return;
  }
  Result<Value> json = ParseJsonValue(assignment->value_text);
  if (json.ok()) {
    params_[assignment->name] = *json;
    return;
  }
  ValueCapture capture;
  std::string statement = "RETURN " + assignment->value_text + " AS value";
  if (!RunStatement(session_, statement, params_, capture, watcher_, StatementOptions(timeout_ms_))
           .ok) {
    err_ << "Cannot evaluate the value: " << capture.error.message << "\n";
    return;
  }
  params_[assignment->name] = capture.value;
}

void Shell::ListParams() {
  if (params_.empty()) out_ << "No parameters; set one with :param name => value\n";
  for (const auto& [name, value] : params_) {
    out_ << "$" << CypherName(name) << " => " << CypherLiteral(value) << "\n";
  }
}

void Shell::Backup(const std::string& argument) {
  if (argument.empty() || argument.find_first_of(" \t") != std::string::npos) {
    err_ << "Usage: :backup DIR (a directory that does not exist yet)\n";
    if (!reader_.interactive()) failed_ = true;
    return;
  }
  // What is committed is copied; an open transaction's changes are not.
  if (!BackUpOpenDatabase(database_, db_path_, argument, out_, err_) && !reader_.interactive()) {
    failed_ = true;
  }
}

void Shell::Transaction(const std::string& command) {
  Status s = command == ":begin"    ? session_.Begin()
             : command == ":commit" ? session_.Commit()
                                    : session_.Rollback();
  if (!s.ok()) {
    err_ << s.message() << "\n";
    if (!reader_.interactive()) failed_ = true;
    return;
  }
  out_ << (command == ":begin"    ? "Transaction open"
           : command == ":commit" ? "Committed"
                                  : "Rolled back")
       << "\n";
}

void Shell::Explain(const std::string& statement) {
  std::string text = statement;
  while (!text.empty() && (text.back() == ';' || text.back() == ' ')) text.pop_back();
  if (text.empty()) {
    err_ << "Usage: :explain STATEMENT\n";
    return;
  }
  ValueCapture capture;
  text = "EXPLAIN " + text;
  StatementRun run =
      RunStatement(session_, text, params_, capture, watcher_, StatementOptions(timeout_ms_));
  if (!run.ok) {
    err_ << ErrorText(capture.error, text);
    return;
  }
  out_ << run.plan << "\n";
}

void Shell::SetTiming(const std::string& argument) {
  if (argument != "on" && argument != "off") {
    err_ << "Usage: :timing on|off\n";
    return;
  }
  table_.show_timing = argument == "on";
}

void Shell::SetTimeout(const std::string& argument) {
  if (argument.empty()) {
    out_ << "Timeout: " << TimeoutText(timeout_ms_) << "\n";
    return;
  }
  Result<int64_t> timeout_ms = ParseTimeoutSeconds(argument);
  if (!timeout_ms.ok()) {
    err_ << "Usage: :timeout SECONDS|off (" << timeout_ms.status().message() << ")\n";
    if (!reader_.interactive()) failed_ = true;
    return;
  }
  timeout_ms_ = *timeout_ms;
}

void Shell::SetFormat(const std::string& argument) {
  if (!ParseOutputFormat(argument, &format_)) err_ << "Usage: :format table|csv|json\n";
}

void Shell::Viz(const std::string& argument) {
  if (last_picture_.nodes.empty()) {
    err_ << "The last result has no nodes to draw.\n";
    return;
  }
  std::string output = argument.empty() ? "stargraph-viz.svg" : argument;
  Status s = WritePicture(ToDot(last_picture_), output);
  if (!s.ok()) {
    err_ << s.message() << "\n";
    return;
  }
  out_ << "Wrote " << output << " (" << last_picture_.nodes.size() << " nodes, "
       << last_picture_.relationships.size() << " relationships)\n";
}

void Shell::LoadFiles(const std::string& argument) {
  LoadCommandOptions options;
  std::istringstream words(argument);
  for (std::string file; words >> file;) options.files.push_back(file);
  if (options.files.empty()) {
    err_ << "Usage: :load FILE...\n";
    return;
  }
  LoadArticles(session_, options, out_, err_);
  RefreshVocabulary();
}

}  // namespace stargraph::cli
