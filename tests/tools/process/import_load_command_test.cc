#include <catch2/catch.hpp>
#include <filesystem>
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

TEST_CASE("load: JSON dry run per CONTRACT.md", "[process][load]") {
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
  // A dry run creates no database, and leaves an existing one as it was.
  CHECK_FALSE(std::filesystem::exists(dir / "db"));
  REQUIRE(RunStargraph({"query", "--db", dir / "db", "CREATE (:Company {name: 'Oracle'})"})
              .exit_status == 0);
  ProcessOutput shared =
      RunStargraph({"load", "--db", dir / "db", "--dry-run", "--format", "json", article});
  CHECK(shared.exit_status == 0);
  CHECK(shared.out.find("\"Oracle\"") != std::string::npos);
  ProcessOutput count = RunStargraph(
      {"query", "--db", dir / "db", "--format", "csv", "MATCH (n) RETURN count(n) AS n"});
  CHECK(count.out == "n\r\n1\r\n");
}

TEST_CASE("load: every bad file gets a clear error, the batch goes on, status 1",
          "[process][load]") {
  TempDir dir;
  const std::string good = dir / "2025-06-02-deal.en.txt";
  std::ofstream(good) << "Title\n\nOpenAI signed a cloud deal with Oracle.\n";
  const std::string empty = dir / "empty.txt";
  std::ofstream(empty) << "";
  const std::string binary = dir / "binary.txt";
  std::ofstream(binary, std::ios::binary) << std::string("GIF89a\0\1\2", 9);
  const std::string latin1 = dir / "latin1.txt";
  std::ofstream(latin1, std::ios::binary) << "Titre\n\nCaf\xe9 cr\xe8me.\n";
  const std::string huge = dir / "huge.txt";  // 100 MB, sparse: refused before it is read
  { std::ofstream create(huge); }
  std::filesystem::resize_file(huge, 100u << 20);
  ProcessOutput out = RunStargraph({"load", "--db", dir / "db", empty, binary, good, latin1, huge});
  INFO(out.err);
  CHECK(out.exit_status == 1);
  CHECK(out.err.find("empty.txt: empty article") != std::string::npos);
  CHECK(out.err.find("binary.txt: binary file") != std::string::npos);
  CHECK(out.err.find("latin1.txt: invalid UTF-8 at byte") != std::string::npos);
  CHECK(out.err.find("huge.txt: article too large (104857600 bytes") != std::string::npos);
  CHECK(out.err.find("loaded 1, unchanged 0, failed 4 of 5 article(s)") != std::string::npos);
  CHECK(out.err.find("[#") == std::string::npos);  // no progress bar in a pipe
  ProcessOutput all_good = RunStargraph({"load", "--db", dir / "db2", good});
  CHECK(all_good.exit_status == 0);
}

TEST_CASE("load: a progress bar on a terminal for many files", "[process][load]") {
  TempDir dir;
  std::vector<std::string> args = {"load", "--db", dir / "db"};
  for (const char* name : {"2025-01-01-a.en.txt", "2025-01-02-b.en.txt", "2025-01-03-c.en.txt"}) {
    std::ofstream(dir / name) << "Title\n\nOpenAI signed a cloud deal with Oracle.\n";
    args.push_back(dir / name);
  }
  PtyProcess load(args, dir.path());
  CHECK(load.WaitFor("] 100% 3/3 articles", 30000));
  CHECK(load.WaitFor("loaded 3, unchanged 0, failed 0 of 3", 30000));
  CHECK(load.WaitExit(30000) == 0);
  INFO(load.transcript());
  CHECK(load.transcript().find("[##########") != std::string::npos);
}

TEST_CASE("unload exit statuses: 0 removed, 1 unknown article or missing database",
          "[process][load]") {
  TempDir dir;
  const std::string article = dir / "2025-05-01-chips.en.txt";
  std::ofstream(article) << "Nvidia to supply chips to Oracle\n\n"
                            "AUSTIN, Texas, May 1, 2025 -- Nvidia agreed to supply chips to Oracle "
                            "in a deal worth $10 billion, the companies said.\n";
  const std::string db = dir / "db";
  REQUIRE(RunStargraph({"load", "--db", db, article}).exit_status == 0);
  ProcessOutput removed = RunStargraph({"unload", "--db", db, article});
  INFO(removed.err);
  CHECK(removed.exit_status == 0);
  CHECK(removed.out.find("unloaded 2025-05-01-chips: 1 relationships deleted") == 0);
  CHECK(RunStargraph({"unload", "--db", db, "2025-05-01-chips"}).exit_status == 1);
  CHECK(RunStargraph({"unload", "--db", dir / "missing", "x"}).exit_status == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "missing"));
  CHECK(RunStargraph({"unload", "--db", db}).exit_status == 2);
}

}  // namespace
}  // namespace stargraph::cli::testing
