#include "ingest/article_loader.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "ingest/extraction_json.h"
#include "ingest/lexicon.h"
#include "ingest/relation_extractor.h"

namespace stargraph::ingest {

ArticleLoader::ArticleLoader(Session& session, LoadOptions options)
    : session_(session), options_(std::move(options)) {}

Status ArticleLoader::Prepare() {
  for (const std::string& path : DefaultLexiconPaths()) {
    if (!options_.dry_run) {
      Status s = LoadLexicon(session_, path);
      if (!s.ok()) return s;
    } else if (!LexiconLoaded(session_, path)) {
      Result<std::vector<EntityRecord>> records = ReadLexiconFile(path);
      if (!records.ok()) return records.status();
      for (const EntityRecord& r : *records) dictionary_.Add(r);
    }
  }
  Result<EntityDictionary> graph = DictionaryFromGraph(session_);
  if (!graph.ok()) return graph.status();
  for (size_t i = 0; i < graph->size(); ++i) dictionary_.Add(graph->entity(static_cast<int>(i)));
  return Status::OK();
}

Status ArticleLoader::Extract(const Article& article, Extraction* out) {
  if (options_.extractor_command.empty()) {
    *out = ExtractArticle(article, dictionary_);
    return Status::OK();
  }
  Result<std::string> output =
      RunExternalCommand(options_.extractor_command, ArticleToJson(article));
  if (!output.ok()) return output.status();
  return ExtractionFromJson(*output, article, out);
}

LoadOutcome ArticleLoader::Load(const std::string& path) {
  LoadOutcome outcome;
  outcome.path = path;
  Result<Article> article = ReadArticleFile(path);
  if (!article.ok()) {
    outcome.status = article.status();
    return outcome;
  }
  outcome.status = Extract(*article, &outcome.extraction);
  if (!outcome.status.ok() || options_.dry_run) return outcome;
  Result<WriteStats> stats = WriteExtraction(session_, outcome.extraction);
  if (!stats.ok()) {
    outcome.status = stats.status();
    return outcome;
  }
  outcome.stats = *stats;
  // New entities and aliases improve the next article's recognition.
  for (const ExtractedEntity& e : outcome.extraction.entities) {
    EntityRecord record{e.name, e.label, "", e.aliases, {}, true};
    dictionary_.Add(record);
  }
  return outcome;
}

Result<std::string> RunExternalCommand(const std::string& command, const std::string& input) {
  char path[] = "/tmp/stargraph-article-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return Status::IOError("cannot create a temporary file");
  const bool written = write(fd, input.data(), input.size()) == static_cast<ssize_t>(input.size());
  close(fd);
  if (!written) {
    unlink(path);
    return Status::IOError("cannot write a temporary file");
  }
  // The command is the user's own; only the temporary path is appended.
  FILE* pipe = popen(("(" + command + ") < '" + std::string(path) + "'").c_str(), "r");
  if (pipe == nullptr) {
    unlink(path);
    return Status::InvalidArgument("cannot run extractor: " + command);
  }
  std::string output;
  char buffer[4096];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = pclose(pipe);
  unlink(path);
  if (status != 0) {
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return Status::InvalidArgument("extractor exited with status " + std::to_string(code));
  }
  return output;
}

}  // namespace stargraph::ingest
