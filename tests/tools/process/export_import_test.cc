#include <catch2/catch.hpp>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

// Every property of every node and relationship, in a stable order, as JSON text.
const char* kFingerprint =
    "MATCH (n) WITH n ORDER BY n.name "
    "OPTIONAL MATCH (n)-[r]->(m) WITH n, r, m ORDER BY n.name, type(r), m.name "
    "RETURN labels(n), properties(n), type(r), properties(r), m.name";

const char* kSetup =
    "CREATE (a:Company:Listed {name: 'Oracle', founded: 1977, share: 90.5, aliases: ['甲骨文', "
    "'ORCL'],"
    " public: true, since: date('1986-03-12'), at: datetime('2025-09-10T12:00:00+01:00'),"
    " span: duration('P5Y'), quote: 'say \"hi\"; bye'})"
    "-[:DEAL_WITH {value: 300000000000, date: date('2025-09-10'), gw: 4.5}]->"
    "(b:Company {name: 'OpenAI', nan: 0.0 / 0.0}),"
    " (b)-[:DEPENDS_ON {reason: 'line one\nline two'}]->(a), (:Place {name: 'Abilene'})";

std::string Fingerprint(const std::string& db) {
  ProcessOutput r = RunStargraph({"query", "--db", db, "--format", "json", kFingerprint});
  REQUIRE(r.exit_status == 0);
  const size_t rows = r.out.find("\"rows\"");
  const size_t stats = r.out.find("\"stats\"");
  return r.out.substr(rows, stats - rows);
}

TEST_CASE("export as Cypher recreates the database exactly", "[process][export]") {
  TempDir dir;
  const std::string source = (dir / "source");
  REQUIRE(RunStargraph({"query", "--db", source, kSetup}).exit_status == 0);
  REQUIRE(
      RunStargraph({"query", "--db", source, "CREATE INDEX place_name FOR (p:Place) ON (p.name)"})
          .exit_status == 0);
  const std::string script = (dir / "dump.cypher");
  REQUIRE(RunStargraph({"export", "--db", source, "-o", script}).exit_status == 0);
  const std::string copy = (dir / "copy");
  ProcessOutput load = RunStargraph({"query", "--db", copy, "-f", script});
  INFO(load.err);
  REQUIRE(load.exit_status == 0);
  CHECK(Fingerprint(copy) == Fingerprint(source));
  ProcessOutput indexes = RunStargraph({"query", "--db", copy, "--format", "csv", "SHOW INDEXES"});
  CHECK(indexes.out.find("place_name,RANGE,Place") != std::string::npos);
  CHECK(indexes.out.find("stargraph_export") == std::string::npos);
}

TEST_CASE("export as CSV is read back by import", "[process][export]") {
  TempDir dir;
  const std::string source = (dir / "source");
  REQUIRE(
      RunStargraph({"query", "--db", source,
                    "CREATE (:Company {name: 'Oracle', founded: 1977, aliases: ['甲骨文', 'ORCL'],"
                    " since: date('1986-03-12')})-[:DEAL_WITH {value: 3.5e11}]->"
                    "(:Company:Lab {name: 'OpenAI, Inc.', note: 'two\nlines'})"})
          .exit_status == 0);
  const std::string csv = (dir / "csv");
  REQUIRE(RunStargraph({"export", "--db", source, "--format", "csv", "-o", csv}).exit_status == 0);
  const std::string copy = (dir / "copy");
  ProcessOutput imported = RunStargraph({"import", "--db", copy, "--nodes", csv + "/nodes.csv",
                                         "--relationships", csv + "/relationships.csv"});
  INFO(imported.err);
  REQUIRE(imported.exit_status == 0);
  CHECK(Fingerprint(copy) == Fingerprint(source));
}

TEST_CASE("export of a missing database fails with status 1", "[process][export]") {
  TempDir dir;
  CHECK(RunStargraph({"export", "--db", (dir / "none")}).exit_status == 1);
  CHECK(RunStargraph({"export", "--db", (dir / "none"), "--format", "csv"}).exit_status == 2);
}

}  // namespace
}  // namespace stargraph::cli::testing
