#include <catch2/catch.hpp>

#include "parse_test_util.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

// The error Parse() throws for `text`; fails the test when it parses.
QueryError ErrorOf(const std::string& text) {
  try {
    Parse(text);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("parsed without error: " << text);
  throw std::logic_error("unreachable");
}

TEST_CASE("syntax errors carry the offending token, line and column", "[parse]") {
  QueryError e = ErrorOf("RETURN\n 1 2");
  CHECK(e.kind() == ErrorKind::kSyntaxError);
  CHECK(e.code() == "UnexpectedSyntax");
  CHECK(e.line() == 2);
  CHECK(e.column() == 4);
  CHECK(std::string(e.what()).find("'2'") != std::string::npos);
  CHECK(std::string(e.what()).find("line 2, column 4") != std::string::npos);

  QueryError missing = ErrorOf("MATCH (n RETURN n");
  CHECK(missing.line() == 1);
  CHECK(missing.column() == 10);

  QueryError end = ErrorOf("MATCH (n) RETURN");
  CHECK(std::string(end.what()).find("end of input") != std::string::npos);
  CHECK(end.column() == 17);
}

TEST_CASE("lexer errors are syntax errors, not warnings on stderr", "[parse]") {
  QueryError dash = ErrorOf("RETURN 42 — 41");
  CHECK(dash.code() == "InvalidUnicodeCharacter");
  CHECK(dash.column() == 11);
  QueryError stray = ErrorOf("RETURN 1 # 2");
  CHECK(stray.code() == "UnexpectedSyntax");
  CHECK(ErrorOf("RETURN 'unterminated").kind() == ErrorKind::kSyntaxError);
  CHECK(ErrorOf(R"(RETURN '\q')").kind() == ErrorKind::kSyntaxError);
  CHECK(ErrorOf("RETURN /* open comment").kind() == ErrorKind::kSyntaxError);
}

TEST_CASE("number literal errors use openCypher codes", "[parse]") {
  CHECK(ErrorOf("RETURN 9223372036854775808").code() == "IntegerOverflow");
  CHECK(ErrorOf("RETURN -9223372036854775809").code() == "IntegerOverflow");
  CHECK(ErrorOf("RETURN 0x8000000000000000").code() == "IntegerOverflow");
  CHECK(ErrorOf("RETURN -0x8000000000000001").code() == "IntegerOverflow");
  CHECK(ErrorOf("RETURN 0x").code() == "InvalidNumberLiteral");
  CHECK(ErrorOf("RETURN 0x1A2b3j4D5E6f7").code() == "InvalidNumberLiteral");
  CHECK(ErrorOf("RETURN 0o8").code() == "InvalidNumberLiteral");
  CHECK(ErrorOf("RETURN 09").code() == "InvalidNumberLiteral");
  CHECK(ErrorOf("RETURN 1.34E999").code() == "FloatingPointOverflow");
  CHECK(ErrorOf(R"(RETURN '\uD800')").code() == "InvalidUnicodeLiteral");
  QueryError at = ErrorOf("RETURN 1,\n  99999999999999999999");
  CHECK(at.line() == 2);
  CHECK(at.column() == 3);
}

TEST_CASE("malformed queries are rejected", "[parse]") {
  for (const char* text :
       {"RETURN [, ] AS literal", "RETURN [[[]] AS literal", "RETURN [[','[]',']] AS literal",
        "MATCH (a)-[]->", "RETURN 1 +", "MATCH (n) RETURN n ORDER n",
        "CREATE INDEX FOR (n) ON (n.x)", "", ";", "RETURN 1;;"}) {
    CAPTURE(text);
    CHECK(ErrorOf(text).kind() == ErrorKind::kSyntaxError);
  }
}

TEST_CASE("pattern expressions outside WHERE are UnexpectedSyntax", "[parse]") {
  CHECK(ErrorOf("MATCH (n) RETURN (n)-[]->()").code() == "UnexpectedSyntax");
  CHECK(ErrorOf("MATCH (n) WITH (n)-[]->() AS x RETURN x").code() == "UnexpectedSyntax");
  CHECK(ErrorOf("MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo").code() ==
        "UnexpectedSyntax");
  CHECK_NOTHROW(Parse("MATCH (n) WHERE size([p = (n)-->() | p]) > 0 RETURN [(n)-->(m) | m]"));
}

TEST_CASE("clause-shape errors the TCK classifies as syntax errors", "[parse]") {
  CHECK(ErrorOf("MATCH (n) DELETE n:Person").code() == "InvalidDelete");
  CHECK(ErrorOf("CALL test.my.proc('a', 1) YIELD * RETURN city").code() == "UnexpectedSyntax");
  CHECK(ErrorOf("MERGE (a)-[:FOO*2]->(b)").code() == "CreatingVarLength");
  CHECK(ErrorOf("CREATE (a)-[:FOO*]->(b)").code() == "CreatingVarLength");
  CHECK(ErrorOf("CREATE (a), (b) MERGE (a)-->(b)").code() == "NoSingleRelationshipType");
  CHECK(ErrorOf("MERGE (a)-[:A|:B]->(b)").code() == "NoSingleRelationshipType");
  CHECK(ErrorOf("CREATE (a)-[:R]-(b)").code() == "RequiresDirectedRelationship");
  CHECK_NOTHROW(Parse("MERGE (a)-[:R]-(b)"));
  QueryError param = ErrorOf("MATCH (n $param) RETURN n");
  CHECK(param.code() == "InvalidParameterUse");
  CHECK(param.column() == 10);
  CHECK(ErrorOf("MERGE (n $param) RETURN n").code() == "InvalidParameterUse");
  CHECK(ErrorOf("MERGE (a)-[r:FOO $param]->(b)").code() == "InvalidParameterUse");
}

TEST_CASE("deep nesting is a clean error, moderate nesting parses", "[parse]") {
  auto nested = [](int depth, const char* open, const char* close) {
    std::string text = "RETURN ";
    for (int i = 0; i < depth; ++i) text += open;
    text += "1";
    for (int i = 0; i < depth; ++i) text += close;
    return text;
  };
  CHECK_NOTHROW(Parse(nested(kMaxNestingDepth, "(", ")")));
  CHECK_NOTHROW(Parse(nested(kMaxNestingDepth, "[", "]")));
  CHECK_NOTHROW(Parse(nested(kMaxNestingDepth, "{a: ", "}")));
  CHECK(ErrorOf(nested(kMaxNestingDepth + 1, "(", ")")).code() == "NestingTooDeep");
  // Closers that match nothing open (here END used as a property key) do not reduce depth.
  std::string ends = "RETURN ";
  for (int i = 0; i < 500; ++i) ends += "n.end, ";
  CHECK(ErrorOf(ends + nested(10000, "(", ")").substr(7)).code() == "NestingTooDeep");
  QueryError deep = ErrorOf(nested(10000, "(", ")"));
  CHECK(deep.code() == "NestingTooDeep");
  CHECK(ErrorOf(nested(10000, "[", "]")).code() == "NestingTooDeep");
  CHECK(ErrorOf(nested(10000, "{a: ", "}")).code() == "NestingTooDeep");
  CHECK(ErrorOf(nested(10000, "CASE WHEN true THEN ", " END")).code() == "NestingTooDeep");
  // Flat operator runs are loops in the grammar; very long ones are bounded like nesting.
  auto chain = [](size_t length, const char* op) {
    std::string text = "RETURN ";
    for (size_t i = 0; i < length; ++i) text += op;
    return text + "true";
  };
  CHECK_NOTHROW(Parse(chain(kMaxOperatorChain - 1, "1 + ")));
  CHECK_NOTHROW(Parse(chain(kMaxOperatorChain, "NOT ")));
  CHECK(ErrorOf(chain(10000, "1 + ")).code() == "NestingTooDeep");
  CHECK(ErrorOf(chain(10000, "NOT ")).code() == "NestingTooDeep");
  CHECK(ErrorOf(chain(10000, "- ")).code() == "NestingTooDeep");
  CHECK(ErrorOf(chain(10000, "1 < ")).code() == "NestingTooDeep");
}

}  // namespace
}  // namespace stargraph::query
