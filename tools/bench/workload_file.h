// The workloads of tools/bench/queries.json, ready to run against stargraph: `${x}` replaced by
// params.json's x, each-lists resolved, and the $rows / $pairs parameters of the write steps.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::bench {

struct ReadQuery {
  std::string name;
  std::string cypher;       // with ${x} substituted
  std::vector<Value> each;  // empty: run once; else once per value, bound to $name
};

struct WriteStep {
  std::string name;
  std::string cypher;
  ValueMap parameters;  // $rows or $pairs, whichever the statement uses
};

// Reads QUERIES and PARAMS (JSON). InvalidArgument naming the file on bad JSON, an unknown
// ${x} or an `each` that is not a list of strings; IOError when a file cannot be read.
Result<std::vector<ReadQuery>> LoadReadQueries(const std::string& queries_path,
                                               const std::string& params_path);

// The write steps of QUERIES with their parameters (100k rows / pairs). Errors as above.
Result<std::vector<WriteStep>> LoadWriteSteps(const std::string& queries_path);

}  // namespace stargraph::bench
