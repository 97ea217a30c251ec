// Parses Cypher text; syntax errors come back with line and column.
#pragma once

#include <string>

#include "common/status.h"

namespace stargraph::query {

// Returns OK when `text` is a syntactically valid statement, else InvalidArgument with the
// position ("line L, column C") of the first offending token.
Status CheckSyntax(const std::string& text);

}  // namespace stargraph::query
