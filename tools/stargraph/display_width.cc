#include "display_width.h"

#include <utf8proc.h>

namespace stargraph::cli {
namespace {

constexpr char kEllipsis[] = "…";

// Decodes the code point at text[i]; returns its byte length (1 for an invalid byte, *cp = -1).
size_t Decode(const std::string& text, size_t i, utf8proc_int32_t* cp) {
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
  utf8proc_ssize_t n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - i), cp);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  return static_cast<size_t>(n);
}

int CodePointWidth(utf8proc_int32_t cp) {
  if (cp < 0) return 1;
  return utf8proc_charwidth(cp);
}

}  // namespace

int DisplayWidth(const std::string& text) {
  int width = 0;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    i += Decode(text, i, &cp);
    width += CodePointWidth(cp);
  }
  return width;
}

std::string TruncateToWidth(const std::string& text, int max_width) {
  if (DisplayWidth(text) <= max_width) return text;
  int budget = max_width - 1;  // the ellipsis takes one column
  int width = 0;
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    size_t n = Decode(text, i, &cp);
    int w = CodePointWidth(cp);
    if (width + w > budget) break;
    width += w;
    i += n;
  }
  return text.substr(0, i) + kEllipsis;
}

std::string PadRight(const std::string& text, int width) {
  int missing = width - DisplayWidth(text);
  return missing > 0 ? text + std::string(missing, ' ') : text;
}

std::string PadLeft(const std::string& text, int width) {
  int missing = width - DisplayWidth(text);
  return missing > 0 ? std::string(missing, ' ') + text : text;
}

std::string SingleLine(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace stargraph::cli
