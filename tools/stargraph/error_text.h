// The human-readable form of a query error, with the offending line and a caret under the column.
#pragma once

#include <string>

#include "stargraph/query_result.h"

namespace stargraph::cli {

// "SyntaxError (InvalidSyntax) at line 1, column 11: message", then, when the position is known
// and `statement` has that line, the line and a caret under the column (wide characters count
// as two columns). Ends with a newline.
std::string ErrorText(const QueryError& error, const std::string& statement);

}  // namespace stargraph::cli
