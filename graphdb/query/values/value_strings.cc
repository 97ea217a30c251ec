// STARTS WITH, ENDS WITH, CONTAINS and =~ (declared in value_access.h).
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>

#include "query/query_error.h"
#include "query/values/value_access.h"

namespace stargraph::query {

namespace {

bool BothStrings(const Value& a, const Value& b) {
  return a.kind() == ValueKind::kString && b.kind() == ValueKind::kString;
}

// Compiles `pattern`, reusing the previous compilation of the same pattern on this thread (a
// query typically matches one pattern against many rows).
const icu::RegexPattern& CompiledPattern(const std::string& pattern) {
  thread_local std::string cached_text;
  thread_local std::unique_ptr<icu::RegexPattern> cached;
  if (cached != nullptr && cached_text == pattern) return *cached;
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, parse_error, status));
  if (U_FAILURE(status) || compiled == nullptr) {
    throw QueryError(ErrorKind::kArgumentError, "InvalidRegex",
                     "invalid regular expression '" + pattern + "': " + u_errorName(status));
  }
  cached = std::move(compiled);
  cached_text = pattern;
  return *cached;
}

}  // namespace

Value StartsWith(const Value& a, const Value& b) {
  if (!BothStrings(a, b)) return Value();
  const std::string& s = a.as_string();
  const std::string& prefix = b.as_string();
  return Value(s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0);
}

Value EndsWith(const Value& a, const Value& b) {
  if (!BothStrings(a, b)) return Value();
  const std::string& s = a.as_string();
  const std::string& suffix = b.as_string();
  return Value(s.size() >= suffix.size() &&
               s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0);
}

Value Contains(const Value& a, const Value& b) {
  if (!BothStrings(a, b)) return Value();
  return Value(a.as_string().find(b.as_string()) != std::string::npos);
}

Value RegexMatch(const Value& text, const Value& pattern) {
  if (!BothStrings(text, pattern)) return Value();
  const icu::RegexPattern& compiled = CompiledPattern(pattern.as_string());
  icu::UnicodeString subject = icu::UnicodeString::fromUTF8(text.as_string());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(compiled.matcher(subject, status));
  bool matched = U_SUCCESS(status) && matcher->matches(status);
  if (U_FAILURE(status)) {
    throw QueryError(ErrorKind::kRuntimeError, "RegexFailure",
                     std::string("regular expression matching failed: ") + u_errorName(status));
  }
  return Value(matched);
}

}  // namespace stargraph::query
