// QueryError: the one exception type of the query layer, thrown anywhere inside query/ and caught
// once in api/. `kind` and `code` follow openCypher's error classes and detail codes.
#pragma once

#include <stdexcept>
#include <string>

namespace stargraph::query {

enum class ErrorKind {
  kSyntaxError,
  kSemanticError,
  kTypeError,
  kArgumentError,
  kConstraintError,
  kEntityNotFound,
  kRuntimeError,
};

// "SyntaxError", "SemanticError", ... as in CONTRACT.md.
const char* ErrorKindName(ErrorKind kind);

class QueryError : public std::runtime_error {
 public:
  // `code` is the openCypher detail code, e.g. "UndefinedVariable", "InvalidArgumentType".
  // `line`/`column` are 1-based; 0 when unknown.
  QueryError(ErrorKind kind, std::string code, const std::string& message, int line = 0,
             int column = 0)
      : std::runtime_error(message), kind_(kind), code_(std::move(code)), line_(line),
        column_(column) {}

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  int line() const { return line_; }
  int column() const { return column_; }

 private:
  ErrorKind kind_;
  std::string code_;
  int line_;
  int column_;
};

}  // namespace stargraph::query
