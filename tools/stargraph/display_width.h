// Terminal display width of UTF-8 text: East Asian wide characters count as two columns,
// combining marks as zero.
#pragma once

#include <string>

namespace stargraph::cli {

// Columns `text` occupies on a terminal. Invalid UTF-8 bytes count as one column each.
int DisplayWidth(const std::string& text);

// `text` cut to at most `max_width` columns, ending in "…" when something was cut.
// Requires max_width >= 1.
std::string TruncateToWidth(const std::string& text, int max_width);

// `text` followed by spaces up to `width` columns (unchanged when already wider).
std::string PadRight(const std::string& text, int width);
// Spaces then `text`, right-aligned in `width` columns.
std::string PadLeft(const std::string& text, int width);

// `text` on one line: newlines, tabs and other control characters become escapes (\n, \t, \r)
// or a space, so that a table cell never breaks the layout.
std::string SingleLine(const std::string& text);

}  // namespace stargraph::cli
