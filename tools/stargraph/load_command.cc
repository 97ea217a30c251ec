#include "load_command.h"

#include <stdlib.h>

#include <filesystem>
#include <iostream>

#include "ingest/article_loader.h"
#include "ingest/extraction_json.h"
#include "progress_bar.h"
#include "stargraph/database.h"

namespace stargraph::cli {

namespace {

struct Tally {
  int loaded = 0;
  int unchanged = 0;
  int failed = 0;
};

void PrintTableLine(const ingest::LoadOutcome& o, bool dry_run, std::ostream& out) {
  const ingest::Extraction& x = o.extraction;
  out << o.path << ": " << x.article.id << " (" << x.article.date << ") ";
  if (o.stats.already_loaded) {
    out << "already loaded, unchanged\n";
    return;
  }
  out << x.entities.size() << " entities, " << x.relations.size() << " relations";
  if (!dry_run) {
    out << "; " << o.stats.entities_created << " new entities, " << o.stats.relationships_created
        << " new relationships, " << o.stats.relationships_supported
        << " existing relationships confirmed";
  }
  out << "\n";
  if (dry_run) {
    for (const ingest::ExtractedRelation& r : x.relations) {
      out << "  " << r.from << " -[" << r.type << "]-> " << r.to << "\n";
    }
  }
}

}  // namespace

int LoadArticles(Session& session, const LoadCommandOptions& options, std::ostream& out,
                 std::ostream& err) {
  ingest::ArticleLoader loader(session, {options.dry_run, options.extractor});
  Status prepared = loader.Prepare();
  if (!prepared.ok()) {
    err << "stargraph load: " << prepared.ToString() << "\n";
    return 1;
  }
  Tally tally;
  ProgressBar progress(err, ProgressWanted(options.format == "json"), "articles",
                       options.files.size());
  progress.Update(0);
  for (size_t i = 0; i < options.files.size(); ++i) {
    ingest::LoadOutcome o = loader.Load(options.files[i]);
    progress.Hide();  // the lines below may go to the same terminal
    if (!o.status.ok()) {
      ++tally.failed;
      err << "stargraph load: " << o.path << ": " << o.status.message() << "\n";
    } else {
      ++(o.stats.already_loaded ? tally.unchanged : tally.loaded);
      if (options.format == "json") {
        out << ingest::ExtractionToJson(o.extraction) << "\n";
      } else {
        PrintTableLine(o, options.dry_run, out);
      }
    }
    out.flush();
    progress.Update(i + 1);
  }
  progress.Finish();
  err << (options.dry_run ? "extracted " : "loaded ") << tally.loaded << ", unchanged "
      << tally.unchanged << ", failed " << tally.failed << " of " << options.files.size()
      << " article(s)\n";
  return tally.failed == 0 ? 0 : 1;
}

namespace {

int LoadInto(const std::string& path, const DatabaseOptions& open,
             const LoadCommandOptions& options) {
  Result<std::unique_ptr<Database>> db = Database::Open(path, open);
  if (!db.ok()) {
    std::cerr << "stargraph load: " << db.status().ToString() << "\n";
    return 1;
  }
  std::unique_ptr<Session> session = (*db)->Connect();
  return LoadArticles(*session, options, std::cout, std::cerr);
}

// A dry run writes nothing: it reads an existing database as a reader (so a writer may be busy
// in it), and without one it extracts with the lexicon alone, in a scratch database it removes.
int DryRunLoad(const LoadCommandOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(options.db, ec)) {
    DatabaseOptions reader;
    reader.create_if_missing = false;
    reader.read_only = true;
    return LoadInto(options.db, reader, options);
  }
  std::string scratch = (fs::temp_directory_path(ec) / "stargraph-dry-run-XXXXXX").string();
  if (ec || mkdtemp(scratch.data()) == nullptr) {
    std::cerr << "stargraph load: cannot create a scratch directory for the dry run\n";
    return 1;
  }
  const int rc = LoadInto(scratch + "/db", DatabaseOptions(), options);
  fs::remove_all(scratch, ec);
  return rc;
}

}  // namespace

int RunLoadCommand(const LoadCommandOptions& options) {
  if (options.dry_run) return DryRunLoad(options);
  return LoadInto(options.db, DatabaseOptions(), options);
}

int RunUnloadCommand(const std::string& db_path, const std::string& article_id) {
  DatabaseOptions existing;
  existing.create_if_missing = false;
  Result<std::unique_ptr<Database>> db = Database::Open(db_path, existing);
  if (!db.ok()) {
    std::cerr << "stargraph unload: " << db.status().ToString() << "\n";
    return 1;
  }
  std::unique_ptr<Session> session = (*db)->Connect();
  // Accept a file name as well as an id: "dev/2025-01-22-stargate.zh.txt" -> "2025-01-22-stargate".
  std::string id = article_id;
  if (const size_t slash = id.find_last_of('/'); slash != std::string::npos)
    id = id.substr(slash + 1);
  for (const char* suffix : {".txt", ".md"}) {
    const std::string s(suffix);
    if (id.size() > s.size() && id.compare(id.size() - s.size(), s.size(), s) == 0) {
      id = id.substr(0, id.size() - s.size());
      for (const char* lang : {".zh", ".en"}) {
        const std::string l(lang);
        if (id.size() > l.size() && id.compare(id.size() - l.size(), l.size(), l) == 0) {
          id = id.substr(0, id.size() - l.size());
        }
      }
    }
  }
  Result<ingest::UnloadStats> stats = ingest::UnloadArticle(*session, id);
  if (!stats.ok()) {
    std::cerr << "stargraph unload: " << stats.status().message() << "\n";
    return 1;
  }
  std::cout << "unloaded " << id << ": " << stats->relationships_deleted
            << " relationships deleted, " << stats->relationships_kept << " kept (other sources), "
            << stats->entities_deleted << " entities deleted, " << stats->aliases_removed
            << " aliases removed\n";
  return 0;
}

}  // namespace stargraph::cli
