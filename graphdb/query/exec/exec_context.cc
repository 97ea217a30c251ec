#include "query/exec/exec_context.h"

#include "query/query_error.h"

namespace stargraph::query {

ExecContext::ExecContext(storage::Transaction* tx, const ValueMap* params, Guards guards,
                         size_t row_width)
    : tx_(tx), params_(params), guards_(guards), row_width_(row_width) {
  function_context_.entities = this;
  // A list about to be built must fit beside what the operators hold; it is not held itself.
  function_context_.check_memory = [this](int64_t bytes) {
    ChargeMemory(bytes);
    ReleaseMemory(bytes);
  };
  function_context_.statement_time_nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count();
}

void ExecContext::CheckGuards() {
  if ((++guard_counter_ & 0xFF) != 0) return;
  if (guards_.cancelled && guards_.cancelled->load(std::memory_order_relaxed)) {
    throw QueryError(ErrorKind::kRuntimeError, "Cancelled", "the statement was cancelled");
  }
  if (guards_.deadline && std::chrono::steady_clock::now() > *guards_.deadline) {
    throw QueryError(ErrorKind::kRuntimeError, "Timeout", "the statement ran past its timeout");
  }
}

void ExecContext::ChargeMemory(int64_t bytes) {
  memory_used_ += bytes;
  if (memory_used_ > guards_.memory_limit_bytes) {
    throw QueryError(ErrorKind::kRuntimeError, "MemoryLimitExceeded",
                     "the statement needs more than its memory limit of " +
                         std::to_string(guards_.memory_limit_bytes >> 20) + " MiB");
  }
}

std::optional<storage::TokenId> ExecContext::FindToken(storage::TokenKind kind,
                                                       const std::string& name) {
  auto& cache = token_cache_[static_cast<int>(kind)];
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  std::optional<storage::TokenId> id = tx_->FindToken(kind, name);
  if (id) cache.emplace(name, *id);
  return id;
}

storage::TokenId ExecContext::GetOrCreateToken(storage::TokenKind kind, const std::string& name) {
  if (auto id = FindToken(kind, name)) return *id;
  storage::TokenId id = Unwrap(tx_->GetOrCreateToken(kind, name));
  token_cache_[static_cast<int>(kind)].emplace(name, id);
  return id;
}

std::string ExecContext::TokenName(storage::TokenKind kind, storage::TokenId id) {
  return Unwrap(tx_->TokenName(kind, id));
}

ValueMap ExecContext::ToValueMap(const storage::PropertyMap& props) {
  ValueMap out;
  for (const auto& [key, value] : props) {
    out.emplace(TokenName(storage::TokenKind::kPropertyKey, key), value);
  }
  return out;
}

std::vector<std::string> ExecContext::NodeLabels(const NodeRef& node) {
  std::vector<std::string> out;
  for (storage::TokenId id : Unwrap(tx_->NodeLabels(node.id))) {
    out.push_back(TokenName(storage::TokenKind::kLabel, id));
  }
  return out;
}

ValueMap ExecContext::NodeProperties(const NodeRef& node) {
  return ToValueMap(Unwrap(tx_->NodeProperties(node.id)));
}

Value ExecContext::NodeProperty(const NodeRef& node, const std::string& key) {
  std::optional<storage::TokenId> id = FindToken(storage::TokenKind::kPropertyKey, key);
  if (!id) return Value();
  return Unwrap(tx_->NodeProperty(node.id, *id));
}

std::string ExecContext::RelType(const RelRef& rel) {
  return TokenName(storage::TokenKind::kRelType, rel.type);
}

ValueMap ExecContext::RelProperties(const RelRef& rel) {
  return ToValueMap(Unwrap(tx_->RelProperties(rel.id)));
}

Value ExecContext::RelProperty(const RelRef& rel, const std::string& key) {
  std::optional<storage::TokenId> id = FindToken(storage::TokenKind::kPropertyKey, key);
  if (!id) return Value();
  return Unwrap(tx_->RelProperty(rel.id, *id));
}

void ThrowStorageError(const Status& status) {
  switch (status.code()) {
    case StatusCode::kConstraint:
      throw QueryError(ErrorKind::kConstraintError, "ConstraintValidationFailed", status.message());
    case StatusCode::kNotFound:
      throw QueryError(ErrorKind::kEntityNotFound, "EntityNotFound", status.message());
    case StatusCode::kInvalidArgument:
      throw QueryError(ErrorKind::kArgumentError, "InvalidArgumentValue", status.message());
    default:
      throw QueryError(ErrorKind::kRuntimeError, StatusCodeName(status.code()), status.message());
  }
}

}  // namespace stargraph::query
