// What the loader extracts from one article: the dry-run JSON of CONTRACT.md in memory.
#pragma once

#include <string>
#include <vector>

#include "common/value.h"
#include "ingest/article.h"

namespace stargraph::ingest {

struct ExtractedEntity {
  std::string name;  // canonical name (the graph node's name when known)
  std::string label;
  std::vector<std::string> aliases;  // surface forms seen in the article
  int mentions = 0;
  std::string evidence;  // the first sentence naming it
};

struct ExtractedRelation {
  std::string type;
  std::string from;  // entity names
  std::string to;
  ValueMap properties;
  std::string evidence;
};

struct Extraction {
  Article article;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedRelation> relations;
};

// Relationship types and labels of shared/SCHEMA.md.
bool IsSchemaRelationType(const std::string& type);
bool IsSchemaLabel(const std::string& label);

}  // namespace stargraph::ingest
