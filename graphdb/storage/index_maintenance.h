// The index keys a node record implies: label index, entity-name index, property indexes.
//
// Writers compute the keys of a node before and after a change and apply the difference, so
// every index stays equal to a function of the node records (what Check() verifies).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "storage/graph_store.h"
#include "storage/record_codec.h"

namespace stargraph::storage {

// Property-key tokens of `name` and `aliases`; 0 when the name was never interned.
struct NameTokens {
  TokenId name = 0;
  TokenId aliases = 0;
};

struct DerivedKeys {
  std::set<std::string> labels;                         // label_idx keys
  std::set<std::string> names;                          // name_idx keys
  std::map<std::string, const IndexDefinition*> props;  // prop_idx key -> its index
};

// The normalized forms of the node's `name` (a string) and `aliases` (a string or string list).
std::set<std::string> NormalizedNames(const NodeRecord& node, NameTokens tokens);
// All index keys of node `id`; empty for a null `node` (a deleted or not yet created node).
// The returned map points into `indexes`.
DerivedKeys DeriveKeys(NodeId id, const NodeRecord* node,
                       const std::vector<IndexDefinition>& indexes, NameTokens tokens);
// The key of node `id` in index `def`, or nullopt when the node is not in it.
std::optional<std::string> PropIndexKeyOf(NodeId id, const NodeRecord& node,
                                          const IndexDefinition& def);

}  // namespace stargraph::storage
