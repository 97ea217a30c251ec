#include <catch2/catch.hpp>
#include <fstream>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

TEST_CASE("import exit statuses: 0 done, 1 bad data (nothing imported), 2 usage",
          "[process][import]") {
  TempDir dir;
  const std::string nodes = dir / "nodes.csv";
  const std::string bad = dir / "bad.csv";
  std::ofstream(nodes) << "id:ID,name,:LABEL\n1,Oracle,Company\n2,OpenAI,Company\n";
  std::ofstream(bad) << ":START_ID,:END_ID,:TYPE\n1,9,DEAL_WITH\n";
  const std::string db = dir / "db";
  ProcessOutput ok = RunStargraph({"import", "--db", db, "--nodes", nodes});
  CHECK(ok.exit_status == 0);
  CHECK(ok.out.find("imported 2 nodes") != std::string::npos);
  ProcessOutput failed =
      RunStargraph({"import", "--db", dir / "db2", "--nodes", nodes, "--relationships", bad});
  CHECK(failed.exit_status == 1);
  CHECK(failed.err.find("bad.csv:2") != std::string::npos);
  ProcessOutput count = RunStargraph(
      {"query", "--db", dir / "db2", "--format", "csv", "MATCH (n) RETURN count(n) AS n"});
  CHECK(count.out == "n\r\n0\r\n");
  CHECK(RunStargraph({"import", "--db", db}).exit_status == 2);
}

TEST_CASE("load: JSON dry run per CONTRACT.md, and status 1 for a bad file", "[process][load]") {
  TempDir dir;
  const std::string article = dir / "2025-06-02-deal.en.txt";
  std::ofstream(article) << "Oracle signs cloud deal with OpenAI\n\n"
                            "AUSTIN, Texas, June 2, 2025 -- OpenAI signed a $30 billion cloud deal "
                            "with Oracle, the companies said.\n";
  ProcessOutput dry =
      RunStargraph({"load", "--db", dir / "db", "--dry-run", "--format", "json", article});
  INFO(dry.err);
  CHECK(dry.exit_status == 0);
  CHECK(dry.out.rfind("{\"article\":", 0) == 0);
  CHECK(dry.out.find("\"sha256\"") != std::string::npos);
  CHECK(dry.out.find("\"entities\"") != std::string::npos);
  CHECK(dry.out.find("\"relations\"") != std::string::npos);
  const std::string empty = dir / "empty.txt";
  std::ofstream(empty) << "";
  ProcessOutput failed = RunStargraph({"load", "--db", dir / "db", article, empty});
  CHECK(failed.exit_status == 1);
  CHECK(failed.err.find("empty.txt") != std::string::npos);
  CHECK(failed.err.find("loaded 1") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
