// Progress bars: drawn on a terminal for load, import, export and backup; never in pipes or with
// JSON output.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

// Runs stargraph on a terminal until it exits; returns everything it showed.
std::string OnTerminal(const std::vector<std::string>& args, const std::string& home) {
  PtyProcess process(args, home);
  const int status = process.WaitExit();
  INFO(process.transcript());
  CHECK(status == 0);
  return process.transcript();
}

void WriteArticles(const TempDir& dir) {
  std::ofstream(dir / "2025-05-01-chips.en.txt")
      << "Nvidia to supply chips to Oracle\n\nAUSTIN, Texas, May 1, 2025 -- Nvidia agreed to "
         "supply chips to Oracle in a deal worth $10 billion, the companies said.\n";
  std::ofstream(dir / "2025-06-02-deal.en.txt")
      << "Oracle signs cloud deal with OpenAI\n\nAUSTIN, Texas, June 2, 2025 -- OpenAI signed a "
         "$30 billion cloud deal with Oracle, the companies said.\n";
}

TEST_CASE("backup and export draw a progress bar on a terminal, not in a pipe",
          "[process][progress][pty]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunStargraph({"query", "--db", db, "UNWIND range(1, 50) AS i CREATE (:N {i: i})"})
              .exit_status == 0);
  std::string shown = OnTerminal({"backup", db, dir / "copy"}, dir.path());
  CHECK(shown.find("100% ") != std::string::npos);
  CHECK(shown.find("KiB copied") != std::string::npos);
  CHECK(shown.find("Backed up") != std::string::npos);
  ProcessOutput piped = RunStargraph({"backup", db, dir / "copy2"});
  CHECK(piped.exit_status == 0);
  CHECK(piped.err.find("KiB copied") == std::string::npos);
  shown = OnTerminal({"export", "--db", db, "-o", dir / "dump.cypher"}, dir.path());
  CHECK(shown.find("100% 50/50 entities written") != std::string::npos);
  shown = OnTerminal({"export", "--db", db, "--format", "csv", "-o", dir / "csv"}, dir.path());
  CHECK(shown.find("100% 50/50 entities written") != std::string::npos);
  ProcessOutput exported = RunStargraph({"export", "--db", db, "-o", dir / "dump2.cypher"});
  CHECK(exported.exit_status == 0);
  CHECK(exported.err.empty());
  // The script printed on the terminal itself is not interleaved with a bar.
  shown = OnTerminal({"export", "--db", db}, dir.path());
  CHECK(shown.find("entities written") == std::string::npos);
}

TEST_CASE("load and import draw progress on a terminal, never with JSON output",
          "[process][progress][pty]") {
  TempDir dir;
  WriteArticles(dir);
  const std::vector<std::string> articles = {dir / "2025-05-01-chips.en.txt",
                                             dir / "2025-06-02-deal.en.txt"};
  std::vector<std::string> load = {"load", "--db", dir / "db", "--dry-run"};
  load.insert(load.end(), articles.begin(), articles.end());
  std::string shown = OnTerminal(load, dir.path());
  CHECK(shown.find("100% 2/2 articles") != std::string::npos);
  std::vector<std::string> json = load;
  json.insert(json.begin() + 1, {"--format", "json"});
  shown = OnTerminal(json, dir.path());
  CHECK(shown.find("{\"article\":") != std::string::npos);
  CHECK(shown.find("articles") == std::string::npos);
  ProcessOutput piped = RunStargraph(load);
  CHECK(piped.exit_status == 0);
  CHECK(piped.err.find("2/2") == std::string::npos);
  std::ofstream(dir / "nodes.csv") << "id:ID,name,:LABEL\n1,Oracle,Company\n2,OpenAI,Company\n";
  shown =
      OnTerminal({"import", "--db", dir / "imported", "--nodes", dir / "nodes.csv"}, dir.path());
  CHECK(shown.find("2 rows read") != std::string::npos);
  CHECK(shown.find("imported 2 nodes") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
