// Statements and transactions for the graph writer and unloader: one parameterized Cypher
// statement with its rows and error status, and the end of a transaction.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "stargraph/database.h"

namespace stargraph::ingest {

// Runs `cypher` with `params` in the session's current transaction; stores the rows in *rows
// when rows is not null. On failure sets *error (Internal, with the query error's kind and
// message) and returns false.
bool RunStatement(Session& session, const std::string& cypher, const ValueMap& params,
                  std::vector<std::vector<Value>>* rows, Status* error);

// Ends the session's transaction: commits when `work` is OK, else rolls back and returns `work`.
// Returns the commit's status otherwise.
Status FinishTransaction(Session& session, const Status& work);

}  // namespace stargraph::ingest
