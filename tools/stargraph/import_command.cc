#include "import_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

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
  CsvImportOptions import;
  for (const std::string& n : options.nodes) import.nodes.push_back(ParseFileArgument(n));
  for (const std::string& r : options.relationships) {
    import.relationships.push_back(ParseFileArgument(r));
  }
  import.delimiter = options.delimiter[0];
  import.array_delimiter = options.array_delimiter[0];
  const bool terminal = isatty(STDERR_FILENO) != 0;
  if (terminal) {
    import.progress = [](int64_t rows) {
      std::fprintf(stderr, "\r  %lld rows read", static_cast<long long>(rows));
  };
}
auto db = Database::Open(options.db);
if (!db.ok()) {
  std::cerr << "stargraph import: " << db.status().message() << "\n";
  return 1;
}
const auto start = std::chrono::steady_clock::now();
Result<CsvImportSummary> summary = ImportCsv(**db, import);
if (terminal) std::fprintf(stderr, "\r\033[K");
if (!summary.ok()) {
  std::cerr << "stargraph import: " << summary.status().message() << "\nnothing was imported\n";
  return 1;
}
const double seconds =
    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
std::printf("imported %lld nodes, %lld relationships, %lld properties in %.2f s\n",
            static_cast<long long>(summary->nodes), static_cast<long long>(summary->relationships),
            static_cast<long long>(summary->properties), seconds);
return 0;
}  // namespace stargraph::cli

}  // namespace stargraph::cli
