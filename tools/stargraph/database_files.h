// Where the database lives and how big it is; where the seed script is.
#pragma once

#include <cstdint>
#include <string>

namespace stargraph::cli {

// $STARGRAPH_DB when set and non-empty, else "./stargraph.db".
std::string DefaultDatabasePath();

// Bytes of all regular files under `path` (0 when it does not exist).
uint64_t SizeOnDisk(const std::string& path);

// "1.5 MiB", "312 B".
std::string HumanBytes(uint64_t bytes);

// The seed graph script (seed/graph.cypher): the installed copy, else the source tree's; empty
// when neither exists.
std::string FindSeedScript();

}  // namespace stargraph::cli
