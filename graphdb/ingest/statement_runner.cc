#include "ingest/statement_runner.h"

namespace stargraph::ingest {

bool RunStatement(Session& session, const std::string& cypher, const ValueMap& params,
                  std::vector<std::vector<Value>>* rows, Status* error) {
  QueryResult r = session.Execute(cypher, params);
  std::vector<std::vector<Value>> all = r.FetchAll();
  if (!r.ok()) {
    *error = Status::Internal(r.error().kind + ": " + r.error().message);
    return false;
  }
  if (rows != nullptr) *rows = std::move(all);
  return true;
}

Status FinishTransaction(Session& session, const Status& work) {
  if (!work.ok()) {
    session.Rollback().IgnoreError();
    return work;
  }
  return session.Commit();
}

}  // namespace stargraph::ingest
