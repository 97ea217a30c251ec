// Values in Cypher's own notation, as the shell shows them: `(:Company {name: "Oracle"})`,
// `[:DEAL_WITH {value: 300000000000}]`, `(:A)-[:T]->(:B)`, `[1, "a", null]`, `{k: 2.5}`.
#pragma once

#include <string>

#include "common/value.h"

namespace stargraph::cli {

// A top-level cell: strings unquoted, everything else as in CypherLiteral.
std::string CypherCell(const Value& value);

// A value as Cypher source text: strings double-quoted with escapes, temporals in their
// toString form, floats always with '.' or an exponent, map keys backtick-quoted when needed.
std::string CypherLiteral(const Value& value);

// A string as a double-quoted Cypher literal ("a \"b\"\n").
std::string QuoteCypherString(const std::string& text);

// A label, type or key, backtick-quoted unless it is a plain identifier (Unicode letters allowed).
std::string CypherName(const std::string& name);

}  // namespace stargraph::cli
