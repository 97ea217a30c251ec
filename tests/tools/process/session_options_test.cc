// --read-only and --timeout for `query` and `shell`, and the shell's :timeout.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

// Runs until a timeout or Ctrl-C stops it (10^12 rows).
constexpr char kEndless[] =
    "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*) AS n";

nlohmann::json FirstJsonLine(const std::string& out) {
  return nlohmann::json::parse(out.substr(0, out.find('\n')));
}

TEST_CASE("query --read-only reads, and a write fails with status 1", "[process][read_only]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunStargraph({"query", "--db", db, "CREATE (:Company {name: 'Oracle'})"}).exit_status ==
          0);
  ProcessOutput read = RunStargraph(
      {"query", "--db", db, "--read-only", "--format", "csv", "MATCH (c) RETURN c.name AS n"});
  INFO(read.err);
  CHECK(read.exit_status == 0);
  CHECK(read.out == "n\r\nOracle\r\n");
  ProcessOutput write = RunStargraph(
      {"query", "--db", db, "--read-only", "--format", "json", "CREATE (:Company {name: 'X'})"});
  CHECK(write.exit_status == 1);
  nlohmann::json error = FirstJsonLine(write.out)["error"];
  CHECK(error["kind"] == "RuntimeError");
  CHECK(error["code"] == "NotSupported");
  CHECK(error["message"].get<std::string>().find("read-only") != std::string::npos);
  ProcessOutput count =
      RunStargraph({"query", "--db", db, "--format", "csv", "MATCH (c) RETURN count(c) AS n"});
  CHECK(count.out == "n\r\n1\r\n");
  ProcessOutput missing =
      RunStargraph({"query", "--db", dir / "missing", "--read-only", "RETURN 1"});
  CHECK(missing.exit_status == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "missing"));
}

TEST_CASE("query and shell with --read-only open a database another process writes",
          "[process][read_only][pty]") {
  TempDir dir;
  const std::string db = dir / "db";
  PtyProcess writer({"shell", "--db", db}, dir.path());
  REQUIRE(writer.WaitFor("stargraph> "));  // the shell holds the writer lock
  REQUIRE(writer.WaitForRawMode());
  writer.Send("CREATE (:Company {name: '甲骨文'});\r");
  REQUIRE(writer.WaitFor("1 nodes created"));
  ProcessOutput locked = RunStargraph({"query", "--db", db, "RETURN 1"});
  CHECK(locked.exit_status == 1);
  CHECK(locked.err.find("read-only") != std::string::npos);
  ProcessOutput reader = RunStargraph(
      {"query", "--db", db, "--read-only", "--format", "csv", "MATCH (c) RETURN c.name AS n"});
  INFO(reader.err);
  CHECK(reader.exit_status == 0);
  CHECK(reader.out == "n\r\n甲骨文\r\n");
  ProcessOutput shell =
      RunStargraph({"shell", "--db", db, "--read-only"}, "MATCH (c) RETURN count(c) AS n;\n");
  CHECK(shell.exit_status == 0);
  CHECK(shell.out.find("│ 1 │") != std::string::npos);
  PtyProcess interactive({"shell", "--db", db, "--read-only"}, dir.path());
  CHECK(interactive.WaitFor("Opened read-only: statements that write will fail."));
  CHECK(interactive.WaitFor("stargraph> "));
  CHECK(interactive.WaitForRawMode());
  interactive.Send(":quit\r");
  CHECK(interactive.WaitExit() == 0);
  writer.Send(":quit\r");
  CHECK(writer.WaitExit() == 0);
}

TEST_CASE("shell --read-only reports writes and goes on", "[process][read_only]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunStargraph({"query", "--db", db, "CREATE (:A)"}).exit_status == 0);
  ProcessOutput r = RunStargraph({"shell", "--db", db, "--read-only"},
                                 "CREATE (:B);\n:begin\nMATCH (n) RETURN count(n) AS n;\n");
  CHECK(r.exit_status == 1);
  CHECK(r.err.find("NotSupported") != std::string::npos);
  CHECK(r.err.find("read-only") != std::string::npos);
  CHECK(r.out.find("│ 1 │") != std::string::npos);
}

TEST_CASE("query --timeout cancels a long statement with a Timeout error", "[process][timeout]") {
  TempDir dir;
  ProcessOutput r = RunStargraph(
      {"query", "--db", dir / "db", "--timeout", "0.5", "--format", "json", kEndless, "RETURN 1"});
  CHECK(r.exit_status == 1);
  nlohmann::json error = FirstJsonLine(r.out)["error"];
  CHECK(error["kind"] == "RuntimeError");
  CHECK(error["code"] == "Timeout");
  CHECK(r.out.find("\n") == r.out.size() - 1);  // stopped at the first error
  ProcessOutput quick = RunStargraph({"query", "--db", dir / "db", "--timeout", "30", "--format",
                                      "csv", "UNWIND range(1, 1000) AS x RETURN count(*) AS n"});
  CHECK(quick.exit_status == 0);
  CHECK(quick.out == "n\r\n1000\r\n");
  for (const char* bad : {"-1", "soon", ""}) {
    INFO(bad);
    CHECK(RunStargraph({"query", "--db", dir / "db", "--timeout", bad, "RETURN 1"}).exit_status ==
          2);
  }
}

TEST_CASE("the shell's :timeout cancels long statements and can be switched off", "[shell]") {
  TempDir dir;
  ProcessOutput r = RunStargraph({"shell", "--db", dir / "db"},
                                 ":timeout\n:timeout 0.5\n:timeout\n" + std::string(kEndless) +
                                     ";\n:format csv\nRETURN 'after' AS x;\n:timeout off\n"
                                     ":timeout\n:timeout never\n");
  CHECK(r.exit_status == 1);
  CHECK(r.out.find("Timeout: off\nTimeout: 0.5 s\n") == 0);
  CHECK(r.err.find("Timeout") != std::string::npos);
  CHECK(r.out.find("x\r\nafter\r\n") != std::string::npos);
  CHECK(r.out.substr(r.out.size() - 13) == "Timeout: off\n");
  CHECK(r.err.find("Usage: :timeout SECONDS|off") != std::string::npos);
  ProcessOutput option =
      RunStargraph({"shell", "--db", dir / "db", "--timeout", "2"}, ":timeout\n");
  CHECK(option.out == "Timeout: 2 s\n");
  ProcessOutput help = RunStargraph({"shell", "--db", dir / "db"}, ":help\n");
  CHECK(help.out.find(":timeout SECONDS|off") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
