#include <catch2/catch.hpp>
#include <filesystem>

#include "scratch_database.h"

namespace stargraph {
namespace {

namespace fs = std::filesystem;

std::string DataUrl(const std::string& file) {
  return "file://" + (fs::path(STARGRAPH_SOURCE_DIR) / "tests/api/data" / file).string();
}

TEST_CASE("LOAD CSV WITH HEADERS reads quoted fields, embedded newlines and UTF-8", "[csv]") {
  testing::ScratchDatabase db("csv");
  auto rows = db.Run("LOAD CSV WITH HEADERS FROM $url AS row RETURN row.name, row.note, row.amount",
                     {{"url", Value(DataUrl("companies.csv"))}});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0].as_string() == "Oracle");
  CHECK(rows[0][1].as_string() == "says \"hi\", twice");
  CHECK(rows[0][2].as_string() == "300000000000");
  CHECK(rows[1][1].as_string() == "two\nlines");
  CHECK(rows[1][2].is_null());  // empty cells are null
  CHECK(rows[2][0].as_string() == "Ｎｖｉｄｉａ");
}

TEST_CASE("LOAD CSV feeds MERGE with converted values", "[csv]") {
  testing::ScratchDatabase db("csv");
  db.Run(
      "LOAD CSV WITH HEADERS FROM $url AS row "
      "MERGE (c:Company {name: row.name}) "
      "SET c.aliases = split(coalesce(row.aliases, ''), ';'), c.amount = toFloat(row.amount)",
      {{"url", Value(DataUrl("companies.csv"))}});
  auto rows = db.Run("MATCH (c:Company {name: 'Oracle'}) RETURN c.aliases, c.amount");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0][0].as_list().size() == 2);
  CHECK(rows[0][1].as_float() == 3e11);
  // The entity-name index sees the loaded aliases, whatever their width.
  CHECK(db.Run("MATCH (c:Company) RETURN count(c)")[0][0].as_int() == 3);
}

TEST_CASE("LOAD CSV without headers and with a field terminator gives lists", "[csv]") {
  testing::ScratchDatabase db("csv");
  auto rows = db.Run("LOAD CSV FROM $url AS row FIELDTERMINATOR '|' RETURN row",
                     {{"url", Value(DataUrl("founded.psv"))}});
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][0].as_list()[0].as_string() == "OpenAI");
  CHECK(rows[1][0].as_list()[1].as_string() == "2015");
}

}  // namespace
}  // namespace stargraph
