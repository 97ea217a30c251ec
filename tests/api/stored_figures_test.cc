// Degrees and counts through Cypher: counted last hops (CountExpand sizes them with the stored
// degrees) agree with the rows they stand for, also right after a failed statement inside an
// explicit transaction was undone, and after detach deletes.
#include <catch2/catch.hpp>

#include "scratch_database.h"

namespace stargraph {
namespace {

int64_t One(testing::ScratchDatabase& f, const std::string& cypher) {
  auto rows = f.Run(cypher);
  REQUIRE(rows.size() == 1);
  return rows[0][0].as_int();
}

// Each pattern counted by count(*) (a counted last hop) and by the size of its collected rows
// (every row made): the two must agree.
void ExpectCountsAgree(testing::ScratchDatabase& f) {
  const char* patterns[] = {
      "(a {name: 'a'})-[:R]->(y)",
      "(a {name: 'a'})<-[:R]-(y)",
      "(a {name: 'a'})-[:R]-(y)",
      "(a {name: 'a'})-[r1]-(m)-[r2]-(y)",
      "(a {name: 'a'})-[:R]->(m)-[:R|S]->(y)",
      "(a {name: 'a'})-[:S]-(m)<-[:R]-(y)",
      "(x)-[]->(m)-[]-(y)",
  };
  for (const char* pattern : patterns) {
    const std::string match = std::string("MATCH ") + pattern;
    INFO(match);
    CHECK(One(f, match + " RETURN count(*)") == One(f, match + " RETURN size(collect(y))"));
  }
}

TEST_CASE("Counted last hops agree with their rows after every kind of write", "[stored_figures]") {
  testing::ScratchDatabase f("figures");
  // Parallel relationships, self-loops, both directions, two types.
  f.Run(
      "CREATE (a:A {name: 'a'}), (b:B {name: 'b'}), (c:B {name: 'c'}), "
      "(a)-[:R]->(b), (a)-[:R]->(b), (b)-[:R]->(a), (a)-[:R]->(a), (a)-[:S]->(a), "
      "(b)-[:S]->(c), (c)-[:R]->(c), (c)-[:R]->(a)");
  ExpectCountsAgree(f);
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]->(y) RETURN count(*)") == 3);
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]-(y) RETURN count(*)") == 5);

  Session& s = f.session();
  REQUIRE(s.Begin().ok());
  f.Run("MATCH (a {name: 'a'}), (c {name: 'c'}) CREATE (a)-[:R]->(c)");
  QueryResult failing = s.Execute(
      "MATCH (a {name: 'a'}), (b {name: 'b'}) CREATE (a)-[:R]->(b), (b)-[:R]->(b) "
      "WITH 1 AS x RETURN 1 / 0");
  failing.FetchAll();
  CHECK_FALSE(failing.ok());
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]->(y) RETURN count(*)") == 4);
  ExpectCountsAgree(f);
  f.Run("MATCH (a {name: 'a'}), (b {name: 'b'}) CREATE (a)-[:R]->(b)");
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]->(y) RETURN count(*)") == 5);
  ExpectCountsAgree(f);
  REQUIRE(s.Commit().ok());
  ExpectCountsAgree(f);

  f.Run("MATCH (c {name: 'c'}) DETACH DELETE c");
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]->(y) RETURN count(*)") == 4);
  ExpectCountsAgree(f);
  f.Run("MATCH (a {name: 'a'})-[r:R]->(a) DELETE r");
  ExpectCountsAgree(f);
  CHECK(One(f, "MATCH (a {name: 'a'})-[:R]-(y) RETURN count(*)") == 4);
}

}  // namespace
}  // namespace stargraph
