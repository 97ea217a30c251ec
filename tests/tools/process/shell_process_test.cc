// The shell driven through a pipe (a script on stdin) and through a pseudo-terminal.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli_process.h"

namespace stargraph::cli {
namespace {

using testing::ProcessOutput;
using testing::PtyProcess;
using testing::RunStargraph;
using testing::TempDir;

// Waits for `text` on the terminal; on failure the transcript shows what appeared instead.
#define CHECK_SHOWS(process, text)        \
  do {                                    \
    bool shown = (process).WaitFor(text); \
    INFO((process).transcript());         \
    CHECK(shown);                         \
  } while (false)

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("A piped script runs without prompts", "[shell]") {
  TempDir dir;
  ProcessOutput r = RunStargraph({"shell", "--db", dir / "db"},
                                 "CREATE (:Company {name: '甲骨文'});\nMATCH (c:Company)\nRETURN "
                                 "c.name AS name,\n  c AS c;\n");
  INFO(r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.out.find("stargraph>") == std::string::npos);
  CHECK(r.out.find("1 nodes created") != std::string::npos);
  CHECK(r.out.find("│ 甲骨文 │ (:Company {name: \"甲骨文\"}) │") != std::string::npos);
  CHECK(r.out.find("1 row\n") != std::string::npos);
}

TEST_CASE("A piped script reports failures with exit status 1 and goes on", "[shell]") {
  TempDir dir;
  ProcessOutput r =
      RunStargraph({"shell", "--db", dir / "db"}, "RETURN nope;\n:format csv\nRETURN 7 AS x\n");
  CHECK(r.exit_status == 1);
  CHECK(r.err.find("UndefinedVariable") != std::string::npos);
  CHECK(r.out == "x\r\n7\r\n");
}

TEST_CASE("Shell commands: params, json format, transactions", "[shell]") {
  TempDir dir;
  ProcessOutput r =
      RunStargraph({"shell", "--db", dir / "db"},
                   ":param who => 'Oracle'\n:param n => {\"k\": [1, 2.5]}\n:params\n"
                   ":format json\nRETURN $who AS who, $n.k AS k;\n"
                   ":begin\nCREATE (:Tx);\n:rollback\nMATCH (t:Tx) RETURN count(t) AS c;\n");
  INFO(r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.out.find("$n => {k: [1, 2.5]}\n$who => \"Oracle\"\n") != std::string::npos);
  CHECK(r.out.find(R"("rows":[["Oracle",[1,2.5]]])") != std::string::npos);
  CHECK(r.out.find(R"("columns":["c"],"rows":[[0]])") != std::string::npos);
}

TEST_CASE(":viz writes a DOT file of the last result", "[shell]") {
  TempDir dir;
  ProcessOutput r =
      RunStargraph({"shell", "--db", dir / "db"},
                   "CREATE (:Company {name: 'OpenAI'})-[:DEAL_WITH {value: 300000000000}]->"
                   "(:Company {name: '甲骨文'});\n"
                   "MATCH p = (:Company)-[:DEAL_WITH]->(:Company) RETURN p;\n:viz " +
                       (dir / "deals.dot") + "\n");
  INFO(r.err);
  CHECK(r.exit_status == 0);
  std::string dot = ReadFile(dir / "deals.dot");
  CHECK(dot.find("digraph stargraph") == 0);
  CHECK(dot.find("甲骨文") != std::string::npos);
  CHECK(dot.find("DEAL_WITH\\n300000000000") != std::string::npos);
}

TEST_CASE("Terminal: prompt, completion, Ctrl-C, history", "[shell][pty]") {
  TempDir dir;
  std::string db = dir / "db";
  {
    PtyProcess shell({"shell", "--db", db}, dir.path());
    CHECK_SHOWS(shell, "stargraph> ");
    CHECK(shell.WaitForRawMode());
    shell.Send("RET\t7 AS seven;\r");  // RET<tab> completes to RETURN
    CHECK_SHOWS(shell, "seven");
    CHECK_SHOWS(shell, "1 row, ");
    CHECK_SHOWS(shell, "stargraph> ");
    shell.Send("UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y\r");
    CHECK_SHOWS(shell, "       ...> ");
    shell.Send("RETURN count(x) AS c;\r");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    shell.Send("\x03");
    CHECK_SHOWS(shell, "Cancelled");
    CHECK_SHOWS(shell, "stargraph> ");
    shell.Send("RETURN 40 + 2 AS answer;\r");
    CHECK_SHOWS(shell, "42");
    CHECK_SHOWS(shell, "1 row, ");
    CHECK_SHOWS(shell, "stargraph> ");
    CHECK(shell.WaitForRawMode());
    shell.Send("\x04");  // Ctrl-D
    int status = shell.WaitExit();
    INFO(shell.transcript());
    CHECK(status == 0);
  }
  // libedit stores spaces as  ; the words themselves are plain.
  CHECK(ReadFile(dir / ".stargraph_history").find("answer;") != std::string::npos);
  PtyProcess again({"shell", "--db", db}, dir.path());
  CHECK_SHOWS(again, "stargraph> ");
  CHECK(again.WaitForRawMode());
  again.Send("\x1b[A");  // up arrow recalls the last line
  CHECK_SHOWS(again, "RETURN 40 + 2 AS answer;");
  again.Send("\r");
  CHECK_SHOWS(again, "42");
  CHECK_SHOWS(again, "stargraph> ");
  again.Send(":quit\r");
  int status = again.WaitExit();
  INFO(again.transcript());
  CHECK(status == 0);
}

TEST_CASE("Terminal: Chinese typed at the prompt reaches the statement", "[shell][pty]") {
  TempDir dir;
  PtyProcess shell({"shell", "--db", dir / "db"}, dir.path());
  CHECK_SHOWS(shell, "stargraph> ");
  CHECK(shell.WaitForRawMode());
  shell.Send("RETURN '甲骨文' AS name, size('甲骨文') AS n;\r");
  CHECK_SHOWS(shell, "│ 甲骨文 │ 3 │");
  CHECK_SHOWS(shell, "stargraph> ");
  shell.Send(":quit\r");
  CHECK(shell.WaitExit() == 0);
}

}  // namespace
}  // namespace stargraph::cli
