// The built-in extractor: entities (entity_recognizer.h) and relations from cue patterns, merged
// into one Extraction per article.
#pragma once

#include "ingest/article.h"
#include "ingest/entity_dictionary.h"
#include "ingest/extraction.h"

namespace stargraph::ingest {

// Extracts the entities and relations of `article`, resolving names against `dictionary` (the
// graph's names plus the lexicon). At most one relation per (type, from, to); a relation found in
// several sentences keeps the first evidence and gains properties it lacked from the others.
Extraction ExtractArticle(const Article& article, const EntityDictionary& dictionary);

}  // namespace stargraph::ingest
