// Inputs found by the fuzzers (tests/fuzz) that once escaped the parser other than as QueryError.
#include <catch2/catch.hpp>
#include <string>

#include "query/parse/parser.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

ErrorKind KindOf(const std::string& text) {
  try {
    Parse(text);
  } catch (const QueryError& e) {
    return e.kind();
  }
  FAIL("parsed without an error: " << text);
  return ErrorKind::kRuntimeError;
}

TEST_CASE("query text that is not UTF-8 is a syntax error, not a std::range_error") {
  // fuzz_cypher_parse crash-c2fd30de: a stray 0xB4 byte inside a keyword.
  CHECK(KindOf("CALL db.labels() YIELD label RET\xb4RN label") == ErrorKind::kSyntaxError);
  CHECK(KindOf("RETURN '\xff\xfe'") == ErrorKind::kSyntaxError);
}

}  // namespace
}  // namespace stargraph::query
