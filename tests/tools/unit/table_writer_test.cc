#include "table_writer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "error_text.h"
#include "sample_values.h"

namespace stargraph::cli {
namespace {

using testing::MakeNode;
using testing::MakeRel;

std::string Golden(const std::string& name) {
  std::ifstream in(std::string(STARGRAPH_SOURCE_DIR) + "/tests/tools/golden/" + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TableOptions NoTiming(int max_width = 60) { return TableOptions{max_width, false}; }

TEST_CASE("A table with Chinese names lines up", "[table]") {
  std::ostringstream out;
  std::ostringstream err;
  TableWriter writer(out, err, NoTiming());
  writer.Begin({"name", "中文名", "deals"});
  writer.Row({Value("Oracle"), Value("甲骨文"), Value(3)});
  writer.Row({Value("OpenAI"), Value("开放人工智能公司"), Value(12)});
  writer.Row({Value("Nvidia"), Value(), Value(1.5)});
  writer.End({}, 0);
  CHECK(out.str() == Golden("cjk_table.txt"));
}

TEST_CASE("Entities print in Cypher notation and long cells are cut", "[table]") {
  std::ostringstream out;
  std::ostringstream err;
  TableWriter writer(out, err, NoTiming(30));
  writer.Begin({"c", "r"});
  NodeRef oracle = MakeNode(1, {"Company"}, {{"name", Value("Oracle")}});
  RelRef deal = MakeRel(9, 2, 1, "DEAL_WITH", {{"value", Value(int64_t{300000000000})}});
  writer.Row({Value(oracle), Value(deal)});
  writer.Row({Value(MakeNode(2, {"公司"}, {{"名称", Value("字节跳动有限公司北京总部")}})),
              Value(ValueList{Value("a"), Value("b")})});
  QueryStats stats;
  stats.nodes_created = 2;
  stats.properties_set = 3;
  writer.End(stats, 0);
  CHECK(out.str() == Golden("entity_table.txt"));
}

TEST_CASE("A statement without columns reports its counters", "[table]") {
  std::ostringstream out;
  std::ostringstream err;
  TableWriter writer(out, err, TableOptions{60, true});
  writer.Begin({});
  QueryStats stats;
  stats.relationships_created = 1;
  writer.End(stats, 1.25);
  CHECK(out.str() == "1 relationships created (1.2 ms)\n");
}

TEST_CASE("Timing follows the row count", "[table]") {
  std::ostringstream out;
  std::ostringstream err;
  TableWriter writer(out, err, TableOptions{60, true});
  writer.Begin({"x"});
  writer.Row({Value(1)});
  writer.End({}, 2.04);
  CHECK(out.str().substr(out.str().rfind("│\n└")).find("1 row, 2.0 ms\n") != std::string::npos);
}

TEST_CASE("Syntax errors show a caret under the column", "[table]") {
  QueryError error{"SyntaxError", "InvalidSyntax", "Invalid input 'RETRUN'", 2, 11};
  CHECK(ErrorText(error, "MATCH (n)\nMATCH (m) RETRUN n") ==
        "SyntaxError (InvalidSyntax) at line 2, column 11: Invalid input 'RETRUN'\n"
        "  MATCH (m) RETRUN n\n"
        "            ^\n");
  QueryError wide{"SyntaxError", "InvalidSyntax", "bad", 1, 14};
  CHECK(ErrorText(wide, "MATCH (c:公司) RETRUN c") ==
        "SyntaxError (InvalidSyntax) at line 1, column 14: bad\n"
        "  MATCH (c:公司) RETRUN c\n"
        "  " +
            std::string(15, ' ') + "^\n");
  CHECK(ErrorText({"RuntimeError", "", "Cancelled", 0, 0}, "RETURN 1") ==
        "RuntimeError: Cancelled\n");
}

}  // namespace
}  // namespace stargraph::cli
