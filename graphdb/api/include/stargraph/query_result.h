// QueryResult: the columns, rows, statistics and error of one statement.
//
// Rows are pulled with Next(); values of nodes, relationships and paths arrive with their labels
// (or type) and properties filled in (NodeRef::data / RelRef::data). After Next() returns false,
// ok() tells whether the statement succeeded and stats() is final.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/value.h"

namespace stargraph {

struct QueryError {
  std::string kind;  // SyntaxError, SemanticError, TypeError, ArgumentError, ConstraintError,
                     // EntityNotFound, RuntimeError
  std::string code;  // openCypher detail code, e.g. UndefinedVariable
  std::string message;
  int line = 0;  // 1-based; 0 when unknown
  int column = 0;
};

struct QueryStats {
  int64_t nodes_created = 0;
  int64_t nodes_deleted = 0;
  int64_t relationships_created = 0;
  int64_t relationships_deleted = 0;
  int64_t properties_set = 0;
  int64_t properties_removed = 0;
  int64_t labels_added = 0;
  int64_t labels_removed = 0;
  bool contains_updates() const;
};

// Produces rows for a QueryResult; implemented inside the engine.
class RowSource {
 public:
  virtual ~RowSource() = default;
  // Fills *row and returns true, returns false at the end; on failure sets *error, returns false.
  virtual bool Next(std::vector<Value>* row, QueryError* error) = 0;
  virtual QueryStats stats() const = 0;
  // EXPLAIN/PROFILE text (PROFILE's figures are complete once the rows are exhausted).
  virtual std::string plan() const = 0;
};

class QueryResult {
 public:
  QueryResult() = default;
  // A failed statement.
  explicit QueryResult(QueryError error);
  QueryResult(std::vector<std::string> columns, std::unique_ptr<RowSource> source);
  QueryResult(QueryResult&&) noexcept;
  QueryResult& operator=(QueryResult&&) noexcept;
  ~QueryResult();

  bool ok() const { return !failed_; }
  const QueryError& error() const { return error_; }
  const std::vector<std::string>& columns() const { return columns_; }

  // Advances to the next row; false at the end or on an error (then ok() is false).
  bool Next();
  const std::vector<Value>& row() const { return row_; }
  // Reads all remaining rows (convenience for small results and tests).
  std::vector<std::vector<Value>> FetchAll();

  const QueryStats& stats() const;
  std::string plan() const;
  // Wall time from Execute() to now (or to the end of the rows once exhausted).
  double elapsed_ms() const;
  void set_start_time_for_engine(int64_t steady_nanos) { start_nanos_ = steady_nanos; }

 private:
  std::vector<std::string> columns_;
  std::unique_ptr<RowSource> source_;
  std::vector<Value> row_;
  QueryError error_;
  bool failed_ = false;
  bool exhausted_ = false;
  mutable QueryStats stats_;
  int64_t start_nanos_ = 0;
  int64_t end_nanos_ = 0;
};

}  // namespace stargraph
