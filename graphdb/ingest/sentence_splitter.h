// Splits article text into sentences: Chinese at 。！？；… and English at . ! ? followed by a
// new sentence, but not after abbreviations ("Inc.", "U.S.", "Calif.", "Aug.") or in decimals.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stargraph::ingest {

struct Sentence {
  std::string text;      // trimmed, verbatim from the input
  size_t paragraph = 0;  // index of the paragraph (blank-line separated) it belongs to
};

// The sentences of `text` in order; paragraph breaks always end a sentence. Closing quotes and
// brackets right after the end mark stay with the sentence.
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace stargraph::ingest
