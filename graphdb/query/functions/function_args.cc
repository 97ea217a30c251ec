#include "query/functions/function_args.h"

#include "query/query_error.h"

namespace stargraph::query {

namespace {

std::string Describe(const Value& arg) {
  return std::string(ValueKindName(arg.kind())) + " " + arg.ToString();
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void ThrowArgumentType(const char* fn, const Value& arg) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                   std::string(fn) + "() cannot take an argument of type " + Describe(arg));
}

void ThrowArgumentValue(const char* fn, const Value& arg) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentValue",
                   std::string(fn) + "() cannot take the value " + Describe(arg));
}

void ThrowOutOfRange(const char* fn, const std::string& what) {
  throw QueryError(ErrorKind::kArgumentError, "NumberOutOfRange", std::string(fn) + "(): " + what);
}

bool AnyNull(const std::vector<Value>& args) {
  for (const Value& a : args) {
    if (a.is_null()) return true;
  }
  return false;
}

int64_t IntegerArg(const char* fn, const Value& arg) {
  if (arg.kind() != ValueKind::kInt) ThrowArgumentType(fn, arg);
  return arg.as_int();
}

double NumberArg(const char* fn, const Value& arg) {
  if (!arg.is_number()) ThrowArgumentType(fn, arg);
  return arg.as_number();
}

const std::string& StringArg(const char* fn, const Value& arg) {
  if (arg.kind() != ValueKind::kString) ThrowArgumentType(fn, arg);
  return arg.as_string();
}

int64_t LengthArg(const char* fn, const Value& arg) {
  int64_t n = IntegerArg(fn, arg);
  if (n < 0) ThrowOutOfRange(fn, "expected a non-negative integer but got " + std::to_string(n));
  return n;
}

int64_t CountCodePoints(std::string_view text) {
  int64_t n = 0;
  for (char c : text) n += IsContinuationByte(c) ? 0 : 1;
  return n;
}

size_t CodePointOffset(std::string_view text, int64_t n) {
  size_t i = 0;
  for (; i < text.size() && n > 0; --n) {
    ++i;
    while (i < text.size() && IsContinuationByte(text[i])) ++i;
  }
  return i;
}

std::vector<std::string_view> SplitCodePoints(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start + CodePointOffset(text.substr(start), 1);
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace stargraph::query
