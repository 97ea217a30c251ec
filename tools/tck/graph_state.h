// The state of a graph as the TCK measures side effects: node ids, relationship ids, the set of
// label names in use, and the set of (entity, key, value) property triples.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "stargraph/database.h"

namespace stargraph::tck {

struct GraphState {
  std::set<uint64_t> nodes;
  std::set<uint64_t> relationships;
  std::set<std::string> labels;
  std::set<std::tuple<char, uint64_t, std::string, std::string>> properties;  // kind n/r, id
};

// Reads the state through `session` (MATCH queries). Returns false and sets *error on failure.
bool ReadGraphState(Session& session, GraphState* state, std::string* error);

// Side effects from `before` to `after`, keyed as in the TCK: "+nodes", "-nodes",
// "+relationships", "-relationships", "+labels", "-labels", "+properties", "-properties".
std::map<std::string, int64_t> SideEffects(const GraphState& before, const GraphState& after);

}  // namespace stargraph::tck
