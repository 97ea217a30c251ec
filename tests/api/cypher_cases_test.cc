// Data-driven Cypher cases: each file in tests/api/cases holds cases of the form
//
//   ### name
//   <setup statements, each ending with ';'>
//   <the statement under test>
//   -> [[row1col1, row1col2], ...]        expected rows, in order (JSON per CONTRACT.md)
//   ->any [[...], ...]                     expected rows, in any order
//   !! ErrorKind ErrorCode                 expected error (and the graph is left unchanged)
//   stats: nodes_created=2 labels_added=2  optional, after the expectation: the statement's
//                                          statistics (counters not named must be 0)
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
  std::string stats;     // "name=value ..." or empty (not checked)
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
    } else if (line.rfind("stats:", 0) == 0 && !cases.empty()) {
      cases.back().stats = line.substr(6);
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

int64_t Count(Session& session, const std::string& cypher) {
  QueryResult r = session.Execute(cypher);
  auto rows = r.FetchAll();
  REQUIRE(r.ok());
  return rows.at(0).at(0).as_int();
}

// Every counter of `stats` as "name=value", in contract order, for comparison with a case.
std::string StatsText(const QueryStats& s, const std::string& wanted) {
  const std::pair<const char*, int64_t> fields[] = {
      {"nodes_created", s.nodes_created},
      {"nodes_deleted", s.nodes_deleted},
      {"relationships_created", s.relationships_created},
      {"relationships_deleted", s.relationships_deleted},
      {"properties_set", s.properties_set},
      {"properties_removed", s.properties_removed},
      {"labels_added", s.labels_added},
      {"labels_removed", s.labels_removed}};
  std::string out;
  for (const auto& [name, value] : fields) {
    const bool named = wanted.find(std::string(name) + "=") != std::string::npos;
    if (value != 0 || named)
      out += std::string(out.empty() ? "" : " ") + name + "=" + std::to_string(value);
  }
  return out;
}

// The expected stats text normalized to contract order.
std::string NormalizeStats(const std::string& text) {
  QueryStats s;
  std::istringstream in(text);
  std::string item;
  while (in >> item) {
    const size_t eq = item.find('=');
    const std::string name = item.substr(0, eq);
    const int64_t value = std::stoll(item.substr(eq + 1));
    if (name == "nodes_created") s.nodes_created = value;
    if (name == "nodes_deleted") s.nodes_deleted = value;
    if (name == "relationships_created") s.relationships_created = value;
    if (name == "relationships_deleted") s.relationships_deleted = value;
    if (name == "properties_set") s.properties_set = value;
    if (name == "properties_removed") s.properties_removed = value;
    if (name == "labels_added") s.labels_added = value;
    if (name == "labels_removed") s.labels_removed = value;
  }
  return StatsText(s, text);
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
  const int64_t nodes_before = Count(*session, "MATCH (n) RETURN count(n)");
  const int64_t rels_before = Count(*session, "MATCH ()-[r]->() RETURN count(r)");
  QueryResult result = session->Execute(c.query);
  std::vector<std::string> rows = RowsAsJson(result);
  if (c.mode == CypherCase::kError) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind + " " + result.error().code == c.expected);
    // A failed statement changes nothing.
    CHECK(Count(*session, "MATCH (n) RETURN count(n)") == nodes_before);
    CHECK(Count(*session, "MATCH ()-[r]->() RETURN count(r)") == rels_before);
    return;
  }
  if (!c.stats.empty()) CHECK(StatsText(result.stats(), c.stats) == NormalizeStats(c.stats));
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
