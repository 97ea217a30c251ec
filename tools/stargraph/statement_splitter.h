// Splits Cypher text into statements at `;` outside strings, comments and backtick-quoted names.
#pragma once

#include <string>
#include <vector>

namespace stargraph::cli {

struct SplitText {
  std::vector<std::string> statements;  // complete statements, trimmed, without the `;`
  std::string remainder;                // text after the last `;` (an unfinished statement)
};

// Splits `text`; statements that hold only whitespace and comments are dropped. A string,
// comment or quoted name left open at the end stays in `remainder`.
SplitText SplitStatements(const std::string& text);

// True when `text` holds nothing but whitespace and comments.
bool IsBlankCypher(const std::string& text);

// All statements of a script: SplitStatements plus the remainder when it is not blank.
std::vector<std::string> SplitScript(const std::string& text);

// The letters `statement` starts with, upper-cased ("EXPLAIN" for "explain MATCH ..."); empty
// when it starts with anything else.
std::string LeadingKeyword(const std::string& statement);

}  // namespace stargraph::cli
