// The loading pipeline for a batch of articles: read -> extract (built-in or external) -> write.
#pragma once

#include <string>

#include "common/status.h"
#include "ingest/entity_dictionary.h"
#include "ingest/extraction.h"
#include "ingest/graph_writer.h"
#include "stargraph/database.h"

namespace stargraph::ingest {

struct LoadOptions {
  bool dry_run = false;           // extract only; nothing is written
  std::string extractor_command;  // empty: the built-in extractor
};

struct LoadOutcome {
  std::string path;
  Status status;          // why the file failed, if it did
  Extraction extraction;  // filled when status is OK
  WriteStats stats;       // filled when written
};

class ArticleLoader {
 public:
  ArticleLoader(Session& session, LoadOptions options);

  // Makes sure the base lexicon is in the graph (not in dry-run mode, where it is only read) and
  // builds the dictionary. Errors: the lexicon cannot be read or written.
  Status Prepare();
  // Reads, extracts and (unless dry-run) writes one article. Never throws; the outcome's status
  // says what went wrong (bad input, extractor failure, invalid extractor output, write error).
  LoadOutcome Load(const std::string& path);

 private:
  Status Extract(const Article& article, Extraction* out);

  Session& session_;
  LoadOptions options_;
  EntityDictionary dictionary_;
};

// Runs `command` through the shell with `input` on stdin; returns its stdout. InvalidArgument
// when it cannot start or exits with a non-zero status (its stderr passes through).
Result<std::string> RunExternalCommand(const std::string& command, const std::string& input);

}  // namespace stargraph::ingest
