// The README's "Questions" answers are what the engine prints on the seed graph, and loading the
// seed graph twice changes nothing.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "stargraph/database.h"
#include "statement_splitter.h"
#include "table_writer.h"

namespace stargraph {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct Question {
  std::string title;
  std::string cypher;
  std::string answer;
};

std::vector<Question> ReadmeQuestions() {
  const std::string readme = ReadFile(fs::path(STARGRAPH_SOURCE_DIR) / "README.md");
  const size_t begin = readme.find("<!-- questions:begin -->");
  const size_t end = readme.find("<!-- questions:end -->");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string section = readme.substr(begin, end - begin);
  std::vector<Question> out;
  const std::regex pattern(
      R"(### ([^\n]*)\n\n```cypher\n([\s\S]*?)\n```\n\n```text\n([\s\S]*?)\n```)");
  for (std::sregex_iterator it(section.begin(), section.end(), pattern), last; it != last; ++it) {
    out.push_back({(*it)[1], (*it)[2], (*it)[3]});
  }
  return out;
}

// Loads seed/graph.cypher; returns the total statistics of the load.
QueryStats LoadSeed(Session& session) {
  const std::string script = ReadFile(fs::path(STARGRAPH_SOURCE_DIR) / "seed" / "graph.cypher");
  QueryStats total;
  for (const std::string& statement : cli::SplitScript(script)) {
    QueryResult r = session.Execute(statement);
    r.FetchAll();
    INFO(statement);
    REQUIRE(r.ok());
    total.nodes_created += r.stats().nodes_created;
    total.relationships_created += r.stats().relationships_created;
    total.labels_added += r.stats().labels_added;
  }
  return total;
}

std::string PrintTable(Session& session, const std::string& cypher) {
  std::ostringstream out, err;
  cli::TableOptions options;
  options.show_timing = false;
  cli::TableWriter writer(out, err, options);
  QueryResult r = session.Execute(cypher);
  writer.Begin(r.columns());
  while (r.Next()) writer.Row(r.row());
  INFO(r.error().message);
  REQUIRE(r.ok());
  writer.End(r.stats(), r.elapsed_ms());
  std::string text = out.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

class SeededDatabase {
 public:
  SeededDatabase() : dir_(fs::temp_directory_path() / ("sg_seed_" + std::to_string(getpid()))) {
    fs::remove_all(dir_);
    db_ = std::move(Database::Open(dir_.string()).value());
    session_ = db_->Connect();
  }
  ~SeededDatabase() {
    session_.reset();
    db_.reset();
    fs::remove_all(dir_);
  }
  Session& session() { return *session_; }

 private:
  fs::path dir_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<Session> session_;
};

TEST_CASE("every README question prints the README's answer", "[seed]") {
  SeededDatabase db;
  LoadSeed(db.session());
  const std::vector<Question> questions = ReadmeQuestions();
  CHECK(questions.size() >= 12);
  for (const Question& q : questions) {
    INFO(q.title);
    CHECK(PrintTable(db.session(), q.cypher) == q.answer);
  }
}

TEST_CASE("loading the seed graph twice changes nothing", "[seed]") {
  SeededDatabase db;
  QueryStats first = LoadSeed(db.session());
  CHECK(first.nodes_created > 50);
  CHECK(first.relationships_created > 100);
  QueryStats second = LoadSeed(db.session());
  CHECK(second.nodes_created == 0);
  CHECK(second.relationships_created == 0);
  CHECK(second.labels_added == 0);
}

}  // namespace
}  // namespace stargraph
