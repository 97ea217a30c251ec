#include "import_command.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "progress_bar.h"
#include "stargraph/csv_import.h"

namespace stargraph::cli {
namespace {

// "Label=path" -> {path, Label}; a plain path has no label or type.
CsvImportFile ParseFileArgument(const std::string& arg) {
  const size_t eq = arg.find('=');
  if (eq == std::string::npos) return CsvImportFile{arg, ""};
  return CsvImportFile{arg.substr(eq + 1), arg.substr(0, eq)};
}

}  // namespace

int RunImportCommand(const ImportCommandOptions& options) {
  if (options.delimiter.size() != 1 || options.array_delimiter.size() != 1) {
    std::cerr << "stargraph import: delimiters must be single characters\n";
    return 2;
  }
  if (options.nodes.empty() && options.relationships.empty()) {
    std::cerr << "stargraph import: give at least one --nodes or --relationships file\n";
    return 2;
  }
  CsvImportOptions csv;
  for (const std::string& n : options.nodes) csv.nodes.push_back(ParseFileArgument(n));
  for (const std::string& r : options.relationships) {
    csv.relationships.push_back(ParseFileArgument(r));
  }
  csv.delimiter = options.delimiter[0];
  csv.array_delimiter = options.array_delimiter[0];
  ProgressBar progress(std::cerr, ProgressWanted(false), "rows read", 0);
  csv.progress = [&progress](int64_t rows) { progress.Update(static_cast<uint64_t>(rows)); };
  auto db = Database::Open(options.db);
  if (!db.ok()) {
    std::cerr << "stargraph import: " << db.status().message() << "\n";
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  Result<CsvImportSummary> summary = ImportCsv(**db, csv);
  if (!summary.ok()) {
    progress.Hide();
    std::cerr << "stargraph import: " << summary.status().message() << "\nnothing was imported\n";
    return 1;
  }
  progress.Update(static_cast<uint64_t>(summary->nodes + summary->relationships));
  progress.Finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("imported %lld nodes, %lld relationships, %lld properties in %.2f s\n",
              static_cast<long long>(summary->nodes),
              static_cast<long long>(summary->relationships),
              static_cast<long long>(summary->properties), seconds);
  return 0;
}

}  // namespace stargraph::cli
