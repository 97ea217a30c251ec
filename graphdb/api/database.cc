#include "stargraph/database.h"

#include <set>

#include "api/session_impl.h"

namespace stargraph {

Result<std::unique_ptr<Database>> Database::Open(const std::string& path,
                                                 const DatabaseOptions& options) {
  storage::OpenOptions open;
  open.create_if_missing = options.create_if_missing;
  open.read_only = options.read_only;
  open.block_cache_bytes = options.block_cache_bytes;
  SG_ASSIGN_OR_RETURN(std::unique_ptr<storage::Store> store, storage::Store::Open(path, open));
  return std::unique_ptr<Database>(new Database(std::make_unique<Impl>(std::move(store))));
}

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::~Database() = default;

std::unique_ptr<Session> Database::Connect() {
  return std::unique_ptr<Session>(new Session(std::make_unique<Session::Impl>(impl_.get())));
}

const std::string& Database::path() const { return impl_->store().path(); }

Status Database::Backup(const std::string& destination) {
  return impl_->store().Backup(destination);
}

Result<CheckSummary> Database::Check() {
  SG_ASSIGN_OR_RETURN(storage::CheckReport report, impl_->store().Check());
  CheckSummary out;
  out.nodes = report.nodes;
  out.relationships = report.relationships;
  out.problems = std::move(report.problems);
  return out;
}

Session::Session(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Session::~Session() = default;

QueryResult Session::Execute(const std::string& cypher, const ValueMap& parameters,
                             const QueryOptions& options) {
  return impl_->Run(cypher, nullptr, parameters, options);
}

Result<std::unique_ptr<PreparedStatement>> Session::Prepare(const std::string& cypher) {
  try {
    auto prepared = impl_->Prepare(cypher);
    return std::unique_ptr<PreparedStatement>(new PreparedStatement(
        std::make_unique<PreparedStatement::Impl>(impl_.get(), cypher, std::move(prepared))));
  } catch (const query::QueryError& e) {
    return Status::InvalidArgument(std::string(query::ErrorKindName(e.kind())) + " (" + e.code() +
                                   "): " + e.what());
  }
}

Status Session::Begin() { return impl_->Begin(); }
Status Session::Commit() { return impl_->Commit(); }
Status Session::Rollback() { return impl_->Rollback(); }
bool Session::in_transaction() const { return impl_->in_transaction(); }
void Session::Cancel() { impl_->Cancel(); }

PreparedStatement::PreparedStatement(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PreparedStatement::~PreparedStatement() = default;

QueryResult PreparedStatement::Execute(const ValueMap& parameters, const QueryOptions& options) {
  return impl_->session_->Run(impl_->text_, impl_->prepared_, parameters, options);
}

const std::vector<std::string>& PreparedStatement::columns() const {
  return impl_->prepared_->columns;
}

std::vector<std::string> PreparedStatement::parameters() const {
  const std::set<std::string>& names = impl_->prepared_->plan.parameters;
  return {names.begin(), names.end()};
}

}  // namespace stargraph
