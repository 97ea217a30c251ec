#include "ingest/entity_dictionary.h"

#include "ingest/utf8_text.h"

namespace stargraph::ingest {

namespace {

// Short all-capital Latin forms ("AMD", "ZT", "US") and mixed forms like "Arm" collide with
// ordinary words when case is ignored, so they match only as written.
bool NeedsExactCase(const std::u32string& surface) {
  bool all_latin = !surface.empty();
  for (char32_t c : surface) all_latin = all_latin && (IsAsciiAlnum(c) || c == '.' || c == '-');
  return all_latin && surface.size() <= 4;
}

}  // namespace

int EntityDictionary::Add(const EntityRecord& record) {
  int id = Find(record.name);  // a name that is a known alias merges into that entity
  if (id < 0) {
    id = static_cast<int>(entities_.size());
    entities_.push_back(record);
    entities_.back().aliases.clear();
    Insert(id, record.name, record.ambiguous_aliases.count(record.name) > 0);
  } else {
    EntityRecord& existing = entities_[static_cast<size_t>(id)];
    existing.in_graph = existing.in_graph || record.in_graph;
    if (existing.description.empty()) existing.description = record.description;
    for (const std::string& a : record.ambiguous_aliases) existing.ambiguous_aliases.insert(a);
  }
  for (const std::string& alias : record.aliases) {
    entities_[static_cast<size_t>(id)].ambiguous_aliases.count(alias) > 0 ? Insert(id, alias, true)
                                                                          : AddAlias(id, alias);
  }
  return id;
}

void EntityDictionary::AddAlias(int id, const std::string& alias) { Insert(id, alias, false); }

void EntityDictionary::Insert(int entity, const std::string& form, bool ambiguous) {
  std::u32string surface;
  if (!DecodeUtf8(TrimSpace(form), &surface) || surface.empty()) return;
  const std::u32string key = FoldString(surface);
  if (key.empty() || by_key_.count(key)) return;
  EntityRecord& record = entities_[static_cast<size_t>(entity)];
  if (form != record.name) record.aliases.push_back(form);
  const int index = static_cast<int>(patterns_.size());
  patterns_.push_back({entity, surface, NeedsExactCase(surface) || ambiguous, ambiguous});
  by_key_[key] = index;
  int node = 0;
  for (char32_t c : key) {
    auto it = trie_[static_cast<size_t>(node)].next.find(c);
    if (it == trie_[static_cast<size_t>(node)].next.end()) {
      trie_.push_back({});
      const int child = static_cast<int>(trie_.size()) - 1;
      trie_[static_cast<size_t>(node)].next[c] = child;
      node = child;
    } else {
      node = it->second;
    }
  }
  trie_[static_cast<size_t>(node)].pattern = index;
}

int EntityDictionary::Find(const std::string& text) const {
  std::u32string surface;
  if (!DecodeUtf8(TrimSpace(text), &surface)) return -1;
  auto it = by_key_.find(FoldString(surface));
  return it == by_key_.end() ? -1 : patterns_[static_cast<size_t>(it->second)].entity;
}

bool EntityDictionary::Accepts(const Pattern& p, const std::u32string& text, size_t begin,
                               size_t end) const {
  if (IsAsciiAlnum(p.surface.front()) && begin > 0 && IsAsciiAlnum(text[begin - 1])) return false;
  if (IsAsciiAlnum(p.surface.back()) && end < text.size() && IsAsciiAlnum(text[end])) return false;
  if (!p.exact_case) return true;
  // Latin forms must match exactly as written; CJK forms have no case.
  bool latin = false;
  for (char32_t c : p.surface) latin = latin || IsAsciiAlpha(c);
  if (!latin) return true;
  return text.compare(begin, end - begin, p.surface) == 0;
}

EntityDictionary::Longest EntityDictionary::LongestAt(const FoldedText& folded,
                                                      const std::u32string& text, size_t i,
                                                      bool concepts) const {
  Longest best;
  int node = 0;
  for (size_t j = i; j < folded.folded.size(); ++j) {
    auto it = trie_[static_cast<size_t>(node)].next.find(folded.folded[j]);
    if (it == trie_[static_cast<size_t>(node)].next.end()) break;
    node = it->second;
    const int pattern = trie_[static_cast<size_t>(node)].pattern;
    if (pattern < 0 || (!concepts && IsConcept(pattern))) continue;
    const size_t begin = folded.origin[i];
    const size_t end = j + 1 < folded.origin.size() ? folded.origin[j + 1] : text.size();
    if (Accepts(patterns_[static_cast<size_t>(pattern)], text, begin, end)) {
      best = {pattern, j + 1};
    }
  }
  return best;
}

bool EntityDictionary::IsConcept(int pattern) const {
  return entity(patterns_[static_cast<size_t>(pattern)].entity).label == "Concept";
}

std::vector<DictionaryMatch> EntityDictionary::FindAll(const std::u32string& text) const {
  const FoldedText folded = FoldText(text);
  std::vector<DictionaryMatch> out;
  size_t i = 0;
  while (i < folded.folded.size()) {
    Longest best = LongestAt(folded, text, i, true);
    // A Concept phrase ("甲骨文超过90%的订单来自OpenAI") yields to the entities named inside it.
    if (best.pattern >= 0 && IsConcept(best.pattern)) {
      for (size_t k = i; k < best.end; ++k) {
        if (LongestAt(folded, text, k, false).pattern >= 0) {
          best = LongestAt(folded, text, i, false);
          break;
        }
      }
    }
    if (best.pattern < 0) {
      ++i;
      continue;
    }
    const Pattern& p = patterns_[static_cast<size_t>(best.pattern)];
    const size_t end = best.end < folded.origin.size() ? folded.origin[best.end] : text.size();
    bool cjk = false;
    for (char32_t c : p.surface) cjk = cjk || IsHan(c);
    out.push_back({p.entity, folded.origin[i], end, p.ambiguous && cjk});
    i = best.end;
  }
  return out;
}

}  // namespace stargraph::ingest
