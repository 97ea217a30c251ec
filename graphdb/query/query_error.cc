#include "query/query_error.h"

namespace stargraph::query {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kSyntaxError: return "SyntaxError";
    case ErrorKind::kSemanticError: return "SemanticError";
    case ErrorKind::kTypeError: return "TypeError";
    case ErrorKind::kArgumentError: return "ArgumentError";
    case ErrorKind::kConstraintError: return "ConstraintError";
    case ErrorKind::kEntityNotFound: return "EntityNotFound";
    case ErrorKind::kRuntimeError: return "RuntimeError";
  }
  return "RuntimeError";
}

}  // namespace stargraph::query
