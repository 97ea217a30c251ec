// Fuzz target: arbitrary bytes as the CSV files of `stargraph import` (ImportCsv) into a scratch
// database. The input is split at its first NUL byte into a nodes file and a relationships file;
// the first byte picks delimiters. Import must succeed or fail with a Status: no crash, and a
// failed import leaves the database unchanged (checked with Database::Check).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "stargraph/csv_import.h"
#include "stargraph/database.h"

namespace {

namespace fs = std::filesystem;

void Require(bool condition) {
  if (!condition) std::abort();
}

// One scratch directory and database per fuzzing process, recreated after a successful import
// (failed imports add nothing, so the database stays small without reopening every time).
struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("sg_fuzz_csv_" + std::to_string(getpid()));
  std::unique_ptr<stargraph::Database> db;

  Scratch() { Reset(); }
  ~Scratch() {
    db.reset();
    fs::remove_all(dir);
  }
  void Reset() {
    db.reset();
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = stargraph::Database::Open((dir / "db").string());
    Require(opened.ok());
    db = std::move(*opened);
  }
  std::string Write(const std::string& name, std::string_view bytes) const {
    const fs::path path = dir / name;
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
    return path.string();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Scratch scratch;
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t split = input.find('\0');
  stargraph::CsvImportOptions options;
  options.delimiter = (data[0] & 1) ? '|' : ',';
  options.array_delimiter = (data[0] & 2) ? ',' : ';';
  options.nodes.push_back(
      {scratch.Write("nodes.csv", input.substr(0, split)), (data[0] & 4) ? "Company" : ""});
  if (split != std::string_view::npos) {
    options.relationships.push_back(
        {scratch.Write("rels.csv", input.substr(split + 1)), (data[0] & 8) ? "DEAL_WITH" : ""});
  }
  auto imported = stargraph::ImportCsv(*scratch.db, options);
  if (imported.ok()) {
    auto check = scratch.db->Check();
    Require(check.ok() && check->problems.empty());
    scratch.Reset();
  }
  return 0;
}
