#include <catch2/catch.hpp>
#include <fstream>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

TEST_CASE("the shell's :load adds an article to the open database", "[process][load]") {
  TempDir dir;
  const std::string article = dir / "2025-05-01-chips.en.txt";
  std::ofstream(article) << "Nvidia to supply chips to Oracle\n\n"
                            "AUSTIN, Texas, May 1, 2025 -- Nvidia agreed to supply chips to Oracle "
                            "in a deal worth $10 billion, the companies said.\n";
  ProcessOutput r = RunStargraph({"shell", "--db", dir / "db"},
                                 ":load " + article + "\nMATCH (a:Article) RETURN a.id AS id;\n");
  INFO(r.out << r.err);
  CHECK(r.exit_status == 0);
  CHECK(r.err.find("loaded 1, unchanged 0, failed 0") != std::string::npos);
  CHECK(r.out.find("2025-05-01-chips") != std::string::npos);
  ProcessOutput usage = RunStargraph({"shell", "--db", dir / "db"}, ":load\n");
  CHECK(usage.err.find("Usage: :load FILE") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::cli::testing
