// Runs one TCK scenario against a fresh embedded database and judges it.
//
// Steps understood: Given an empty graph / any graph / the <name> graph; having executed;
// parameters are; there exists a procedure (not supported: the scenario fails with that reason);
// executing query / control query; the result should be (in any order | in order | ignoring
// element order for lists) / empty; the side effects should be / no side effects; a <Class>
// should be raised at <compile time | runtime | any time>: <detail>.
#pragma once

#include <string>

#include "gherkin.h"

namespace stargraph::tck {

struct RunnerOptions {
  std::string graphs_dir;  // holds <name>/<name>.cypher for "Given the <name> graph"
  std::string db_root;     // scratch directory (tmpfs); one database per scenario below it
};

struct Verdict {
  bool passed = false;
  std::string reason;  // why it failed; empty when passed
};

// Runs `scenario` from start to end on a new database under options.db_root, then removes it.
Verdict RunScenario(const Scenario& scenario, const RunnerOptions& options);

}  // namespace stargraph::tck
