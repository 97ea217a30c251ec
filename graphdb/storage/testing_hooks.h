// Test-only access to the raw key-value store under a Store, for injecting damage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

// Writes (or with nullopt deletes) `key` in the column family named `cf_name` ("default" is
// meta, then "dict", "node", "rel", "adj", "label_idx", "type_idx", "prop_idx", "name_idx",
// "degree"), bypassing all invariants. InvalidArgument for an unknown family or a non-RocksDB
// store.
Status RawWriteForTesting(Store* store, std::string_view cf_name, std::string_view key,
                          const std::optional<std::string>& value);

// The committed value of `key` in the family named `cf_name`, or nullopt when absent; same
// errors as RawWriteForTesting.
Result<std::optional<std::string>> RawReadForTesting(Store* store, std::string_view cf_name,
                                                     std::string_view key);

// Turns the database into one of format `version` (1 or 2) without stored figures: drops the
// `degree` family, deletes the counts and stamps `version`. The store must be closed right
// after (it still holds the dropped family); reopening it for write migrates it back.
Status DropFiguresForTesting(Store* store, uint64_t version);

}  // namespace stargraph::storage
