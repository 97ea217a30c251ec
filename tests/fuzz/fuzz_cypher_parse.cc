// Fuzz target: arbitrary text through the parser and the planner (Engine::Prepare with an empty
// schema). The only exception allowed out is QueryError; anything else (another exception, a
// sanitizer report, a stack overflow, a hang) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "query/engine.h"
#include "query/query_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    auto prepared = stargraph::query::Engine::Prepare(text, stargraph::query::SchemaInfo{});
  } catch (const stargraph::query::QueryError&) {
    // Expected for most inputs: a clean syntax or semantic error.
  }
  return 0;
}
