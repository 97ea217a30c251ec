#include "expected_error.h"

#include <regex>

namespace stargraph::tck {
namespace {

const char* PhaseName(ErrorPhase p) {
  switch (p) {
    case ErrorPhase::kCompile:
      return "compile time";
    case ErrorPhase::kRuntime:
      return "runtime";
    default:
      return "any time";
  }
}

}  // namespace

bool ParseExpectedError(const std::string& step_text, ExpectedError* out) {
  static const std::regex kPattern(
      R"(an? (\w+) should be raised at (compile time|runtime|any time): ?(\S*))");
  std::smatch m;
  if (!std::regex_match(step_text, m, kPattern)) return false;
  out->error_class = m[1];
  out->phase = m[2] == "compile time" ? ErrorPhase::kCompile
               : m[2] == "runtime"    ? ErrorPhase::kRuntime
                                      : ErrorPhase::kAny;
  out->detail = m[3];
  return true;
}

std::string TckErrorClass(const QueryError& error, ErrorPhase phase) {
  if (error.kind == "ConstraintError") return "ConstraintVerificationFailed";
  if (error.code == "ProcedureNotFound") return "ProcedureError";
  if (error.code == "MissingParameter") return "ParameterMissing";
  // The TCK files every statement rejected before it runs under SyntaxError; stargraph's
  // contract calls those found after parsing (scopes, types, clause rules) SemanticError.
  if (error.kind == "SemanticError" && phase == ErrorPhase::kCompile) return "SyntaxError";
  return error.kind;
}

std::string MatchError(const ExpectedError& expected, const QueryError& actual, ErrorPhase phase) {
  const std::string actual_class = TckErrorClass(actual, phase);
  const bool class_ok = actual_class == expected.error_class;
  const bool detail_ok = expected.detail == "*" || expected.detail == actual.code;
  const bool phase_ok = expected.phase == ErrorPhase::kAny || expected.phase == phase;
  if (class_ok && detail_ok && phase_ok) return "";
  return "expected " + expected.error_class + " at " + PhaseName(expected.phase) + ": " +
         expected.detail + ", got " + actual_class + " at " + PhaseName(phase) + ": " +
         actual.code + " (" + actual.message + ")";
}

}  // namespace stargraph::tck
