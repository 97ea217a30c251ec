// `stargraph query` and the other subcommands, driven through pipes: exit statuses and JSON.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace stargraph::cli {
namespace {

using testing::ProcessOutput;
using testing::RunStargraph;
using testing::TempDir;

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(nlohmann::json::parse(text.substr(start, end - start)));
  }
  return lines;
}

TEST_CASE("query --format json prints one line per statement", "[process]") {
  TempDir dir;
  ProcessOutput r = RunStargraph({"query", "--db", dir / "db", "--format", "json",
                                  "RETURN 1 AS a, 2.0 AS b, '甲骨文' AS c, null AS d",
                                  "UNWIND [1, 2] AS x RETURN x"});
  INFO(r.err);
  REQUIRE(r.exit_status == 0);
  CHECK(r.out.find(R"("rows":[[1,2.0,"甲骨文",null]])") != std::string::npos);
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["columns"] == nlohmann::json({"a", "b", "c", "d"}));
  CHECK(lines[1]["rows"] == nlohmann::json({{1}, {2}}));
  CHECK(lines[1]["stats"].size() == 8);
  CHECK(lines[1]["elapsed_ms"].is_number_float());
}

TEST_CASE("query stops at the first error with exit status 1", "[process]") {
  TempDir dir;
  ProcessOutput r = RunStargraph({"query", "--db", dir / "db", "--format", "json",
                                  "CREATE (:T {n: 1})", "RETURN nope", "CREATE (:T {n: 2})"});
  CHECK(r.exit_status == 1);
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["stats"]["nodes_created"] == 1);
  CHECK(lines[1]["error"]["kind"] == "SemanticError");
  CHECK(lines[1]["error"]["code"] == "UndefinedVariable");
  CHECK(!r.err.empty());
  ProcessOutput count = RunStargraph(
      {"query", "--db", dir / "db", "--format", "json", "MATCH (t:T) RETURN count(t) AS n"});
  CHECK(JsonLines(count.out).at(0)["rows"] == nlohmann::json({{1}}));
}

TEST_CASE("Syntax errors carry line and column", "[process]") {
  TempDir dir;
  ProcessOutput r =
      RunStargraph({"query", "--db", dir / "db", "--format", "json", "MATCH (n)\nRETRUN n"});
  CHECK(r.exit_status == 1);
  nlohmann::json error = JsonLines(r.out).at(0)["error"];
  CHECK(error["kind"] == "SyntaxError");
  CHECK(error["line"] == 2);
  CHECK(error["column"] == 1);
  CHECK(r.err.find("^") != std::string::npos);
}

TEST_CASE("query --param passes typed JSON values", "[process]") {
  TempDir dir;
  ProcessOutput r =
      RunStargraph({"query", "--db", dir / "db", "--format", "json", "--param", "x=41", "--param",
                    "names=[\"甲骨文\", \"OpenAI\"]", "RETURN $x + 1 AS y, $names[0] AS n"});
  INFO(r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.out.find(R"("rows":[[42,"甲骨文"]])") != std::string::npos);
}

TEST_CASE("query -f runs a script split on semicolons outside strings", "[process]") {
  TempDir dir;
  std::ofstream(dir / "script.cypher") << "CREATE (:S {t: 'a;b'});\n// comment;\n"
                                          "MATCH (s:S) RETURN s.t AS t;\n";
  ProcessOutput r =
      RunStargraph({"query", "--db", dir / "db", "--format", "csv", "-f", dir / "script.cypher"});
  INFO(r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.out == "t\r\na;b\r\n");
}

TEST_CASE("EXPLAIN prints the plan alone in a table, and a JSON line in JSON", "[process]") {
  TempDir dir;
  const std::string explain = "EXPLAIN MATCH (c:Company) RETURN c.name";
  ProcessOutput table = RunStargraph({"query", "--db", dir / "db", explain});
  INFO(table.err);
  CHECK(table.exit_status == 0);
  CHECK(table.out.find("Project(") == 0);
  CHECK(table.out.find("┌") == std::string::npos);
  ProcessOutput json = RunStargraph({"query", "--db", dir / "db", "--format", "json", explain});
  CHECK(JsonLines(json.out).at(0)["columns"] == nlohmann::json({"c.name"}));
}

TEST_CASE("Usage errors exit with status 2", "[process]") {
  TempDir dir;
  CHECK(RunStargraph({"query", "--db", dir / "db", "--format", "xml", "RETURN 1"}).exit_status ==
        2);
  CHECK(RunStargraph({"query", "--db", dir / "db", "--param", "x", "RETURN 1"}).exit_status == 2);
  CHECK(RunStargraph({"query", "--no-such-option"}).exit_status == 2);
  CHECK(RunStargraph({"query", "-f", dir / "missing.cypher"}).exit_status == 2);
  CHECK(RunStargraph({"nosuchcommand"}).exit_status == 2);
  CHECK(RunStargraph({"backup", dir / "db"}).exit_status == 2);
}

TEST_CASE("Every subcommand has --help (status 0) and rejects unknown options (status 2)",
          "[process]") {
  for (const char* command : {"shell", "query", "import", "export", "viz", "backup", "check",
                              "stats", "load", "unload"}) {
    ProcessOutput help = RunStargraph({command, "--help"});
    INFO(command);
    CHECK(help.exit_status == 0);
    CHECK(help.out.find(std::string("Usage: stargraph ") + command) != std::string::npos);
    CHECK(help.out.find("Exit status: 0 success, 1 query or data error, 2 usage error") !=
          std::string::npos);
    CHECK(RunStargraph({command, "--no-such-option"}).exit_status == 2);
  }
  for (const char* command : {"shell", "query"}) {
    ProcessOutput help = RunStargraph({command, "--help"});
    CHECK(help.out.find("--read-only") != std::string::npos);
    CHECK(help.out.find("--timeout SECONDS") != std::string::npos);
  }
  ProcessOutput top = RunStargraph({"--help"});
  CHECK(top.exit_status == 0);
  for (const char* command : {"shell", "query", "import", "export", "viz", "backup", "check",
                              "stats", "load", "unload"}) {
    CHECK(top.out.find(std::string("\n  ") + command + " ") != std::string::npos);
  }
}

TEST_CASE("backup, check and stats", "[process]") {
  TempDir dir;
  REQUIRE(
      RunStargraph({"query", "--db", dir / "db",
                    "CREATE (:Company {name: '甲骨文'})-[:DEAL_WITH]->(:Company {name: 'OpenAI'})"})
          .exit_status == 0);
  ProcessOutput stats = RunStargraph({"stats", "--db", dir / "db", "--format", "json"});
  INFO(stats.err);
  REQUIRE(stats.exit_status == 0);
  nlohmann::json s = nlohmann::json::parse(stats.out);
  CHECK(s["nodes"] == 2);
  CHECK(s["labels"]["Company"] == 2);
  CHECK(s["types"]["DEAL_WITH"] == 1);
  CHECK(s["bytes_on_disk"].get<int64_t>() > 0);
  CHECK(RunStargraph({"check", "--db", dir / "db"}).exit_status == 0);
  CHECK(RunStargraph({"backup", dir / "db", dir / "copy"}).exit_status == 0);
  CHECK(RunStargraph({"check", "--db", dir / "copy"}).exit_status == 0);
  CHECK(RunStargraph({"backup", dir / "db", dir / "copy"}).exit_status == 1);
  CHECK(RunStargraph({"check", "--db", dir / "missing"}).exit_status == 1);
}

}  // namespace
}  // namespace stargraph::cli
