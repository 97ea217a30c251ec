// Discovery of names the dictionary does not know: Latin-script names inside Chinese text,
// capitalized word sequences in English, transliterated person names (乔·多明格斯), apposition
// pairs (星座能源（Constellation Energy）), 名为“X” and facility names (北安娜核电站), each with a
// label guess. Common acronyms (AI, GPU, IPO, CEO...) are never names.
#pragma once

#include <string>
#include <vector>

namespace stargraph::ingest {

struct NameCandidate {
  size_t begin = 0;  // code points in the sentence
  size_t end = 0;
  std::string label{};
  // For an apposition pair, the span of the other form (its alias); else begin == end == 0.
  size_t alias_begin = 0;
  size_t alias_end = 0;
  bool sentence_initial = false;  // an English single word at the start (weak evidence)
};

// Candidates in `sentence`; `covered[i]` marks code points inside dictionary matches, which
// candidates never overlap (except an apposition partner, which may be a known name).
std::vector<NameCandidate> DiscoverNames(const std::u32string& sentence,
                                         const std::vector<bool>& covered);

// True for words that are never entity names on their own (AI, GPU, CEO, IPO, Monday...).
bool IsStopName(const std::string& word);

}  // namespace stargraph::ingest
