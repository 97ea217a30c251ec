// Expected errors of the TCK and how stargraph's error kinds map onto its classes.
#pragma once

#include <string>

#include "stargraph/query_result.h"

namespace stargraph::tck {

enum class ErrorPhase { kCompile, kRuntime, kAny };

struct ExpectedError {
  std::string error_class;  // SyntaxError, SemanticError, TypeError, ...
  ErrorPhase phase = ErrorPhase::kAny;
  std::string detail;  // openCypher detail code; "*" for any
};

// Parses "a TypeError should be raised at runtime: InvalidArgumentValue". False if the text is
// not of that form.
bool ParseExpectedError(const std::string& step_text, ExpectedError* out);

// The TCK class of one of our errors raised in `phase`: ConstraintError is the TCK's
// ConstraintVerificationFailed, a SemanticError at compile time its SyntaxError, the detail codes
// ProcedureNotFound and MissingParameter its ProcedureError and ParameterMissing classes.
std::string TckErrorClass(const QueryError& error, ErrorPhase phase);

// Empty when `actual`, raised in `phase`, is the expected error; otherwise why not.
std::string MatchError(const ExpectedError& expected, const QueryError& actual, ErrorPhase phase);

}  // namespace stargraph::tck
