// Persistence of property index definitions: meta key "index/<name>" -> label(4) key(4) unique(1).
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "storage/graph_store.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

std::string IndexDefinitionKey(const std::string& name);
std::string EncodeIndexDefinition(const IndexDefinition& def);
// All definitions visible to `reader`, ordered by name. Corruption on a malformed entry.
Result<std::vector<IndexDefinition>> LoadIndexDefinitions(const KvReader& reader);

}  // namespace stargraph::storage
