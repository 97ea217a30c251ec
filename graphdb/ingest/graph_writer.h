// Writes an extraction into the graph through parameterized Cypher (article text is only ever a
// parameter), and takes an article back out.
//
// Provenance: (:Article {id, title, date, source, url, language, sha256}) MENTIONS each entity;
// every relationship carries `sources` (article ids) and `evidence` (sentences, same order) and
// a `key` "TYPE:from->to" so that a fact stated by several articles is one relationship.
// Entities created by an article carry `created_by`. Each MENTIONS records the surface forms
// the article used (`aliases`) and the ones it added to the node (`aliases_added`).
#pragma once

#include <string>

#include "common/status.h"
#include "ingest/extraction.h"
#include "stargraph/database.h"

namespace stargraph::ingest {

struct WriteStats {
  bool already_loaded = false;  // same id and sha256 present: nothing was written
  int entities_created = 0;
  int entities_linked = 0;  // existing nodes the article mentions
  int relationships_created = 0;
  int relationships_supported = 0;  // existing relationships that gained this article as source
};

// Writes `extraction` in one explicit transaction (all or nothing). InvalidArgument when an
// article with the same id but other content is loaded (unload it first) or a label/type is not
// a schema name; Internal when a statement fails (the transaction is rolled back).
Result<WriteStats> WriteExtraction(Session& session, const Extraction& extraction);

struct UnloadStats {
  int relationships_deleted = 0;
  int relationships_kept = 0;  // still supported by other articles
  int entities_deleted = 0;
  int aliases_removed = 0;  // given only by this article
};

// Removes exactly what only article `article_id` supports: its id in `sources` (with the matching
// evidence), relationships left with no source, aliases it added that no other article uses
// (one that another still uses passes to that article), entities it created that no other
// article mentions, and the Article node. NotFound when no such article is loaded.
Result<UnloadStats> UnloadArticle(Session& session, const std::string& article_id);

}  // namespace stargraph::ingest
