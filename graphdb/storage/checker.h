// The consistency check behind Store::Check() and `stargraph check`.
#pragma once

#include "storage/graph_store.h"
#include "storage/kv_reader.h"
#include "storage/token_dictionary.h"

namespace stargraph::storage {

// Verifies, on the view of `reader` (one snapshot):
//  1. every node and relationship record decodes, and its tokens resolve;
//  2. adjacency symmetry: each relationship has exactly its outgoing and incoming adj entries and
//     type_idx entry, its end nodes exist, and every adj / type_idx entry matches a relationship;
//  3. label_idx, name_idx and prop_idx hold exactly the keys the node records imply;
//  4. dict name -> id and id -> name entries mirror each other; id counters exceed every id;
//  5. (format 3) every stored degree and count equals its recount, none is missing or extra.
// Problems are listed in the report (at most 100, then a count of the rest); the Result is an
// error only when the scan itself fails (IOError).
Result<CheckReport> CheckStore(const KvReader& reader, const TokenDictionary& tokens);

}  // namespace stargraph::storage
