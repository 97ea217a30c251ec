// The internals behind Database and Session (pimpl): the store, explicit transactions, and the
// conversion of engine results and errors into the public types.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "query/engine.h"
#include "query/plan_cache.h"
#include "query/query_error.h"
#include "stargraph/database.h"
#include "storage/graph_store.h"

namespace stargraph {

class Database::Impl {
 public:
  explicit Impl(std::unique_ptr<storage::Store> store) : store_(std::move(store)) {}
  storage::Store& store() { return *store_; }
  query::PlanCache& plan_cache() { return plan_cache_; }

 private:
  std::unique_ptr<storage::Store> store_;
  query::PlanCache plan_cache_;
};

class Session::Impl {
 public:
  explicit Impl(Database::Impl* db) : db_(db) {}
  ~Impl();

  QueryResult Run(const std::string& text, std::shared_ptr<const query::PreparedQuery> prepared,
                  const ValueMap& parameters, const QueryOptions& options);
  // Parses and plans `text` against the current schema (or takes the database's cached plan for
  // both); throws query::QueryError.
  std::shared_ptr<const query::PreparedQuery> Prepare(const std::string& text);

  Status Begin();
  Status Commit();
  Status Rollback();
  bool in_transaction() const { return tx_ != nullptr; }
  void Cancel() { cancelled_.store(true); }

 private:
  query::Guards MakeGuards(const QueryOptions& options);
  Database::Impl* db_;
  std::unique_ptr<storage::Transaction> tx_;  // the explicit transaction, if any
  std::atomic<bool> cancelled_{false};
};

class PreparedStatement::Impl {
 public:
  Impl(Session::Impl* session, std::string text, std::shared_ptr<const query::PreparedQuery> q)
      : session_(session), text_(std::move(text)), prepared_(std::move(q)) {}
  Session::Impl* session_;
  std::string text_;
  std::shared_ptr<const query::PreparedQuery> prepared_;
};

// The public error for an engine error.
QueryError ToPublicError(const query::QueryError& e);
// Fills in labels/type and properties of every node and relationship inside `v`.
Value Materialize(const Value& v, storage::Transaction& tx);
QueryStats ToPublicStats(const query::Stats& s);

}  // namespace stargraph
