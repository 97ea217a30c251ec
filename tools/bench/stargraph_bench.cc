// stargraph_bench: the in-process stargraph side of tools/bench (run.py drives it).
//
//   stargraph_bench reads  DB QUERIES PARAMS RUNS WARMUP [ONLY]   the read queries on an imported
//                                                          graph (ONLY: comma-separated names)
//   stargraph_bench writes DB QUERIES RUNS                 each run on a fresh database DB.<run>,
//                                                          one line per step and run
//
// Prints one JSON line per workload, as kuzu_bench.js does: {name, rows, first (the first row,
// CONTRACT.md JSON values), ms (each timed run), median_ms} or {name, error}. Timing = Execute +
// reading every row. A query is repeated up to RUNS times, fewer once its runs took kBudgetMs.
// Reads also report `cpu_median_ms`, the median CPU time of the thread: on a busy machine it
// varies far less than the wall time, so it is the figure to compare stargraph builds with.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "json_encoding.h"
#include "stargraph/database.h"
#include "workload_file.h"

namespace stargraph::bench {
namespace {

using cli::Json;
constexpr double kBudgetMs = 20000;

struct Outcome {
  int64_t rows = 0;
  Json first = nullptr;
  std::string error;
};

// Reads every row of `result` into `out` (rows added, first row kept if none yet).
void Drain(QueryResult result, Outcome* out) {
  while (result.Next()) {
    if (out->first.is_null()) {
      out->first = Json::array();
      for (const Value& v : result.row()) out->first.push_back(cli::ValueToJson(v));
    }
    ++out->rows;
  }
  if (!result.ok()) out->error = result.error().kind + ": " + result.error().message;
}

double MillisSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

double ThreadCpuMillis() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[(v.size() - 1) / 2];
}

void Print(const std::string& name, const Outcome& outcome, const std::vector<double>& ms,
           const std::vector<double>& cpu_ms = {}) {
  Json line = {{"name", name}};
  if (!outcome.error.empty()) {
    line["error"] = outcome.error;
  } else {
    line["rows"] = outcome.rows;
    line["first"] = outcome.first;
    line["ms"] = ms;
    line["median_ms"] = Median(ms);
    if (!cpu_ms.empty()) line["cpu_median_ms"] = Median(cpu_ms);
  }
  std::cout << cli::DumpJsonLine(line) << std::endl;
}

Outcome RunOnce(Session& session, const ReadQuery& query) {
  Outcome out;
  if (query.each.empty()) {
    Drain(session.Execute(query.cypher), &out);
    return out;
  }
  auto prepared = session.Prepare(query.cypher);
  if (!prepared.ok()) {
    out.error = prepared.status().ToString();
    return out;
  }
  for (const Value& name : query.each) {
    if (out.error.empty()) Drain((*prepared)->Execute({{"name", name}}), &out);
  }
  return out;
}

void RunReads(Database& db, const std::vector<ReadQuery>& queries, int runs, int warmup,
              const std::string& only) {
  auto session = db.Connect();
  for (const ReadQuery& query : queries) {
    if (!only.empty() && ("," + only + ",").find("," + query.name + ",") == std::string::npos) {
      continue;
    }
    Outcome out;
    for (int i = 0; i < warmup && out.error.empty(); ++i) out = RunOnce(*session, query);
    std::vector<double> ms, cpu_ms;
    double spent = 0;
    for (int i = 0; i < runs && out.error.empty() && (i == 0 || spent < kBudgetMs); ++i) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = ThreadCpuMillis();
      out = RunOnce(*session, query);
      cpu_ms.push_back(ThreadCpuMillis() - cpu_start);
      ms.push_back(MillisSince(start));
      spent += ms.back();
    }
    Print(query.name, out, ms, cpu_ms);
  }
}

// One line per step and run, printed at once (run.py may stop a driver that runs too long).
int RunWrites(const std::string& db_path, const std::vector<WriteStep>& steps, int runs) {
  for (int run = 0; run < runs; ++run) {
    auto db = Database::Open(db_path + "." + std::to_string(run));
    if (!db.ok()) {
      std::cerr << db.status().ToString() << "\n";
      return 1;
    }
    auto session = (*db)->Connect();
    for (const WriteStep& step : steps) {
      const auto start = std::chrono::steady_clock::now();
      Outcome out;
      Drain(session->Execute(step.cypher, step.parameters), &out);
      Print(step.name, out, {MillisSince(start)});
    }
  }
  return 0;
}

int Usage() {
  std::cerr << "usage: stargraph_bench reads DB QUERIES PARAMS RUNS WARMUP [ONLY]\n"
               "       stargraph_bench writes DB QUERIES RUNS\n";
  return 2;
}

int Main(const std::vector<std::string>& args) {
  if ((args.size() == 6 || args.size() == 7) && args[0] == "reads") {
    auto queries = LoadReadQueries(args[2], args[3]);
    DatabaseOptions options;
    options.create_if_missing = false;
    auto db = Database::Open(args[1], options);
    if (!queries.ok() || !db.ok()) {
      std::cerr << (queries.ok() ? db.status() : queries.status()).ToString() << "\n";
      return 1;
    }
    RunReads(**db, *queries, std::atoi(args[4].c_str()), std::atoi(args[5].c_str()),
             args.size() == 7 ? args[6] : "");
    return 0;
  }
  if (args.size() == 4 && args[0] == "writes") {
    auto steps = LoadWriteSteps(args[2]);
    if (!steps.ok()) {
      std::cerr << steps.status().ToString() << "\n";
      return 1;
    }
    return RunWrites(args[1], *steps, std::atoi(args[3].c_str()));
  }
  return Usage();
}

}  // namespace
}  // namespace stargraph::bench

int main(int argc, char** argv) {
  return stargraph::bench::Main(std::vector<std::string>(argv + 1, argv + argc));
}
