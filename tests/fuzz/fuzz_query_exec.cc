// Fuzz target: Cypher statements generated from the fuzz bytes by a small grammar (clauses,
// patterns, expressions, functions) and run over a small graph in a scratch database, inside a
// transaction that is rolled back so the graph stays the same. Any outcome but rows or a clean
// QueryResult error (a crash, a sanitizer report, a hang past the timeout) is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "stargraph/database.h"

namespace {

namespace fs = std::filesystem;

void Require(bool condition) {
  if (!condition) std::abort();
}

// Reads choices from the fuzz bytes; zeros once they run out, so every input ends the statement.
class Choices {
 public:
  Choices(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  size_t Pick(size_t n) { return pos_ < size_ ? data_[pos_++] % n : 0; }
  template <size_t N>
  const char* PickOf(const char* const (&options)[N]) {
    return options[Pick(N)];
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

constexpr const char* kLiterals[] = {"0",
                                     "1",
                                     "-1",
                                     "9223372036854775807",
                                     "-9223372036854775808",
                                     "2.5",
                                     "0.0",
                                     "1e308",
                                     "'a'",
                                     "''",
                                     "'Acme Corp'",
                                     "null",
                                     "true",
                                     "false",
                                     "[]",
                                     "[1, 2, 3]",
                                     "{}",
                                     "{a: 1, b: 'x'}",
                                     "date('2024-02-29')",
                                     "duration('P1Y2M3DT4H')",
                                     "datetime('2024-01-01T00:00:00Z')",
                                     "$p"};
constexpr const char* kBinary[] = {"+",   "-",  "*",           "/",        "%",   "^",
                                   "=",   "<>", "<",           ">=",       "AND", "OR",
                                   "XOR", "IN", "STARTS WITH", "CONTAINS", "=~",  "ENDS WITH"};
constexpr const char* kFunctions[] = {
    "size", "toString", "toInteger", "toFloat",       "head",       "tail",      "last",
    "abs",  "reverse",  "toUpper",   "sqrt",          "keys",       "labels",    "type",
    "id",   "length",   "nodes",     "relationships", "properties", "count",     "collect",
    "sum",  "min",      "max",       "avg",           "exists",     "toBoolean", "sign",
    "ceil", "trim",     "startNode", "percentileCont"};
constexpr const char* kVariables[] = {"n", "m", "r", "x", "p"};
constexpr const char* kKeys[] = {"name", "n", "w", "tags", "missing"};

class StatementGenerator {
 public:
  explicit StatementGenerator(Choices* choices) : c_(*choices) {}

  std::string Expression(int depth) {
    const size_t kind = depth > 4 ? c_.Pick(3) : c_.Pick(14);
    switch (kind) {
      case 0:
        return c_.PickOf(kLiterals);
      case 1:
        return c_.PickOf(kVariables);
      case 2:
        return std::string(c_.PickOf(kVariables)) + "." + c_.PickOf(kKeys);
      case 3:
        return "(" + Expression(depth + 1) + " " + c_.PickOf(kBinary) + " " +
               Expression(depth + 1) + ")";
      case 4:
        return "NOT " + Expression(depth + 1);
      case 5:
        return "-" + Expression(depth + 1);
      case 6:
        return std::string(c_.PickOf(kFunctions)) + "(" + Expression(depth + 1) + ")";
      case 7:
        return "range(" + Expression(depth + 1) + ", " + Expression(depth + 1) + ")";
      case 8:
        return "[" + Expression(depth + 1) + ", " + Expression(depth + 1) + "]";
      case 9:
        return Expression(depth + 1) + "[" + Expression(depth + 1) + "]";
      case 10:
        return Expression(depth + 1) + "[" + Expression(depth + 1) + ".." + Expression(depth + 1) +
               "]";
      case 11:
        return "CASE WHEN " + Expression(depth + 1) + " THEN " + Expression(depth + 1) + " ELSE " +
               Expression(depth + 1) + " END";
      case 12:
        return "[y IN " + Expression(depth + 1) + " WHERE " + Expression(depth + 1) + " | " +
               Expression(depth + 1) + "]";
      default:
        return Expression(depth + 1) + (c_.Pick(2) ? " IS NULL" : " IS NOT NULL");
    }
  }

  std::string Pattern() {
    static constexpr const char* kNodes[] = {"(n)", "(n:P)", "(n:P {name: 'a'})", "(n:Q)"};
    static constexpr const char* kRels[] = {"-[r]->",      "<-[r:R]-",     "-[r:R|S]-",
                                            "-[r*1..3]->", "-[r*]-",       "-[r:S*0..2]->",
                                            "--",          "-[r {w: 1}]->"};
    static constexpr const char* kEnds[] = {"(m)", "(m:P)", "(n)", "(m:Q {n: 2})"};
    std::string pattern = c_.PickOf(kNodes);
    if (c_.Pick(3) != 0) pattern += std::string(c_.PickOf(kRels)) + c_.PickOf(kEnds);
    return c_.Pick(4) == 0 ? "p = " + pattern : pattern;
  }

  std::string Clause() {
    switch (c_.Pick(11)) {
      case 0:
        return "MATCH " + Pattern();
      case 1:
        return "OPTIONAL MATCH " + Pattern();
      case 2:
        return "UNWIND " + Expression(0) + " AS x";
      case 3:
        return "WITH *, " + Expression(0) + " AS x";
      case 4:
        return "WHERE " + Expression(0);
      case 5:
        return "CREATE (:P {name: " + Expression(1) + "})";
      case 6:
        return "SET n.name = " + Expression(1);
      case 7:
        return "MERGE (:Q {n: " + Expression(1) + "})";
      case 8:
        return c_.Pick(2) ? "DETACH DELETE n" : "DELETE r";
      case 9:
        return "REMOVE n.name, n:P";
      default:
        return "WITH DISTINCT " + std::string(c_.PickOf(kVariables)) + " AS x";
    }
  }

  std::string Statement() {
    std::string text = "MATCH " + Pattern();
    const size_t clauses = c_.Pick(4);
    for (size_t i = 0; i < clauses; ++i) text += " " + Clause();
    text += " RETURN " + Expression(0) + " AS a";
    if (c_.Pick(2)) text += ", " + Expression(0) + " AS b";
    if (c_.Pick(3) == 0) text += " ORDER BY a" + std::string(c_.Pick(2) ? " DESC" : "");
    if (c_.Pick(3) == 0) text += " SKIP " + std::to_string(c_.Pick(4));
    if (c_.Pick(3) == 0) text += " LIMIT " + std::to_string(c_.Pick(10));
    return text;
  }

 private:
  Choices& c_;
};

constexpr const char* kGraph =
    "CREATE (a:P {name: 'a', n: 1, tags: ['x', 'y']}), (b:P {name: 'b', n: 2}),"
    " (c:Q {name: 'Acme Corp', n: 2}), (d {w: 1.5}),"
    " (a)-[:R {w: 1}]->(b), (b)-[:R {w: 2}]->(c), (c)-[:S]->(a), (a)-[:S {w: 1}]->(a),"
    " (b)-[:R]->(d), (d)-[:S]->(b)";

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("sg_fuzz_exec_" + std::to_string(getpid()));
  std::unique_ptr<stargraph::Database> db;
  std::unique_ptr<stargraph::Session> session;

  Scratch() {
    fs::remove_all(dir);
    auto opened = stargraph::Database::Open(dir.string());
    Require(opened.ok());
    db = std::move(*opened);
    session = db->Connect();
    Require(session->Execute(kGraph).ok());
  }
  ~Scratch() {
    session.reset();
    db.reset();
    fs::remove_all(dir);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Scratch scratch;
  Choices choices(data, size);
  const std::string text = StatementGenerator(&choices).Statement();
  if (std::getenv("STARGRAPH_FUZZ_PRINT") != nullptr) fprintf(stderr, "%s\n", text.c_str());
  stargraph::QueryOptions options;
  options.timeout_ms = 2000;
  options.memory_limit_bytes = int64_t{256} << 20;
  const stargraph::ValueMap parameters = {{"p", stargraph::Value(int64_t{3})}};
  Require(scratch.session->Begin().ok());
  stargraph::QueryResult result = scratch.session->Execute(text, parameters, options);
  while (result.Next()) {
  }
  Require(scratch.session->Rollback().ok());
  return 0;
}
