// The shell's :backup copies the database it has open, which `stargraph backup` cannot do while
// the shell holds the writer lock.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

TEST_CASE("the shell's :backup copies the open database's committed state", "[process][shell]") {
  TempDir dir;
  const std::string copy = dir / "copy";
  ProcessOutput r = RunStargraph({"shell", "--db", dir / "db"},
                                 "CREATE (:Company {name: 'Oracle'});\n"
                                 ":begin\n"
                                 "CREATE (:Company {name: 'Uncommitted'});\n"
                                 ":backup " +
                                     copy +
                                     "\n"
                                     ":rollback\n");
  INFO(r.out << r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.out.find("Backed up") != std::string::npos);
  ProcessOutput names =
      RunStargraph({"query", "--db", copy, "--format", "csv", "MATCH (n) RETURN n.name AS name"});
  CHECK(names.out == "name\r\nOracle\r\n");
  CHECK(RunStargraph({"check", "--db", copy}).exit_status == 0);

  // A destination that exists is refused, and a script stops with status 1.
  ProcessOutput again = RunStargraph({"shell", "--db", dir / "db"}, ":backup " + copy + "\n");
  CHECK(again.exit_status == 1);
  CHECK(again.err.find("stargraph backup:") != std::string::npos);
  ProcessOutput usage = RunStargraph({"shell", "--db", dir / "db"}, ":backup\n");
  CHECK(usage.err.find("Usage: :backup DIR") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
