#include "api/session_impl.h"
#include "common/steady_clock.h"
#include "query/query_error.h"

namespace stargraph {
namespace {

QueryError RuntimeError(const std::string& code, const std::string& message) {
  return QueryError{"RuntimeError", code, message, 0, 0};
}

// A storage failure as a statement error: the Status code names it (NotSupported for a write on a
// read-only database, IOError, ...).
QueryError StatusError(const Status& status) {
  return RuntimeError(StatusCodeName(status.code()), status.message());
}

// Rows already computed (writing statements, explicit transactions, schema commands).
class BufferedRows : public RowSource {
 public:
  BufferedRows(std::vector<std::vector<Value>> rows, QueryStats stats, std::string plan)
      : rows_(std::move(rows)), stats_(stats), plan_(std::move(plan)) {}
  bool Next(std::vector<Value>* row, QueryError*) override {
    if (pos_ >= rows_.size()) return false;
    *row = std::move(rows_[pos_++]);
    return true;
  }
  QueryStats stats() const override { return stats_; }
  std::string plan() const override { return plan_; }

 private:
  std::vector<std::vector<Value>> rows_;
  size_t pos_ = 0;
  QueryStats stats_;
  std::string plan_;
};

// A read-only statement streaming from its own snapshot transaction.
class StreamingRows : public RowSource {
 public:
  StreamingRows(std::unique_ptr<storage::Transaction> tx, ValueMap params)
      : tx_(std::move(tx)), params_(std::move(params)) {}
  void Start(std::shared_ptr<const query::PreparedQuery> prepared, query::Guards guards) {
    cursor_ = query::Engine::Execute(std::move(prepared), tx_.get(), &params_, guards);
  }
  bool Next(std::vector<Value>* row, QueryError* error) override {
    try {
      if (!cursor_->Next(row)) return false;
      for (Value& v : *row) v = Materialize(v, *tx_);
      return true;
    } catch (const query::QueryError& e) {
      *error = ToPublicError(e);
    } catch (const std::exception& e) {
      *error = RuntimeError("Internal", e.what());
    }
    return false;
  }
  QueryStats stats() const override { return ToPublicStats(cursor_->stats()); }
  std::string plan() const override { return cursor_->plan_text(); }

 private:
  std::unique_ptr<storage::Transaction> tx_;
  ValueMap params_;
  std::unique_ptr<query::QueryCursor> cursor_;
};

}  // namespace

QueryError ToPublicError(const query::QueryError& e) {
  return QueryError{query::ErrorKindName(e.kind()), e.code(), e.what(), e.line(), e.column()};
}

QueryStats ToPublicStats(const query::Stats& s) {
  QueryStats out;
  out.nodes_created = s.nodes_created;
  out.nodes_deleted = s.nodes_deleted;
  out.relationships_created = s.relationships_created;
  out.relationships_deleted = s.relationships_deleted;
  out.properties_set = s.properties_set;
  out.properties_removed = s.properties_removed;
  out.labels_added = s.labels_added;
  out.labels_removed = s.labels_removed;
  return out;
}

Session::Impl::~Impl() {
  if (tx_) tx_->Rollback();
}

query::Guards Session::Impl::MakeGuards(const QueryOptions& options) {
  query::Guards guards;
  cancelled_.store(false);
  guards.cancelled = &cancelled_;
  if (options.timeout_ms > 0) {
    guards.deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options.timeout_ms);
  }
  if (options.memory_limit_bytes > 0) guards.memory_limit_bytes = options.memory_limit_bytes;
  return guards;
}

std::shared_ptr<const query::PreparedQuery> Session::Impl::Prepare(const std::string& text) {
  // The schema reads from `tx` while the statement is planned, so it lives until Prepare returns.
  std::unique_ptr<storage::Transaction> own_tx;
  storage::Transaction* tx = tx_.get();
  if (!tx) {
    auto begun = db_->store().Begin(storage::TxMode::kRead);
    if (begun.ok()) own_tx = std::move(*begun);
    tx = own_tx.get();
  }
  query::SchemaInfo schema;
  if (tx) schema = query::Engine::ReadSchema(*tx);
  return db_->plan_cache().Prepare(text, schema);
}

QueryResult Session::Impl::Run(const std::string& text,
                               std::shared_ptr<const query::PreparedQuery> prepared,
                               const ValueMap& parameters, const QueryOptions& options) {
  const int64_t start = SteadyNanos();
  query::Guards guards = MakeGuards(options);
  storage::Transaction* tx = tx_.get();
  std::unique_ptr<storage::Transaction> own;
  try {
    if (!prepared) prepared = Prepare(text);
    const bool explain = prepared->statement.mode == query::ast::ExplainMode::kExplain;
    const bool writes = prepared->writes && !explain;
    if (tx == nullptr && !writes) {
      auto begun = db_->store().Begin(storage::TxMode::kRead);
      if (!begun.ok()) return QueryResult(StatusError(begun.status()));
      auto source = std::make_unique<StreamingRows>(std::move(begun).value(), parameters);
      source->Start(prepared, guards);
      QueryResult result(prepared->columns, std::move(source));
      result.set_start_time_for_engine(start);
      return result;
    }
    if (tx == nullptr) {
      auto begun = db_->store().Begin(storage::TxMode::kWrite);
      if (!begun.ok()) return QueryResult(StatusError(begun.status()));
      own = std::move(begun).value();
      tx = own.get();
    } else {
      tx->SetSavePoint();
    }
    auto cursor = query::Engine::Execute(prepared, tx, &parameters, guards);
    std::vector<std::vector<Value>> rows;
    std::vector<Value> row;
    // A statement without RETURN runs to its end but has no rows.
    const bool has_columns = !prepared->columns.empty();
    while (cursor->Next(&row)) {
      if (has_columns) rows.push_back(row);
    }
    for (auto& r : rows) {
      for (Value& v : r) v = Materialize(v, *tx);
    }
    QueryStats stats = ToPublicStats(cursor->stats());
    std::string plan = cursor->plan_text();
    cursor.reset();
    if (own) {
      Status s = own->Commit();
      if (!s.ok()) return QueryResult(StatusError(s));
    }
    QueryResult result(prepared->columns,
                       std::make_unique<BufferedRows>(std::move(rows), stats, std::move(plan)));
    result.set_start_time_for_engine(start);
    return result;
  } catch (const query::QueryError& e) {
    if (own) own->Rollback();
    if (tx_ && tx == tx_.get() && prepared) tx_->RollbackToSavePoint().IgnoreError();
    return QueryResult(ToPublicError(e));
  } catch (const std::exception& e) {
    if (own) own->Rollback();
    return QueryResult(RuntimeError("Internal", e.what()));
  }
}

Status Session::Impl::Begin() {
  if (tx_) return Status::InvalidArgument("a transaction is already open");
  SG_ASSIGN_OR_RETURN(tx_, db_->store().Begin(storage::TxMode::kWrite));
  return Status::OK();
}

Status Session::Impl::Commit() {
  if (!tx_) return Status::InvalidArgument("no transaction is open");
  Status s = tx_->Commit();
  tx_.reset();
  return s;
}

Status Session::Impl::Rollback() {
  if (!tx_) return Status::InvalidArgument("no transaction is open");
  tx_->Rollback();
  tx_.reset();
  return Status::OK();
}

}  // namespace stargraph
