// The dry-run JSON of one article (CONTRACT.md) and strict reading of an external extractor's
// output in the same format.
#pragma once

#include <string>

#include "common/status.h"
#include "ingest/extraction.h"

namespace stargraph::ingest {

// One line of JSON: {"article": {...}, "entities": [...], "relations": [...]}.
std::string ExtractionToJson(const Extraction& extraction);

// The article as an external extractor receives it on stdin:
// {"id", "title", "date", "source", "url", "language", "text"}.
std::string ArticleToJson(const Article& article);

// Parses an extractor's output for `article` into *out. InvalidArgument (naming the offending
// entry) for malformed JSON, unknown labels or relation types, an entity listed twice,
// relations whose from/to name no listed entity, properties that are not strings or finite
// numbers (amounts must be >= 0), dates that are not ISO (yyyy[-mm[-dd]]), and a DEAL_WITH kind
// or SUPPLIES what outside the SCHEMA vocabulary.
Status ExtractionFromJson(const std::string& text, const Article& article, Extraction* out);

}  // namespace stargraph::ingest
