#include "statement_splitter.h"

#include <catch2/catch.hpp>

namespace stargraph::cli {
namespace {

using Statements = std::vector<std::string>;

TEST_CASE("Statements split at semicolons", "[splitter]") {
  SplitText split = SplitStatements("RETURN 1; RETURN 2;\nMATCH (n)");
  CHECK(split.statements == Statements{"RETURN 1", "RETURN 2"});
  CHECK(split.remainder == "\nMATCH (n)");
}

TEST_CASE("Semicolons inside strings, names and comments do not split", "[splitter]") {
  std::string text =
      "RETURN 'a;b', \"c;\\\"d;\" AS `x;y`; // note; here\n"
      "RETURN 2 /* one; two */ AS v;";
  CHECK(SplitScript(text) == Statements{"RETURN 'a;b', \"c;\\\"d;\" AS `x;y`",
                                        "// note; here\nRETURN 2 /* one; two */ AS v"});
}

TEST_CASE("Escaped quotes and doubled backticks stay inside", "[splitter]") {
  CHECK(SplitScript("RETURN 'it\\'s;' AS `a``;b`; RETURN 3") ==
        Statements{"RETURN 'it\\'s;' AS `a``;b`", "RETURN 3"});
}

TEST_CASE("Blank statements and comments alone are dropped", "[splitter]") {
  CHECK(SplitScript(" ; ;\n// only a comment;\n/* x */;") == Statements{});
  CHECK(IsBlankCypher("  // c\n /* d */ "));
  CHECK_FALSE(IsBlankCypher("RETURN"));
}

TEST_CASE("An open string keeps the rest in the remainder", "[splitter]") {
  SplitText split = SplitStatements("RETURN 'a;\nb");
  CHECK(split.statements.empty());
  CHECK(split.remainder == "RETURN 'a;\nb");
}

TEST_CASE("Chinese text splits like any other", "[splitter]") {
  CHECK(SplitScript("MATCH (c:公司 {名称: '甲骨文；'}) RETURN c;RETURN 1") ==
        Statements{"MATCH (c:公司 {名称: '甲骨文；'}) RETURN c", "RETURN 1"});
}

TEST_CASE("The leading keyword is upper-cased; other starts give nothing", "[splitter]") {
  CHECK(LeadingKeyword("explain MATCH (n) RETURN n") == "EXPLAIN");
  CHECK(LeadingKeyword("PROFILE\nRETURN 1") == "PROFILE");
  CHECK(LeadingKeyword("RETURN 1") == "RETURN");
  CHECK(LeadingKeyword(" EXPLAIN RETURN 1").empty());
  CHECK(LeadingKeyword("").empty());
}

}  // namespace
}  // namespace stargraph::cli
