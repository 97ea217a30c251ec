#include "cypher_notation.h"

#include <catch2/catch.hpp>

#include "sample_values.h"

namespace stargraph::cli {
namespace {

using testing::MakeNode;
using testing::MakeRel;

TEST_CASE("Top-level strings are bare, nested ones quoted", "[notation]") {
  CHECK(CypherCell(Value("甲骨文")) == "甲骨文");
  CHECK(CypherCell(Value(ValueList{Value("a\"b"), Value(1), Value()})) == R"(["a\"b", 1, null])");
  CHECK(CypherCell(Value(ValueMap{{"名称", Value("x")}, {"two words", Value(2.0)}})) ==
        R"({`two words`: 2.0, 名称: "x"})");
}

TEST_CASE("Scalars use Cypher's toString", "[notation]") {
  CHECK(CypherCell(Value(1.0)) == "1.0");
  CHECK(CypherCell(Value(int64_t{-7})) == "-7");
  CHECK(CypherCell(Value(Date{20341})) == "2025-09-10");
  CHECK(CypherCell(Value(false)) == "false");
}

TEST_CASE("Nodes, relationships and paths in Cypher notation", "[notation]") {
  NodeRef oracle = MakeNode(1, {"Company"}, {{"name", Value("Oracle")}});
  NodeRef openai = MakeNode(2, {"Company"}, {{"name", Value("OpenAI")}});
  RelRef deal = MakeRel(9, 2, 1, "DEAL_WITH", {{"value", Value(int64_t{300000000000})}});
  CHECK(CypherCell(Value(oracle)) == R"((:Company {name: "Oracle"}))");
  CHECK(CypherCell(Value(deal)) == "[:DEAL_WITH {value: 300000000000}]");
  CHECK(CypherCell(Value(MakeNode(3, {}, {}))) == "()");
  NodeRef a = MakeNode(2, {"A"}, {});
  NodeRef b = MakeNode(1, {"B"}, {});
  RelRef t = MakeRel(9, 2, 1, "T", {});
  RelRef back = MakeRel(10, 1, 2, "T", {});
  CHECK(CypherCell(Value(PathData{{a, b}, {t}})) == "(:A)-[:T]->(:B)");
  CHECK(CypherCell(Value(PathData{{a, b, a}, {t, t}})) == "(:A)-[:T]->(:B)<-[:T]-(:A)");
  CHECK(CypherCell(Value(PathData{{a, b}, {back}})) == "(:A)<-[:T]-(:B)");
}

TEST_CASE("Names are backtick-quoted when not plain identifiers", "[notation]") {
  CHECK(CypherName("Company") == "Company");
  CHECK(CypherName("公司") == "公司");
  CHECK(CypherName("has space") == "`has space`");
  CHECK(CypherName("1st") == "`1st`");
  CHECK(CypherName("a`b") == "`a``b`");
}

}  // namespace
}  // namespace stargraph::cli
