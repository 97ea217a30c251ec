#include "graph_state.h"

#include <algorithm>
#include <iterator>

#include "tck_value.h"

namespace stargraph::tck {
namespace {

void AddProperties(char kind, uint64_t id, const EntityData& data, GraphState* state) {
  for (const auto& [key, value] : data.properties) {
    state->properties.emplace(kind, id, key, CanonicalText(value));
  }
}

bool ReadEntities(Session& session, const std::string& query, GraphState* state,
                  std::string* error) {
  QueryResult result = session.Execute(query);
  while (result.Next()) {
    const Value& v = result.row()[0];
    if (v.kind() == ValueKind::kNode) {
      state->nodes.insert(v.as_node().id);
      for (const std::string& l : v.as_node().data->labels) state->labels.insert(l);
      AddProperties('n', v.as_node().id, *v.as_node().data, state);
    } else if (v.kind() == ValueKind::kRelationship) {
      state->relationships.insert(v.as_rel().id);
      AddProperties('r', v.as_rel().id, *v.as_rel().data, state);
    }
  }
  if (!result.ok()) *error = "reading the graph state: " + result.error().message;
  return result.ok();
}

template <typename Set>
int64_t CountMissing(const Set& from, const Set& in) {
  Set diff;
  std::set_difference(from.begin(), from.end(), in.begin(), in.end(),
                      std::inserter(diff, diff.begin()));
  return static_cast<int64_t>(diff.size());
}

}  // namespace

bool ReadGraphState(Session& session, GraphState* state, std::string* error) {
  *state = GraphState{};
  return ReadEntities(session, "MATCH (n) RETURN n", state, error) &&
         ReadEntities(session, "MATCH ()-[r]->() RETURN r", state, error);
}

std::map<std::string, int64_t> SideEffects(const GraphState& before, const GraphState& after) {
  return {
      {"+nodes", CountMissing(after.nodes, before.nodes)},
      {"-nodes", CountMissing(before.nodes, after.nodes)},
      {"+relationships", CountMissing(after.relationships, before.relationships)},
      {"-relationships", CountMissing(before.relationships, after.relationships)},
      {"+labels", CountMissing(after.labels, before.labels)},
      {"-labels", CountMissing(before.labels, after.labels)},
      {"+properties", CountMissing(after.properties, before.properties)},
      {"-properties", CountMissing(before.properties, after.properties)},
  };
}

}  // namespace stargraph::tck
