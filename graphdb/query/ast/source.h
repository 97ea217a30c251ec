// Where an AST node came from in the query text.
#pragma once

#include <cstddef>

namespace stargraph::query::ast {

// 1-based line and column of a node's first character (columns count Unicode code points).
struct SourcePos {
  int line = 0;
  int column = 0;
};

// Byte offsets [begin, end) of a node's text in the statement string given to Parse(), so
// `text.substr(span.begin, span.end - span.begin)` is the node exactly as the user wrote it.
struct SourceSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Fields every AST node carries.
struct Located {
  SourcePos pos;
  SourceSpan span;
};

}  // namespace stargraph::query::ast
