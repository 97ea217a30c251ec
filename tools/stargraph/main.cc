// The stargraph command: subcommands per CONTRACT.md. Exit status 0 success, 1 query or data
// error, 2 usage error.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "admin_commands.h"
#include "database_files.h"
#include "export_command.h"
#include "import_command.h"
#include "load_command.h"
#include "query_command.h"
#include "shell_command.h"
#include "statement_timeout.h"
#include "viz_command.h"

namespace stargraph::cli {
namespace {

constexpr int kUsageError = 2;

struct Commands {
  std::string db = DefaultDatabasePath();
  SessionSettings session;
  ShellCommandOptions shell;
  QueryCommandOptions query;
  ImportCommandOptions import;
  ExportCommandOptions export_options;
  VizCommandOptions viz;
  std::string backup_source;
  std::string backup_destination;
  std::string query_format = "table";
  std::string stats_format = "table";
  LoadCommandOptions load;
  std::string unload_article;
};

void AddDbOption(CLI::App* command, std::string* db) {
  command->add_option("--db", *db,
                      "database directory (default: $STARGRAPH_DB, else ./stargraph.db)");
}

// --read-only and --timeout, for the commands that run statements.
void AddSessionOptions(CLI::App* command, SessionSettings* settings) {
  command->add_flag("--read-only", settings->read_only,
                    "open as a reader, beside another process that writes; writes fail");
  command
      ->add_option_function<std::string>(
          "--timeout",
          [settings](const std::string& text) {
            Result<int64_t> ms = ParseTimeoutSeconds(text);
            if (!ms.ok()) throw CLI::ValidationError("--timeout", ms.status().message());
            settings->timeout_ms = *ms;
          },
          "cancel a statement that runs longer than SECONDS (default: off)")
      ->type_name("SECONDS");
}

void DefineCommands(CLI::App& app, Commands& c) {
  AddDbOption(&app, &c.db);  // for the default shell: `stargraph --db PATH`
  AddSessionOptions(&app, &c.session);
  CLI::App* shell = app.add_subcommand("shell", "interactive Cypher shell (the default)");
  AddDbOption(shell, &c.db);
  AddSessionOptions(shell, &c.session);
  CLI::App* query = app.add_subcommand("query", "run statements, each in its own transaction");
  AddDbOption(query, &c.db);
  AddSessionOptions(query, &c.session);
  query->add_option("--format", c.query_format, "table, csv or json (JSON Lines)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  query->add_option("--param", c.query.params, "a parameter NAME=JSON (repeatable)")
      ->allow_extra_args(false);
  query->add_option("-f,--file", c.query.file, "a script of ;-separated statements")
      ->check(CLI::ExistingFile);
  query->add_option("statements", c.query.statements, "statements to run in order");
  CLI::App* import = app.add_subcommand("import", "bulk-load CSV files (neo4j-admin headers)");
  AddDbOption(import, &c.db);
  import
      ->add_option("--nodes", c.import.nodes, "node file: FILE or Label[:Label]=FILE (repeatable)")
      ->allow_extra_args(false);
  import
      ->add_option("--relationships", c.import.relationships,
                   "relationship file: FILE or TYPE=FILE (repeatable)")
      ->allow_extra_args(false);
  import->add_option("--delimiter", c.import.delimiter, "field delimiter (default ,)");
  import->add_option("--array-delimiter", c.import.array_delimiter,
                     "delimiter inside array cells and :LABEL (default ;)");
  CLI::App* exporter = app.add_subcommand("export", "write the database as Cypher or CSV");
  AddDbOption(exporter, &c.db);
  exporter
      ->add_option("--format", c.export_options.format, "cypher (a script) or csv (import files)")
      ->check(CLI::IsMember({"cypher", "csv"}));
  exporter->add_option("-o,--output", c.export_options.output,
                       "cypher: file (default stdout); csv: directory");
  CLI::App* viz = app.add_subcommand("viz", "draw the nodes and relationships a statement returns");
  AddDbOption(viz, &c.db);
  viz->add_option("-o,--output", c.viz.output,
                  "FILE.svg, .png, .pdf or .dot (default: DOT on stdout)");
  viz->add_option("STATEMENT", c.viz.statement, "a Cypher statement")->required();
  CLI::App* backup = app.add_subcommand("backup", "copy a database while it stays in use");
  backup->add_option("DB", c.backup_source, "database directory")->required();
  backup->add_option("DEST", c.backup_destination, "new directory for the copy")->required();
  CLI::App* check = app.add_subcommand("check", "verify the on-disk structures (exit 1 on damage)");
  AddDbOption(check, &c.db);
  CLI::App* stats = app.add_subcommand("stats", "nodes per label, relationships per type, size");
  AddDbOption(stats, &c.db);
  stats->add_option("--format", c.stats_format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  CLI::App* load = app.add_subcommand("load", "extract articles (txt/md) into the graph");
  AddDbOption(load, &c.db);
  load->add_flag("--dry-run", c.load.dry_run, "extract and print only; write nothing");
  load->add_option("--format", c.load.format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  load->add_option("--extractor", c.load.extractor, "external extractor command (JSON in/out)");
  load->add_option("files", c.load.files, "article files")->required();
  CLI::App* unload = app.add_subcommand("unload", "remove what only one article supports");
  AddDbOption(unload, &c.db);
  unload->add_option("ARTICLE", c.unload_article, "article id or file name")->required();
  app.require_subcommand(0, 1);
}

int Dispatch(CLI::App& app, Commands& c) {
  if (app.got_subcommand("query")) {
    c.query.db = c.db;
    c.query.session = c.session;
    ParseOutputFormat(c.query_format, &c.query.format);  // IsMember checked the name
    return RunQueryCommand(c.query);
  }
  if (app.got_subcommand("import")) {
    c.import.db = c.db;
    return RunImportCommand(c.import);
  }
  if (app.got_subcommand("export")) {
    c.export_options.db = c.db;
    return RunExportCommand(c.export_options);
  }
  if (app.got_subcommand("load")) {
    c.load.db = c.db;
    return RunLoadCommand(c.load);
  }
  if (app.got_subcommand("unload")) return RunUnloadCommand(c.db, c.unload_article);
  if (app.got_subcommand("viz")) {
    c.viz.db = c.db;
    return RunVizCommand(c.viz);
  }
  if (app.got_subcommand("backup")) return RunBackup(c.backup_source, c.backup_destination);
  if (app.got_subcommand("check")) return RunCheck(c.db);
  if (app.got_subcommand("stats")) {
    return RunStats(c.db, c.stats_format == "json" ? OutputFormat::kJson : OutputFormat::kTable);
  }
  c.shell.db = c.db;
  c.shell.session = c.session;
  c.shell.db_given = app.count("--db") + app.get_subcommand("shell")->count("--db") > 0;
  return RunShellCommand(c.shell);
}

int Main(int argc, char** argv) {
  CLI::App app{"stargraph: an embedded knowledge-graph database queried in openCypher"};
  app.name("stargraph");
  app.footer(
      "export, viz, check and stats always open the database read-only.\n"
      "Exit status: 0 success, 1 query or data error, 2 usage error.");
  Commands commands;
  DefineCommands(app, commands);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }
  return Dispatch(app, commands);
}

}  // namespace
}  // namespace stargraph::cli

int main(int argc, char** argv) { return stargraph::cli::Main(argc, argv); }
