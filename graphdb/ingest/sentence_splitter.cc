#include "ingest/sentence_splitter.h"

#include <algorithm>
#include <set>

#include "ingest/utf8_text.h"

namespace stargraph::ingest {

namespace {

bool IsClosing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'"' || c == U'\'' || c == U'）' || c == U')' ||
         c == U'」' || c == U'』' || c == U'》';
}

bool IsChineseEnd(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'…';
}

// The word (letters and dots) that ends right before position `end`.
std::u32string WordBefore(const std::u32string& text, size_t end) {
  size_t b = end;
  while (b > 0 && (IsAsciiAlpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, end - b);
}

bool IsAbbreviation(const std::u32string& word) {
  static const std::set<std::u32string> kAbbreviations = {
      U"inc",   U"corp",  U"co",  U"ltd",  U"llc",  U"plc", U"jr",    U"sr",   U"mr",
      U"mrs",   U"ms",    U"dr",  U"st",   U"no",   U"vs",  U"etc",   U"e.g",  U"i.e",
      U"calif", U"ariz",  U"tex", U"wash", U"mass", U"fla", U"penn",  U"ill",  U"jan",
      U"feb",   U"mar",   U"apr", U"jun",  U"jul",  U"aug", U"sep",   U"sept", U"oct",
      U"nov",   U"dec",   U"gen", U"gov",  U"sen",  U"rep", U"u.s",   U"u.k",  U"u.n",
      U"e.u",   U"u.s.a", U"a.m", U"p.m",  U"d.c",  U"n.y", U"approx"};
  std::u32string lower;
  for (char32_t c : word) lower.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (kAbbreviations.count(lower)) return true;
  // Capital initials ("J. Smith", "C.C. Wei", "D.A. Davidson"): single letters between dots.
  for (size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !IsAsciiUpper(word[i]) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

// True when the '.', '!' or '?' at `i` ends an English sentence.
bool EndsEnglishSentence(const std::u32string& text, size_t i) {
  if (text[i] == '.') {
    if (i + 1 < text.size() && IsAsciiDigit(text[i + 1])) return false;  // 4.9
    if (IsAbbreviation(WordBefore(text, i))) return false;
  }
  size_t j = i + 1;
  while (j < text.size() && IsClosing(text[j])) ++j;
  if (j >= text.size()) return true;
  if (text[j] != ' ' && text[j] != '\n') return false;
  while (j < text.size() && text[j] == ' ') ++j;
  if (j >= text.size()) return true;
  const char32_t next = text[j];
  return IsAsciiUpper(next) || IsAsciiDigit(next) || next == '"' || next == U'“' || IsHan(next) ||
         next == '\n';
}

void Emit(const std::u32string& text, size_t begin, size_t end, size_t paragraph,
          std::vector<Sentence>* out) {
  std::string s = TrimSpace(EncodeUtf8(std::u32string_view(text).substr(begin, end - begin)));
  if (!s.empty()) out->push_back({s, paragraph});
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view utf8) {
  std::vector<Sentence> out;
  std::u32string text;
  if (!DecodeUtf8(utf8, &text)) return out;
  size_t begin = 0;
  size_t paragraph = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == '\n') {
      Emit(text, begin, i, paragraph, &out);
      begin = i + 1;
      if (i + 1 < text.size() && text[i + 1] == '\n') ++paragraph;
      continue;
    }
    bool end =
        IsChineseEnd(c) || ((c == '.' || c == '!' || c == '?') && EndsEnglishSentence(text, i));
    if (!end) continue;
    size_t j = i + 1;
    while (j < text.size() && (IsChineseEnd(text[j]) || IsClosing(text[j]))) ++j;
    Emit(text, begin, j, paragraph, &out);
    begin = j;
    i = j - 1;
  }
  Emit(text, begin, text.size(), paragraph, &out);
  return out;
}

}  // namespace stargraph::ingest
