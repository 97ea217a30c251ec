// UTF-8 helpers for the text pipeline: decoding to code points, character classes, and a folded
// (NFKC + case fold) copy of a text that remembers where each folded code point came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stargraph::ingest {

// Decodes `text`; false (with *error_offset set to the first bad byte) when it is not UTF-8.
bool DecodeUtf8(std::string_view text, std::u32string* out, size_t* error_offset = nullptr);
std::string EncodeUtf8(std::u32string_view text);
void AppendUtf8(char32_t c, std::string* out);

bool IsHan(char32_t c);
bool IsAsciiAlpha(char32_t c);
bool IsAsciiDigit(char32_t c);
bool IsAsciiAlnum(char32_t c);
bool IsAsciiUpper(char32_t c);

// A text folded one code point at a time (NFKC + case fold), with origin[i] = the index in the
// original code points of folded[i]. Used by the matcher so that matches map back to the text.
struct FoldedText {
  std::u32string folded;
  std::vector<size_t> origin;
};
FoldedText FoldText(std::u32string_view text);
// The folded form of a whole string (the matcher's dictionary keys).
std::u32string FoldString(std::u32string_view text);

// Trims ASCII and ideographic whitespace at both ends.
std::string TrimSpace(std::string_view text);

}  // namespace stargraph::ingest
