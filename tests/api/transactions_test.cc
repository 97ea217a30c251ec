#include <catch2/catch.hpp>

#include "scratch_database.h"

namespace stargraph {
namespace {

bool Run(Session& s, const std::string& cypher) {
  QueryResult r = s.Execute(cypher);
  r.FetchAll();
  return r.ok();
}

int64_t Count(Session& s, const std::string& label) {
  QueryResult r = s.Execute("MATCH (n:" + label + ") RETURN count(n)");
  return r.FetchAll().at(0).at(0).as_int();
}

TEST_CASE("a failed statement inside a transaction is undone alone; the transaction goes on",
          "[transactions]") {
  testing::ScratchDatabase f("tx");
  auto writer = f.db().Connect();
  REQUIRE(writer->Begin().ok());
  CHECK(writer->in_transaction());
  CHECK(Run(*writer, "CREATE (:A)"));
  CHECK_FALSE(Run(*writer, "CREATE (:Gone) WITH 1 AS x RETURN 1 / 0"));
  CHECK(Run(*writer, "CREATE (:B)"));
  // The transaction sees its own writes.
  CHECK(Count(*writer, "A") == 1);
  CHECK(Count(*writer, "Gone") == 0);
  REQUIRE(writer->Commit().ok());
  CHECK_FALSE(writer->in_transaction());
  auto reader = f.db().Connect();
  CHECK(Count(*reader, "A") == 1);
  CHECK(Count(*reader, "B") == 1);
  CHECK(Count(*reader, "Gone") == 0);
}

TEST_CASE("rollback discards the transaction; others never see uncommitted writes",
          "[transactions]") {
  testing::ScratchDatabase f("tx");
  auto writer = f.db().Connect();
  auto reader = f.db().Connect();
  REQUIRE(writer->Begin().ok());
  CHECK(Run(*writer, "CREATE (:A), (:A)"));
  CHECK(Count(*reader, "A") == 0);
  REQUIRE(writer->Rollback().ok());
  CHECK(Count(*writer, "A") == 0);
  CHECK_FALSE(writer->Commit().ok());  // no transaction is open
  CHECK(writer->Begin().ok());
  CHECK_FALSE(writer->Begin().ok());  // one at a time
  CHECK(writer->Rollback().ok());
}

TEST_CASE("prepared statements run many times with parameters", "[transactions]") {
  testing::ScratchDatabase f("tx");
  auto session = f.db().Connect();
  auto create = session->Prepare("CREATE (:P {i: $i})");
  REQUIRE(create.ok());
  for (int64_t i = 0; i < 5; ++i) {
    QueryResult r = (*create)->Execute({{"i", Value(i)}});
    r.FetchAll();
    REQUIRE(r.ok());
  }
  auto sum = session->Prepare("MATCH (p:P) WHERE p.i >= $min RETURN sum(p.i) AS s");
  REQUIRE(sum.ok());
  CHECK((*sum)->columns() == std::vector<std::string>{"s"});
  CHECK((*sum)->parameters() == std::vector<std::string>{"min"});
  CHECK((*create)->parameters() == std::vector<std::string>{"i"});
  QueryResult missing = (*sum)->Execute({});
  missing.FetchAll();
  CHECK(missing.error().code == "MissingParameter");
  QueryResult r = (*sum)->Execute({{"min", Value(int64_t{3})}});
  CHECK(r.FetchAll().at(0).at(0).as_int() == 7);
  CHECK_FALSE(session->Prepare("MATCH (n RETURN n").ok());
}

}  // namespace
}  // namespace stargraph
