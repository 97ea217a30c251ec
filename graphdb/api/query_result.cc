#include "stargraph/query_result.h"

#include "common/steady_clock.h"

namespace stargraph {

bool QueryStats::contains_updates() const {
  return nodes_created || nodes_deleted || relationships_created || relationships_deleted ||
         properties_set || properties_removed || labels_added || labels_removed;
}

QueryResult::QueryResult(QueryError error)
    : error_(std::move(error)),
      failed_(true),
      exhausted_(true),
      start_nanos_(SteadyNanos()),
      end_nanos_(start_nanos_) {}

QueryResult::QueryResult(std::vector<std::string> columns, std::unique_ptr<RowSource> source)
    : columns_(std::move(columns)), source_(std::move(source)), start_nanos_(SteadyNanos()) {}

QueryResult::QueryResult(QueryResult&&) noexcept = default;
QueryResult& QueryResult::operator=(QueryResult&&) noexcept = default;
QueryResult::~QueryResult() = default;

bool QueryResult::Next() {
  if (exhausted_ || !source_) return false;
  if (source_->Next(&row_, &error_)) return true;
  exhausted_ = true;
  failed_ = !error_.kind.empty();
  stats_ = source_->stats();
  end_nanos_ = SteadyNanos();
  return false;
}

std::vector<std::vector<Value>> QueryResult::FetchAll() {
  std::vector<std::vector<Value>> rows;
  while (Next()) rows.push_back(row_);
  return rows;
}

const QueryStats& QueryResult::stats() const {
  if (source_ && !exhausted_) stats_ = source_->stats();
  return stats_;
}

std::string QueryResult::plan() const { return source_ ? source_->plan() : std::string(); }

double QueryResult::elapsed_ms() const {
  const int64_t end = end_nanos_ != 0 ? end_nanos_ : SteadyNanos();
  return static_cast<double>(end - start_nanos_) / 1e6;
}

}  // namespace stargraph
