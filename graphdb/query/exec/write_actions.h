// The graph changes shared by CREATE, MERGE, SET, REMOVE and FOREACH: each applies to one row.
#pragma once

#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// Creates the unbound nodes and all relationships of `path`, binding their slots in `row`.
void CreatePath(const CreatePathSpec& path, Row& row, ExecContext& ctx);

// MERGE cannot create what it could never match: a null property value in the pattern is a
// SemanticError (MergeReadOwnWrites).
void CheckMergeProperties(const CreatePathSpec& path, Row& row, ExecContext& ctx);

// Applies one SET/REMOVE item to the entity it names in `row`.
void ApplySet(const SetSpec& item, Row& row, ExecContext& ctx);

// Checks that `v` can be stored as a property (scalars, temporals, homogeneous lists of them).
void CheckStorable(const Value& v, const std::string& key);

}  // namespace stargraph::query
