// stargraph_tck: runs the openCypher TCK feature files against the embedded API.
//
//   stargraph_tck [--features DIR] [--graphs DIR] [--filter SUBSTRING] [--verbose]
//                 [--db-root DIR] [--ratchet FILE]
//
// Prints the pass count per area (clauses/match, expressions/temporal, ...) and a final line
// "TCK: P passed of N (X.X%)". With --ratchet, exits 1 when P is below the number in FILE.
// When the feature directory does not exist, says so and exits 0 (the stage is skipped).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "gherkin.h"
#include "scenario_runner.h"

namespace fs = std::filesystem;
using stargraph::tck::Scenario;

namespace {

struct Arguments {
  std::string features = STARGRAPH_TCK_FEATURES_DIR;
  std::string graphs;
  std::string filter;
  std::string db_root;
  std::string ratchet;
  bool verbose = false;
};

bool ParseArguments(int argc, char** argv, Arguments* args) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    bool ok = true;
    if (a == "--verbose" || a == "-v") {
      args->verbose = true;
    } else if (a == "--features") {
      ok = next(&args->features);
    } else if (a == "--graphs") {
      ok = next(&args->graphs);
    } else if (a == "--filter") {
      ok = next(&args->filter);
    } else if (a == "--db-root") {
      ok = next(&args->db_root);
    } else if (a == "--ratchet") {
      ok = next(&args->ratchet);
    } else {
      ok = false;
    }
    if (!ok) {
      std::cerr << "usage: stargraph_tck [--features DIR] [--graphs DIR] [--filter SUBSTRING] "
                   "[--verbose] [--db-root DIR] [--ratchet FILE]\n";
      return false;
    }
  }
  if (args->graphs.empty()) args->graphs = (fs::path(args->features) / ".." / "graphs").string();
  if (args->db_root.empty()) {
    const fs::path base = fs::exists("/dev/shm") ? "/dev/shm" : fs::temp_directory_path();
    args->db_root = (base / ("stargraph_tck." + std::to_string(getpid()))).string();
  }
  return true;
}

std::vector<Scenario> LoadScenarios(const Arguments& args) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(args.features)) {
    if (entry.path().extension() == ".feature") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Scenario> scenarios;
  for (const fs::path& f : files) {
    const std::string rel = fs::relative(f, args.features).generic_string();
    for (Scenario& s : stargraph::tck::ReadFeature(f.string(), rel)) {
      if (args.filter.empty() || (rel + ": " + s.name).find(args.filter) != std::string::npos) {
        scenarios.push_back(std::move(s));
      }
    }
  }
  return scenarios;
}

// "clauses/match/Match1.feature" -> "clauses/match"; "useCases/X.feature" -> "useCases".
std::string AreaOf(const std::string& feature) {
  const fs::path dir = fs::path(feature).parent_path();
  return dir.empty() ? "(top)" : dir.generic_string();
}

struct Tally {
  int passed = 0;
  int total = 0;
};

// The pass rate in percent, rounded down to one decimal: 2034 of 2035 is 99.9%, never 100.0%.
double PercentFloor(const Tally& t) {
  return t.total ? std::floor(1000.0 * t.passed / t.total) / 10.0 : 0.0;
}

void PrintReport(const std::map<std::string, Tally>& areas, const Tally& all, double seconds) {
  for (const auto& [area, t] : areas) {
    std::printf("%-40s %5d / %-5d %5.1f%%\n", area.c_str(), t.passed, t.total, PercentFloor(t));
  }
  std::printf("(%.1f s)\nTCK: %d passed of %d (%.1f%%)\n", seconds, all.passed, all.total,
              PercentFloor(all));
}

int CheckRatchet(const std::string& path, int passed) {
  std::ifstream in(path);
  int recorded = 0;
  if (!(in >> recorded)) {
    std::cerr << "cannot read the ratchet " << path << "\n";
    return 1;
  }
  if (passed < recorded) {
    std::printf("TCK ratchet: %d passed, below the recorded %d\n", passed, recorded);
    return 1;
  }
  if (passed > recorded)
    std::printf("TCK ratchet: %d > %d; raise %s\n", passed, recorded, path.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Arguments args;
  if (!ParseArguments(argc, argv, &args)) return 2;
  if (!fs::is_directory(args.features)) {
    std::printf("TCK: feature directory %s not found; skipped\n", args.features.c_str());
    return 0;
  }
  const auto start = std::chrono::steady_clock::now();
  fs::create_directories(args.db_root);
  const stargraph::tck::RunnerOptions options{args.graphs, args.db_root};
  std::map<std::string, Tally> areas;
  Tally all;
  for (const Scenario& s : LoadScenarios(args)) {
    const stargraph::tck::Verdict v = stargraph::tck::RunScenario(s, options);
    Tally& area = areas[AreaOf(s.feature)];
    area.total++, all.total++;
    if (v.passed) area.passed++, all.passed++;
    if (!v.passed && args.verbose) {
      std::printf("FAIL %s: %s\n    %s\n", s.feature.c_str(), s.name.c_str(), v.reason.c_str());
    }
  }
  std::error_code ec;
  fs::remove_all(args.db_root, ec);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  PrintReport(areas, all, elapsed.count());
  return args.ratchet.empty() ? 0 : CheckRatchet(args.ratchet, all.passed);
}
