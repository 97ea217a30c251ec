// Parses one Cypher statement into the AST (see query/ast/statement.h).
#pragma once

#include <string>

#include "query/ast/statement.h"

namespace stargraph::query {

// Deepest nesting of ( [ { and CASE that Parse() accepts; deeper input is rejected up front so
// that neither the parser nor later recursive passes can overflow the stack.
inline constexpr int kMaxNestingDepth = 128;

// Longest run of operators at one nesting level (`1 + 1 + ...`, `NOT NOT ...`). Such runs become
// left-deep AST chains that later passes walk recursively, so they are bounded as well.
inline constexpr size_t kMaxOperatorChain = 1000;

// Parses `text` (one statement, optionally ending in `;`) into an AST whose spans index `text`.
// Throws QueryError(kSyntaxError) with the offending token, 1-based line and column; codes are
// openCypher's: UnexpectedSyntax in general, InvalidNumberLiteral, IntegerOverflow,
// FloatingPointOverflow, InvalidUnicodeCharacter, InvalidUnicodeLiteral, NestingTooDeep.
ast::Statement Parse(const std::string& text);

}  // namespace stargraph::query
