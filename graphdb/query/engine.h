// The query pipeline in one place: parse -> bind/plan -> execute, plus schema commands.
//
//   auto prepared = Engine::Prepare(text, schema);          // throws QueryError
//   auto cursor = Engine::Execute(*prepared, tx, params, guards);
//   while (cursor->Next(&row)) ...                          // throws QueryError
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "query/ast/statement.h"
#include "query/plan/query_planner.h"

namespace stargraph::query {

struct PreparedQuery {
  ast::Statement statement;
  PlannedQuery plan;  // for queries; empty root for schema commands
  std::vector<std::string> columns;
  bool writes = false;  // creates, changes or deletes data or schema
  bool is_schema = false;
};

// The rows of one execution.
class QueryCursor {
 public:
  virtual ~QueryCursor() = default;
  // The next row's column values, or false at the end. Throws QueryError.
  virtual bool Next(std::vector<Value>* values) = 0;
  virtual const Stats& stats() const = 0;
  // EXPLAIN/PROFILE text; empty for plain statements.
  virtual std::string plan_text() const = 0;
};

class Engine {
 public:
  // Parses and plans `text`. `schema` lists the property indexes the planner may use.
  static std::shared_ptr<const PreparedQuery> Prepare(const std::string& text,
                                                      const SchemaInfo& schema);
  // Runs a prepared statement in `tx`, which must outlive the cursor. Nothing is committed here.
  // Throws QueryError MissingParameter, before anything runs, when `params` lacks one the
  // statement reads (EXPLAIN needs none).
  static std::unique_ptr<QueryCursor> Execute(std::shared_ptr<const PreparedQuery> prepared,
                                              storage::Transaction* tx, const ValueMap* params,
                                              Guards guards);
  // The schema the planner sees in `tx` (index names resolved); its label counts read from
  // `tx`, so `tx` must outlive every Prepare that uses it.
  static SchemaInfo ReadSchema(storage::Transaction& tx);
};

}  // namespace stargraph::query
