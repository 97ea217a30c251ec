// Fuzz target: arbitrary bytes as an article file through the whole loader (reader, sentence
// splitting, extraction, resolver, graph writer) into a scratch database. Load() must return a
// status, never crash; the first byte picks the file's language suffix.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "ingest/article_loader.h"
#include "stargraph/database.h"

namespace {

namespace fs = std::filesystem;

void Require(bool condition) {
  if (!condition) std::abort();
}

// Written articles accumulate in the database; it is recreated every kArticlesPerDatabase so the
// graph (and the time per input) stays small.
constexpr int kArticlesPerDatabase = 200;

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("sg_fuzz_article_" + std::to_string(getpid()));
  std::unique_ptr<stargraph::Database> db;
  std::unique_ptr<stargraph::Session> session;
  std::unique_ptr<stargraph::ingest::ArticleLoader> loader;
  int written = 0;

  Scratch() { Reset(); }
  ~Scratch() { Close(); }
  void Close() {
    loader.reset();
    session.reset();
    db.reset();
    fs::remove_all(dir);
  }
  void Reset() {
    Close();
    fs::create_directories(dir);
    auto opened = stargraph::Database::Open((dir / "db").string());
    Require(opened.ok());
    db = std::move(*opened);
    session = db->Connect();
    loader = std::make_unique<stargraph::ingest::ArticleLoader>(*session,
                                                                stargraph::ingest::LoadOptions{});
    Require(loader->Prepare().ok());
    written = 0;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Scratch scratch;
  if (size == 0) return 0;
  static constexpr const char* kNames[] = {"2025-01-22-fuzz.zh.txt", "2025-01-22-fuzz.en.txt",
                                           "fuzz.md", "fuzz"};
  const fs::path path = scratch.dir / kNames[data[0] % 4];
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(data) + 1, std::streamsize(size - 1));
  stargraph::ingest::LoadOutcome outcome = scratch.loader->Load(path.string());
  fs::remove(path);
  if (outcome.status.ok() && ++scratch.written >= kArticlesPerDatabase) scratch.Reset();
  return 0;
}
