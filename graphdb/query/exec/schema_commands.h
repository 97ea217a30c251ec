// CREATE/DROP INDEX, CREATE/DROP CONSTRAINT, SHOW INDEXES and SHOW CONSTRAINTS.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "query/ast/statement.h"
#include "query/engine.h"

namespace stargraph::query {

std::vector<std::string> SchemaCommandColumns(const ast::Statement& statement);
bool SchemaCommandWrites(const ast::Statement& statement);
// Runs the command in `tx`; the cursor yields SHOW rows (nothing for the others).
std::unique_ptr<QueryCursor> RunSchemaCommand(const ast::Statement& statement,
                                              storage::Transaction& tx);

}  // namespace stargraph::query
