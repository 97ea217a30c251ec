#include "stargraph/csv_import.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace stargraph {
namespace {

namespace fs = std::filesystem;

class ImportFixture {
 public:
  ImportFixture() : dir_(fs::temp_directory_path() / ("sg_import_" + std::to_string(getpid()))) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = std::move(Database::Open((dir_ / "db").string()).value());
  }
  ~ImportFixture() {
    db_.reset();
    fs::remove_all(dir_);
  }
  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::vector<std::vector<Value>> Query(const std::string& cypher) {
    QueryResult r = db_->Connect()->Execute(cypher);
    auto rows = r.FetchAll();
    REQUIRE(r.ok());
    return rows;
  }
  Database& db() { return *db_; }

 private:
  fs::path dir_;
  std::unique_ptr<Database> db_;
};

TEST_CASE("CSV import adds typed nodes and relationships, indexes included", "[import]") {
  ImportFixture f;
  CsvImportOptions options;
  options.nodes.push_back({f.Write("n.csv",
                                   "id:ID,name,:LABEL,founded:int,aliases:string[]\n"
                                   "c1,Oracle,Company,1977,甲骨文;ORCL\n"
                                   "c2,\"Open\nAI\",Company;Lab,2015,\n"),
                           ""});
  options.nodes.push_back({f.Write("p.csv", "pid:ID(P),name\np1,Sam Altman\n"), "Person"});
  options.relationships.push_back(
      {f.Write("r.csv", ":START_ID,:END_ID,value:float,date:date\nc2,c1,3e11,2025-09-10\n"),
       "DEAL_WITH"});
  options.relationships.push_back(
      {f.Write("l.csv", ":START_ID(P),:END_ID,:TYPE\np1,c2,LEADS\n"), ""});
  Result<CsvImportSummary> summary = ImportCsv(f.db(), options);
  REQUIRE(summary.ok());
  CHECK(summary->nodes == 3);
  CHECK(summary->relationships == 2);

  auto rows = f.Query(
      "MATCH (a)-[r:DEAL_WITH]->(b:Company) RETURN a.name, r.value, toString(r.date), b.founded");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0][0].as_string() == "Open\nAI");
  CHECK(rows[0][1].as_float() == 3e11);
  CHECK(rows[0][2].as_string() == "2025-09-10");
  CHECK(rows[0][3].as_int() == 1977);
  // The entity-name index covers imported aliases, case- and width-insensitively.
  CHECK(f.Query("MATCH (p:Person)-[:LEADS]->(c:Lab) RETURN p.name")[0][0].as_string() ==
        "Sam Altman");
  CHECK(f.Query("MATCH (c:Company) WHERE 'ORCL' IN c.aliases RETURN c.name").size() == 1);
  auto check = f.db().Check();
  REQUIRE(check.ok());
  CHECK(check->problems.empty());
  CHECK(check->nodes == 3);
  // Later writes get fresh ids.
  f.Query("CREATE (:Company {name: 'Nvidia'})");
  CHECK(f.Query("MATCH (n) RETURN count(DISTINCT id(n))")[0][0].as_int() == 4);
}

TEST_CASE("a bad row names its file and line and imports nothing", "[import]") {
  ImportFixture f;
  CsvImportOptions options;
  options.nodes.push_back({f.Write("n.csv", "id:ID,n:int\na,1\nb,x\n"), "N"});
  Result<CsvImportSummary> summary = ImportCsv(f.db(), options);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.status().message().find("n.csv:3") != std::string::npos);
  CHECK(summary.status().message().find("not an integer") != std::string::npos);
  CHECK(f.Query("MATCH (n) RETURN count(n)")[0][0].as_int() == 0);

  options.nodes[0] = {f.Write("m.csv", "id:ID,n:int\na,1\n"), "N"};
  options.relationships.push_back({f.Write("r.csv", ":START_ID,:END_ID\na,missing\n"), "R"});
  summary = ImportCsv(f.db(), options);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.status().message().find("r.csv:2") != std::string::npos);
  CHECK(f.Query("MATCH (n) RETURN count(n)")[0][0].as_int() == 0);
}

TEST_CASE("import respects unique constraints", "[import]") {
  ImportFixture f;
  f.Query("CREATE CONSTRAINT u FOR (c:Company) REQUIRE c.name IS UNIQUE");
  f.Query("CREATE (:Company {name: 'Oracle'})");
  CsvImportOptions options;
  options.nodes.push_back({f.Write("n.csv", "name\nOpenAI\nOracle\n"), "Company"});
  Result<CsvImportSummary> summary = ImportCsv(f.db(), options);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.status().code() == StatusCode::kConstraint);
  CHECK(f.Query("MATCH (n) RETURN count(n)")[0][0].as_int() == 1);
}

TEST_CASE("bad headers are rejected", "[import]") {
  ImportFixture f;
  CsvImportOptions options;
  options.nodes.push_back({f.Write("n.csv", "name:money\nx\n"), "N"});
  Result<CsvImportSummary> summary = ImportCsv(f.db(), options);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.status().message().find("unknown column type 'money'") != std::string::npos);
}

}  // namespace
}  // namespace stargraph
