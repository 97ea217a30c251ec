// Limits: statements far past normal sizes either work (streamed, within the memory limit) or stop
// with a clear error. None may crash, hang or exhaust the machine's memory.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "scratch_database.h"

namespace stargraph {
namespace {

namespace fs = std::filesystem;

struct LimitsFixture : testing::ScratchDatabase {
  LimitsFixture() : ScratchDatabase("limits") {}
};

std::string Repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * size_t(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Runs `cypher` to the end; the error kind, or "" when it succeeded.
std::string ErrorKindOf(Session& session, const std::string& cypher) {
  QueryResult r = session.Execute(cypher);
  while (r.Next()) {
  }
  return r.ok() ? "" : r.error().kind;
}

TEST_CASE_METHOD(LimitsFixture, "10,000 nested parentheses end in a syntax error") {
  const std::string cypher = "RETURN " + Repeat("(", 10000) + "1" + Repeat(")", 10000);
  CHECK(ErrorKindOf(session(), cypher) == "SyntaxError");
}

TEST_CASE_METHOD(LimitsFixture, "10,000 NOTs end in a syntax error") {
  CHECK(ErrorKindOf(session(), "RETURN " + Repeat("NOT ", 10000) + "true") == "SyntaxError");
}

TEST_CASE_METHOD(LimitsFixture, "a 10,000-level nested list ends in a syntax error") {
  const std::string cypher = "RETURN " + Repeat("[", 10000) + "1" + Repeat("]", 10000);
  CHECK(ErrorKindOf(session(), cypher) == "SyntaxError");
}

TEST_CASE_METHOD(LimitsFixture, "a 10,000-term sum ends in a syntax error") {
  CHECK(ErrorKindOf(session(), "RETURN 1" + Repeat(" + 1", 10000)) == "SyntaxError");
}

TEST_CASE_METHOD(LimitsFixture, "a 1 MB string literal is stored and read back") {
  const std::string text(size_t{1} << 20, 'x');
  QueryResult r = session().Execute("CREATE (n:Blob {s: '" + text + "'}) RETURN size(n.s) AS len");
  auto rows = r.FetchAll();
  REQUIRE(r.ok());
  CHECK(rows.at(0).at(0).as_int() == int64_t{1} << 20);
  QueryResult back = session().Execute("MATCH (n:Blob) RETURN n.s AS s");
  auto stored = back.FetchAll();
  REQUIRE(back.ok());
  CHECK(stored.at(0).at(0).as_string() == text);
}

TEST_CASE_METHOD(LimitsFixture, "a 100,000-element list is unwound and collected") {
  QueryResult r = session().Execute(
      "WITH range(1, 100000) AS l UNWIND l AS x "
      "RETURN count(x) AS c, sum(x) AS s, size(collect(x)) AS n");
  auto rows = r.FetchAll();
  REQUIRE(r.ok());
  CHECK(rows.at(0).at(0).as_int() == 100000);
  CHECK(rows.at(0).at(1).as_int() == int64_t{100000} * 100001 / 2);
  CHECK(rows.at(0).at(2).as_int() == 100000);
}

TEST_CASE_METHOD(LimitsFixture, "variable-length paths on a 12-clique stop at the timeout") {
  QueryResult setup = session().Execute(
      "UNWIND range(1, 12) AS i CREATE (:K {i: i}) WITH count(*) AS made "
      "MATCH (a:K), (b:K) WHERE a.i < b.i CREATE (a)-[:E]->(b)");
  setup.FetchAll();
  REQUIRE(setup.ok());
  QueryOptions options;
  options.timeout_ms = 2000;
  options.memory_limit_bytes = int64_t{256} << 20;
  QueryResult r = session().Execute("MATCH p = (a)-[*]-(b) RETURN count(p) AS c", {}, options);
  r.FetchAll();
  // Completing would also be fine; with 66 relationships it cannot within two seconds.
  if (!r.ok()) {
    CHECK(r.error().kind == "RuntimeError");
    CHECK((r.error().code == "Timeout" || r.error().code == "MemoryLimitExceeded"));
  }
}

TEST_CASE_METHOD(LimitsFixture, "10 million rows stream through Next()") {
  // UNWIND range() streams its integers: 10 million rows within a 64 MiB statement limit.
  QueryOptions options;
  options.memory_limit_bytes = int64_t{64} << 20;
  QueryResult r = session().Execute("UNWIND range(1, 10000000) AS x RETURN x", {}, options);
  int64_t rows = 0;
  int64_t last = 0;
  while (r.Next()) {
    ++rows;
    last = r.row()[0].as_int();
  }
  REQUIRE(r.ok());
  CHECK(rows == 10000000);
  CHECK(last == 10000000);
}

TEST_CASE_METHOD(LimitsFixture, "range() larger than the memory limit stops with a clear error") {
  QueryOptions options;
  options.memory_limit_bytes = int64_t{64} << 20;
  QueryResult r = session().Execute("RETURN size(range(1, 10000000)) AS n", {}, options);
  r.FetchAll();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == "RuntimeError");
  CHECK(r.error().code == "MemoryLimitExceeded");
  // The limit counts what the statement holds: small lists in many rows stay fine.
  QueryResult small = session().Execute(
      "UNWIND range(1, 100000) AS x RETURN sum(size(range(1, 100))) AS s", {}, options);
  auto rows = small.FetchAll();
  REQUIRE(small.ok());
  CHECK(rows.at(0).at(0).as_int() == 10000000);
}

}  // namespace
}  // namespace stargraph
