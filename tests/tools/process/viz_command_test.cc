#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

TEST_CASE("viz draws a seed-graph query as a DOT file", "[process][viz]") {
  TempDir dir;
  const std::string db = dir / "seed";
  ProcessOutput seeded = RunStargraph(
      {"query", "--db", db, "-f", std::string(STARGRAPH_SOURCE_DIR) + "/seed/graph.cypher"});
  REQUIRE(seeded.exit_status == 0);
  const std::string dot = dir / "deals.dot";
  ProcessOutput drawn =
      RunStargraph({"viz", "--db", db, "-o", dot,
                    "MATCH (o:Company {name: 'OpenAI'})-[r:DEAL_WITH]-(x) RETURN o, r, x"});
  INFO(drawn.err);
  REQUIRE(drawn.exit_status == 0);
  std::ifstream in(dot);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().rfind("digraph stargraph {", 0) == 0);
  CHECK(text.str().find("label=\"Oracle\"") != std::string::npos);
  CHECK(text.str().find("DEAL_WITH") != std::string::npos);
  CHECK(text.str().find("300000000000") != std::string::npos);
}

TEST_CASE("viz reports query errors with status 1", "[process][viz]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunStargraph({"query", "--db", db, "CREATE (:A)"}).exit_status == 0);
  ProcessOutput r = RunStargraph({"viz", "--db", db, "MATCH (n) RETURN m"});
  CHECK(r.exit_status == 1);
  CHECK(r.err.find("SemanticError") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
