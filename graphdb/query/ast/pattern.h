// Graph patterns: node and relationship patterns chained into paths.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/expression.h"
#include "query/ast/source.h"

namespace stargraph::query::ast {

// `(variable:Label1:Label2 {props})`; `variable` is empty for an anonymous node. `properties`
// is null, a MapLiteral or a Parameter.
struct NodePattern : Located {
  std::string variable;
  std::vector<std::string> labels;
  ExprPtr properties;
};

enum class RelDirection {
  kOutgoing,    // (a)-[]->(b)
  kIncoming,    // (a)<-[]-(b)
  kUndirected,  // (a)-[]-(b) and (a)<-[]->(b)
};

// `-[variable:T1|T2 *min..max {props}]->`. `types` empty means any type. When `var_length`
// is set, absent bounds mean "from 1" and "unbounded"; `*2` sets both to 2.
struct RelationshipPattern : Located {
  std::string variable;
  RelDirection direction = RelDirection::kUndirected;
  std::vector<std::string> types;
  bool var_length = false;
  std::optional<int64_t> min_hops;
  std::optional<int64_t> max_hops;
  ExprPtr properties;
};

enum class PathKind {
  kPattern,      // (a)-->(b)
  kShortest,     // shortestPath((a)-[*]-(b))
  kAllShortest,  // allShortestPaths((a)-[*]-(b))
};

// One comma-separated part of a pattern: `[path_variable =] (n)-[r]-(m)...`.
// Invariant: nodes.size() == rels.size() + 1; rels[i] joins nodes[i] and nodes[i + 1].
struct PatternPart : Located {
  std::string path_variable;
  PathKind kind = PathKind::kPattern;
  std::vector<NodePattern> nodes;
  std::vector<RelationshipPattern> rels;
};

// A comma-separated pattern, as in `MATCH (a), (b)-->(c)`.
using Pattern = std::vector<PatternPart>;

}  // namespace stargraph::query::ast
