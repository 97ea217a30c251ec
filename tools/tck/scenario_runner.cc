#include "scenario_runner.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "expected_error.h"
#include "graph_state.h"
#include "stargraph/database.h"
#include "tck_value.h"
#include "test_procedures.h"

namespace stargraph::tck {
namespace {

namespace fs = std::filesystem;

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// A runaway query fails its scenario instead of stalling the run.
QueryOptions Limits() {
  QueryOptions options;
  options.timeout_ms = 20000;
  return options;
}

// The outcome of the query under test.
struct QueryOutcome {
  bool ran = false;
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  bool failed = false;
  QueryError error;
  ErrorPhase phase = ErrorPhase::kRuntime;
};

// One scenario in progress: its database, parameters, the query's outcome and the first
// failure. Steps run in order; after a failure the rest are skipped.
class ScenarioExecution {
 public:
  ScenarioExecution(Session* session, const RunnerOptions& options)
      : session_(session), options_(options) {}

  void RunStep(const Step& step);
  const std::string& failure() const { return failure_; }

 private:
  void Fail(const std::string& reason) {
    if (failure_.empty()) failure_ = reason;
  }
  void GivenGraph(const std::string& name);
  void Setup(const std::string& cypher);
  void Parameters(const Table& table);
  void Execute(const std::string& cypher, bool control);
  void ExpectRows(const Table& table, bool ordered, bool sort_lists);
  void ExpectSideEffects(const Table& table);
  void ExpectError(const std::string& text);
  bool RequireRows();

  Session* session_;
  const RunnerOptions& options_;
  ValueMap params_;
  QueryOutcome outcome_;
  GraphState before_;
  std::string failure_;
};

void ScenarioExecution::RunStep(const Step& step) {
  if (!failure_.empty()) return;
  const std::string& t = step.text;
  if (t == "an empty graph" || t == "any graph") return;
  if (StartsWith(t, "the ") && t.size() > 10 && t.substr(t.size() - 6) == " graph") {
    return GivenGraph(t.substr(4, t.size() - 10));
  }
  if (t == "having executed:") return Setup(step.doc);
  if (t == "parameters are:") return Parameters(step.table);
  if (StartsWith(t, "there exists a procedure")) {
    std::string error;
    if (!RegisterTestProcedure(step, &error)) Fail(error);
    return;
  }
  if (t == "executing query:") return Execute(step.doc, false);
  if (t == "executing control query:") return Execute(step.doc, true);
  if (t == "the result should be, in any order:") return ExpectRows(step.table, false, false);
  if (t == "the result should be, in order:") return ExpectRows(step.table, true, false);
  if (t == "the result should be (ignoring element order for lists):") {
    return ExpectRows(step.table, false, true);
  }
  if (t == "the result should be empty") return ExpectRows({}, false, false);
  if (t == "the side effects should be:") return ExpectSideEffects(step.table);
  if (t == "no side effects") return ExpectSideEffects({});
  if (t.find("should be raised at") != std::string::npos) return ExpectError(t);
  Fail("unknown step: " + step.keyword + " " + t);
}

void ScenarioExecution::GivenGraph(const std::string& name) {
  std::ifstream in(fs::path(options_.graphs_dir) / name / (name + ".cypher"));
  if (!in) return Fail("named graph not found: " + name);
  std::stringstream text;
  text << in.rdbuf();
  Setup(text.str());
}

void ScenarioExecution::Setup(const std::string& cypher) {
  QueryResult r = session_->Execute(cypher, params_, Limits());
  r.FetchAll();
  if (!r.ok()) Fail("setup failed: " + r.error().kind + " " + r.error().message);
}

void ScenarioExecution::Parameters(const Table& table) {
  for (const auto& row : table) {
    if (row.size() != 2) return Fail("bad parameter row");
    std::string error;
    std::optional<Value> v = ParseTckValue(row[1], &error);
    if (!v) return Fail("bad parameter value: " + error);
    params_[row[0]] = *v;
  }
}

// Prepares first, so that an error is known to be raised at compile time or at runtime. A
// parameter the statement reads but the scenario does not supply is a compile-time error too:
// the engine refuses the statement before running any of it.
void ScenarioExecution::Execute(const std::string& cypher, bool control) {
  std::string error;
  if (!control && !ReadGraphState(*session_, &before_, &error)) return Fail(error);
  outcome_ = QueryOutcome{};
  outcome_.ran = true;
  auto prepared = session_->Prepare(cypher);
  QueryResult r = prepared.ok() ? (*prepared)->Execute(params_, Limits())
                                : session_->Execute(cypher, params_, Limits());
  outcome_.rows = r.FetchAll();
  outcome_.columns = r.columns();
  outcome_.failed = !r.ok();
  outcome_.error = r.error();
  bool missing_parameter = false;
  if (prepared.ok()) {
    for (const std::string& name : (*prepared)->parameters()) {
      missing_parameter = missing_parameter || params_.count(name) == 0;
    }
  }
  outcome_.phase =
      prepared.ok() && !missing_parameter ? ErrorPhase::kRuntime : ErrorPhase::kCompile;
}

bool ScenarioExecution::RequireRows() {
  if (!outcome_.ran) Fail("no query was executed");
  if (outcome_.failed) {
    Fail("unexpected " + outcome_.error.kind + " (" + outcome_.error.code +
         "): " + outcome_.error.message);
  }
  return failure_.empty();
}

std::string RowText(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& c : cells) out += " " + c + " |";
  return out;
}

std::string RowsText(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& r : rows) out += "\n      " + RowText(r);
  return out;
}

void ScenarioExecution::ExpectRows(const Table& table, bool ordered, bool sort_lists) {
  if (!RequireRows()) return;
  if (!table.empty() && table[0] != outcome_.columns) {
    return Fail("columns differ: expected " + RowText(table[0]) + " got " +
                RowText(outcome_.columns));
  }
  std::vector<std::vector<std::string>> expected, actual;
  for (size_t i = 1; i < table.size(); ++i) {
    std::vector<std::string> row;
    for (const std::string& cell : table[i]) {
      std::string error;
      std::optional<Value> v = ParseTckValue(cell, &error);
      if (!v) return Fail("unreadable expected value: " + error);
      row.push_back(CanonicalText(*v, sort_lists));
    }
    expected.push_back(row);
  }
  for (const auto& values : outcome_.rows) {
    std::vector<std::string> row;
    for (const Value& v : values) row.push_back(CanonicalText(v, sort_lists));
    actual.push_back(row);
  }
  if (!ordered) {
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
  }
  if (expected != actual) {
    Fail("rows differ: expected" + RowsText(expected) + "\n    got" + RowsText(actual));
  }
}

void ScenarioExecution::ExpectSideEffects(const Table& table) {
  if (!RequireRows()) return;
  GraphState after;
  std::string error;
  if (!ReadGraphState(*session_, &after, &error)) return Fail(error);
  std::map<std::string, int64_t> actual = SideEffects(before_, after);
  std::map<std::string, int64_t> expected;
  for (const auto& [key, count] : actual) expected[key] = 0;
  for (const auto& row : table) {
    if (row.size() == 2) expected[row[0]] = std::stoll(row[1]);
  }
  if (expected == actual) return;
  std::string diff;
  for (const auto& [key, count] : actual) {
    if (expected[key] != count) {
      diff += " " + key + " expected " + std::to_string(expected[key]) + " got " +
              std::to_string(count) + ";";
    }
  }
  Fail("side effects differ:" + diff);
}

void ScenarioExecution::ExpectError(const std::string& text) {
  ExpectedError expected;
  if (!ParseExpectedError(text, &expected)) return Fail("unknown error step: " + text);
  if (!outcome_.ran) return Fail("no query was executed");
  if (!outcome_.failed) {
    return Fail("expected " + expected.error_class + " " + expected.detail + ", got " +
                std::to_string(outcome_.rows.size()) + " rows");
  }
  std::string mismatch = MatchError(expected, outcome_.error, outcome_.phase);
  if (!mismatch.empty()) Fail(mismatch);
}

}  // namespace

Verdict RunScenario(const Scenario& scenario, const RunnerOptions& options) {
  static int counter = 0;
  const fs::path dir = fs::path(options.db_root) / ("db" + std::to_string(counter++));
  std::error_code ec;
  fs::remove_all(dir, ec);
  Verdict verdict;
  {
    auto db = Database::Open(dir.string());
    if (!db.ok()) return {false, "cannot open a database: " + db.status().message()};
    auto session = (*db)->Connect();
    ScenarioExecution execution(session.get(), options);
    for (const Step& step : scenario.steps) execution.RunStep(step);
    verdict.reason = execution.failure();
    verdict.passed = verdict.reason.empty();
  }
  ClearTestProcedures();
  fs::remove_all(dir, ec);
  return verdict;
}

}  // namespace stargraph::tck
