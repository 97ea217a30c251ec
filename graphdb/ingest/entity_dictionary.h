// The dictionary of known entities (every node's name and aliases) and the multi-pattern matcher
// over it: a trie of folded (NFKC + case fold) names scanned leftmost-longest, with word
// boundaries for Latin names and exact case for risky short or ambiguous forms.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/utf8_text.h"

namespace stargraph::ingest {

struct EntityRecord {
  std::string name;  // canonical (English where known)
  std::string label;
  std::string description;
  std::vector<std::string> aliases;
  std::set<std::string> ambiguous_aliases;  // surface forms that need supporting evidence
  bool in_graph = false;                    // a node with this name exists in the database
};

struct DictionaryMatch {
  int entity = -1;
  size_t begin = 0;  // code point offsets in the searched text
  size_t end = 0;
  bool needs_support = false;  // an ambiguous form (苹果, Apple) matched
};

class EntityDictionary {
 public:
  // Adds `record`, or merges its aliases into the entity of the same (folded) name; returns the id.
  int Add(const EntityRecord& record);
  // Records `alias` for entity `id` (no effect when another entity already owns the form).
  void AddAlias(int id, const std::string& alias);
  // The entity whose name or alias folds to the same key as `text`, or -1.
  int Find(const std::string& text) const;
  // All matches in `text`, leftmost-longest, not overlapping; a Concept phrase that contains the
  // name of a non-Concept entity is skipped so that the entity is found instead.
  std::vector<DictionaryMatch> FindAll(const std::u32string& text) const;

  const EntityRecord& entity(int id) const { return entities_[static_cast<size_t>(id)]; }
  EntityRecord& mutable_entity(int id) { return entities_[static_cast<size_t>(id)]; }
  size_t size() const { return entities_.size(); }

 private:
  struct Pattern {
    int entity;
    std::u32string surface;  // as written in the dictionary, for exact-case checks
    bool exact_case;
    bool ambiguous;
  };
  struct TrieNode {
    std::map<char32_t, int> next;
    int pattern = -1;
  };
  struct Longest {
    int pattern = -1;
    size_t end = 0;  // in folded code points
  };
  void Insert(int entity, const std::string& form, bool ambiguous);
  // The longest accepted pattern starting at folded position i (Concepts only if `concepts`).
  Longest LongestAt(const FoldedText& folded, const std::u32string& text, size_t i,
                    bool concepts) const;
  bool IsConcept(int pattern) const;
  bool Accepts(const Pattern& p, const std::u32string& text, size_t begin, size_t end) const;

  std::vector<EntityRecord> entities_;
  std::map<std::u32string, int> by_key_;  // folded form -> pattern index
  std::vector<Pattern> patterns_;
  std::vector<TrieNode> trie_{1};
};

}  // namespace stargraph::ingest
