// The base lexicon (seed/lexicon/*.json) and the dictionary built from the graph's own nodes.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "ingest/entity_dictionary.h"
#include "stargraph/database.h"

namespace stargraph::ingest {

// Entries of one lexicon file (a JSON array of {name, label, aliases, description,
// ambiguous_aliases}). InvalidArgument for malformed JSON or entries without name/label.
Result<std::vector<EntityRecord>> ReadLexiconFile(const std::string& path);

// The lexicon files shipped with stargraph (installed copy, else the source tree's seed/lexicon),
// in load order; empty when none is found. $STARGRAPH_LEXICON_DIR overrides the directory.
std::vector<std::string> DefaultLexiconPaths();

// MERGEs every entity of the lexicon at `path` into the graph (name, label, aliases, description)
// in one transaction, then records a (:Lexicon {file, sha256}) marker. Idempotent: a file whose
// marker has the same sha256 is skipped at the cost of one query. The session must not be inside
// a transaction.
Status LoadLexicon(Session& session, const std::string& path);

// True when the marker of the lexicon file at `path` is present with the same content hash.
bool LexiconLoaded(Session& session, const std::string& path);

// The dictionary of every named node in the graph (Article and Lexicon nodes excluded).
Result<EntityDictionary> DictionaryFromGraph(Session& session);

}  // namespace stargraph::ingest
