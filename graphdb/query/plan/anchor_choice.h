// Anchor choice: where the matching of a pattern part starts. In order of preference:
//   1. a node already bound by an earlier clause or pattern part;
//   2. an id seek: `id(n) = v` or `id(n) IN list`;
//   3. the entity-name index (name or alias): `{name: v}` or `n.name = v`;
//   4. a property index on (label, key): `(n:L {key: v})` or `n.key = v` with n:L;
//   5. a label scan, of the node's rarest label; 6. all nodes.
// When that would be all nodes, a relationship scan replaces the node scan and the first Expand
// (ChooseAnchorRelationship).
// `v` must be computable before the pattern is matched (literals, parameters, bound variables).
// Between label scans the label with fewer nodes wins (SchemaInfo::LabelCount, an estimate);
// otherwise, among nodes of equal preference the leftmost wins. So a variable-length pattern is
// expanded from its more selective end. The predicates chosen for a seek stay in the WHERE as
// filters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/pattern.h"
#include "query/bind/scope.h"

namespace stargraph::query {

struct SchemaInfo;

enum class AnchorKind { kAllNodes, kLabelScan, kIndexSeek, kNameSeek, kIdSeek, kBound };

struct AnchorChoice {
  size_t node = 0;  // index into the pattern part's nodes (ChooseAnchorNode)
  AnchorKind kind = AnchorKind::kAllNodes;
  ast::ExprPtr value;        // the id(s), name or indexed value (kIdSeek, kNameSeek, kIndexSeek)
  std::string label;         // the scanned or indexed label (kLabelScan, kNameSeek, kIndexSeek)
  std::string key;           // the indexed property key (kIndexSeek)
  uint64_t label_count = 0;  // the scanned label's estimated node count (kLabelScan)
};

// The best way into `node`, given the variables bound before the pattern (`scope`) and the
// conjuncts of the WHERE.
AnchorChoice ChooseAnchor(const ast::NodePattern& node, const Scope& scope,
                          const std::vector<ast::ExprPtr>& predicates, const SchemaInfo& schema);

// The node of `part` to start from, and how.
AnchorChoice ChooseAnchorNode(const ast::PatternPart& part, const Scope& scope,
                              const std::vector<ast::ExprPtr>& predicates,
                              const SchemaInfo& schema);

// The relationship of `part` to start from instead of the node `node_choice`, or nullopt: when
// every node of the part would be an AllNodesScan, a single-hop relationship that is not bound
// and does not connect a variable to itself; of those the one with types and the fewest
// relationships (SchemaInfo::RelTypeCount, consulted when two are typed), else the first.
std::optional<size_t> ChooseAnchorRelationship(const ast::PatternPart& part,
                                               const AnchorChoice& node_choice, const Scope& scope,
                                               const SchemaInfo& schema);

}  // namespace stargraph::query
