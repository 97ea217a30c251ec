// A database opened read-only (DatabaseOptions::read_only) answers reads and refuses writes with
// a statement error that names the cause; it never creates a database.
#include <catch2/catch.hpp>

#include "scratch_database.h"

namespace stargraph {
namespace {

std::unique_ptr<Database> OpenReadOnly(const std::string& path) {
  DatabaseOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  Result<std::unique_ptr<Database>> db = Database::Open(path, options);
  INFO(db.status().ToString());
  REQUIRE(db.ok());
  return std::move(*db);
}

TEST_CASE("a read-only database reads and refuses writes with NotSupported", "[read_only]") {
  testing::ScratchDatabase f("read_only");
  f.Run("CREATE (:Company {name: 'Oracle'})");
  std::unique_ptr<Database> reader = OpenReadOnly(f.dir().string());
  std::unique_ptr<Session> session = reader->Connect();
  QueryResult read = session->Execute("MATCH (c:Company) RETURN c.name");
  std::vector<std::vector<Value>> rows = read.FetchAll();
  REQUIRE(read.ok());
  CHECK(rows.at(0).at(0).as_string() == "Oracle");
  for (const char* write : {"CREATE (:Company {name: 'OpenAI'})", "MATCH (c) SET c.x = 1",
                            "CREATE INDEX i FOR (c:Company) ON (c.founded)"}) {
    QueryResult r = session->Execute(write);
    r.FetchAll();
    INFO(write);
    CHECK_FALSE(r.ok());
    CHECK(r.error().kind == "RuntimeError");
    CHECK(r.error().code == "NotSupported");
    CHECK(r.error().message.find("read-only") != std::string::npos);
  }
  CHECK_FALSE(session->Begin().ok());
  f.Run("CREATE (:Company {name: 'Nvidia'})");  // the writer is unaffected
}

TEST_CASE("opening a missing database read-only fails without creating it", "[read_only]") {
  testing::ScratchDatabase f("read_only_missing");
  const std::string missing = (f.dir() / "missing").string();
  DatabaseOptions options;
  options.read_only = true;
  CHECK_FALSE(Database::Open(missing, options).ok());
  CHECK_FALSE(std::filesystem::exists(missing));
}

}  // namespace
}  // namespace stargraph
