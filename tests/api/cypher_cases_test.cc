// Data-driven Cypher cases: each file in tests/api/cases holds cases of the form
//
//   ### name
//   <setup statements, each ending with ';'>
//   <the statement under test>
//   -> [[row1col1, row1col2], ...]        expected rows, in order (JSON per CONTRACT.md)
//   ->any [[...], ...]                     expected rows, in any order
//   !! ErrorKind ErrorCode                 expected error
//
// Every case runs on a fresh database.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_encoding.h"
#include "stargraph/database.h"

namespace stargraph {
namespace {

namespace fs = std::filesystem;

struct CypherCase {
  std::string file;
  std::string name;
  std::vector<std::string> setup;
  std::string query;
  std::string expected;  // JSON rows, or "Kind Code" for errors
  enum { kOrdered, kAnyOrder, kError } mode = kOrdered;
};

std::vector<CypherCase> ReadCases(const fs::path& path) {
  std::vector<CypherCase> cases;
  std::ifstream in(path);
  std::string line, statement;
  CypherCase current;
  auto flush_statement = [&] {
    if (statement.find_first_not_of(" \n") != std::string::npos) current.setup.push_back(statement);
    statement.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("###", 0) == 0) {
      current = CypherCase{};
      current.file = path.filename().string();
      current.name = line.substr(4);
      statement.clear();
    } else if (line.rfind("->", 0) == 0 || line.rfind("!!", 0) == 0) {
      flush_statement();
      current.query = current.setup.back();
      current.setup.pop_back();
      if (line.rfind("!!", 0) == 0) {
        current.mode = CypherCase::kError;
        current.expected = line.substr(3);
      } else if (line.rfind("->any", 0) == 0) {
        current.mode = CypherCase::kAnyOrder;
        current.expected = line.substr(6);
      } else {
        current.expected = line.substr(3);
      }
      cases.push_back(current);
    } else if (!line.empty()) {
      statement += line + "\n";
      if (line.back() == ';') {
        statement.pop_back();
        statement.pop_back();
        flush_statement();
      }
    }
  }
  return cases;
}

std::vector<std::string> RowsAsJson(QueryResult& result) {
  std::vector<std::string> rows;
  while (result.Next()) {
    cli::Json row = cli::Json::array();
    for (const Value& v : result.row()) row.push_back(cli::ValueToJson(v));
    rows.push_back(row.dump());
  }
  return rows;
}

std::vector<std::string> ExpectedRows(const std::string& text) {
  std::vector<std::string> rows;
  for (const auto& row : cli::Json::parse(text)) rows.push_back(row.dump());
  return rows;
}

void RunCase(const CypherCase& c, const fs::path& dir) {
  INFO(c.file << ": " << c.name << "\n" << c.query);
  fs::remove_all(dir);
  auto db = Database::Open(dir.string());
  REQUIRE(db.ok());
  auto session = (*db)->Connect();
  for (const std::string& s : c.setup) {
    QueryResult r = session->Execute(s);
    r.FetchAll();
    INFO("setup: " << s);
    REQUIRE(r.ok());
  }
  QueryResult result = session->Execute(c.query);
  std::vector<std::string> rows = RowsAsJson(result);
  if (c.mode == CypherCase::kError) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind + " " + result.error().code == c.expected);
    return;
  }
  INFO("error: " << result.error().kind << " " << result.error().code << " "
                 << result.error().message);
  REQUIRE(result.ok());
  std::vector<std::string> expected = ExpectedRows(c.expected);
  if (c.mode == CypherCase::kAnyOrder) {
    std::sort(rows.begin(), rows.end());
    std::sort(expected.begin(), expected.end());
  }
  CHECK(rows == expected);
}

TEST_CASE("Cypher case files give their expected rows and errors", "[cypher]") {
  const fs::path cases_dir = fs::path(STARGRAPH_SOURCE_DIR) / "tests/api/cases";
  const fs::path db_dir = fs::temp_directory_path() / ("sg_cases_" + std::to_string(getpid()));
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(cases_dir)) {
    if (entry.path().extension() != ".cases") continue;
    for (const CypherCase& c : ReadCases(entry.path())) {
      DYNAMIC_SECTION(c.file << ": " << c.name) { RunCase(c, db_dir); }
      ++count;
    }
  }
  fs::remove_all(db_dir);
  CHECK(count > 50);
}

}  // namespace
}  // namespace stargraph
