#include "ingest/utf8_text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace stargraph::ingest {

bool DecodeUtf8(std::string_view text, std::u32string* out, size_t* error_offset) {
  out->clear();
  out->reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n <= 0 || c < 0) {
      if (error_offset != nullptr) *error_offset = i;
      return false;
    }
    out->push_back(static_cast<char32_t>(c));
    i += static_cast<size_t>(n);
  }
  return true;
}

void AppendUtf8(char32_t c, std::string* out) {
  utf8proc_uint8_t buffer[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) AppendUtf8(c, &out);
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF);
}
bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }

namespace {

// NFKC + case fold of one code point (may give several code points, or none for ignorables).
std::u32string FoldCodePoint(char32_t c) {
  if (c < 0x80) {
    return std::u32string(1, (c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  utf8proc_int32_t buffer[8];
  int last_boundclass = 0;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_IGNORE | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buffer, 8,
                                                     options, &last_boundclass);
  if (n < 0 || n > 8) return std::u32string(1, c);
  std::u32string out;
  for (utf8proc_ssize_t i = 0; i < n; ++i) out.push_back(static_cast<char32_t>(buffer[i]));
  return out;
}

}  // namespace

FoldedText FoldText(std::u32string_view text) {
  FoldedText out;
  out.folded.reserve(text.size());
  out.origin.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    for (char32_t f : FoldCodePoint(text[i])) {
      out.folded.push_back(f);
      out.origin.push_back(i);
    }
  }
  return out;
}

std::u32string FoldString(std::u32string_view text) { return FoldText(text).folded; }

std::string TrimSpace(std::string_view text) {
  std::u32string cps;
  if (!DecodeUtf8(text, &cps)) return std::string(text);
  auto is_space = [](char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 ||
           c == 0xFEFF;
  };
  size_t b = 0;
  size_t e = cps.size();
  while (b < e && is_space(cps[b])) ++b;
  while (e > b && is_space(cps[e - 1])) --e;
  return EncodeUtf8(std::u32string_view(cps).substr(b, e - b));
}

}  // namespace stargraph::ingest
