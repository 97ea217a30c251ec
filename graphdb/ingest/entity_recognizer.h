// Entity recognition for one article: dictionary matches (the graph's names and aliases),
// discovered names added to a per-article copy of the dictionary, apposition aliases, and the
// mentions of every sentence.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/entity_dictionary.h"
#include "ingest/extraction.h"

namespace stargraph::ingest {

struct Mention {
  int entity = -1;
  size_t begin = 0;  // code points in the sentence
  size_t end = 0;
};

struct AnalyzedSentence {
  std::string text;
  std::u32string code_points;
  std::vector<Mention> mentions;  // in text order, not overlapping
  bool is_title = false;
  bool is_dateline = false;  // entities only, no relations
};

struct RecognizedArticle {
  EntityDictionary dictionary;  // the base dictionary plus this article's new names and aliases
  std::vector<AnalyzedSentence> sentences;
  std::vector<ExtractedEntity> entities;  // every entity mentioned, in order of first mention
};

// Finds the entities of `article`; `base` is the dictionary of the graph (plus the lexicon).
RecognizedArticle RecognizeEntities(const Article& article, const EntityDictionary& base);

}  // namespace stargraph::ingest
