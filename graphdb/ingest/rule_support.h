// Helpers shared by the cue-rule files (relation_rules_*.cc): running a regular expression over
// a masked sentence (compiled once, regex_cache.h) and reading mention slots and byte positions out
// of its matches.
#pragma once

#include <regex>
#include <string>

#include "ingest/regex_cache.h"
#include "ingest/relation_context.h"

namespace stargraph::ingest {

// ForEachMatch over the masked sentence with the flags of each language's rules: English ignores
// case.
inline void ForEachEn(const SentenceView& v, const std::string& pattern,
                      const std::function<void(const std::smatch&)>& fn) {
  ForEachMatch(v.masked(), pattern, std::regex::icase, fn);
}
inline void ForEachZh(const SentenceView& v, const std::string& pattern,
                      const std::function<void(const std::smatch&)>& fn) {
  ForEachMatch(v.masked(), pattern, std::regex::ECMAScript, fn);
}

// A mention slot in a pattern (kSlot of relation_context.h).
inline const std::string kE = kSlot;
// A few words (English) or characters (Chinese) within one clause and without another mention.
inline const std::string kGapEn = "(?:[^.;\\x01]{0,60}?)";
inline const std::string kGapZh = "(?:(?:(?!，|。|；|\\x01)[\\s\\S]){0,36}?)";

// The mention index of a matched slot group, or -1 when the group did not take part.
inline int Slot(const SentenceView& v, const std::ssub_match& group) {
  return group.matched ? v.SlotIndex(group.str()) : -1;
}

inline size_t Pos(const std::smatch& m, int group = 0) {
  return static_cast<size_t>(m.position(group));
}
inline size_t EndOf(const std::smatch& m, int group = 0) {
  return static_cast<size_t>(m.position(group) + m.length(group));
}

inline bool IsPerson(const SentenceView& v, int k) { return k >= 0 && v.Label(k) == "Person"; }
inline bool IsPlace(const SentenceView& v, int k) { return k >= 0 && v.Label(k) == "Place"; }

// The organization acting before byte `at` in its clause, else the sentence subject (-1: none).
inline int ActorBefore(const SentenceView& v, size_t at) {
  const int k = v.NearestBefore(at, v.ClauseBegin(at), [&](int c) { return v.IsOrg(c); });
  return k >= 0 ? k : v.Subject();
}

}  // namespace stargraph::ingest
