// Argument checks and errors shared by the built-in function families, and UTF-8 code point
// helpers (Cypher counts string positions in code points, never in bytes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/value.h"

namespace stargraph::query {

// QueryError(TypeError, "InvalidArgumentType"): `fn` cannot take a value of this type.
[[noreturn]] void ThrowArgumentType(const char* fn, const Value& arg);
// QueryError(TypeError, "InvalidArgumentValue"): the TCK's code for conversion functions and
// graph functions given a value of the wrong type at runtime.
[[noreturn]] void ThrowArgumentValue(const char* fn, const Value& arg);
// QueryError(ArgumentError, "NumberOutOfRange") with `what` explaining the violated bound.
[[noreturn]] void ThrowOutOfRange(const char* fn, const std::string& what);

// True when some argument is null: most functions then return null.
bool AnyNull(const std::vector<Value>& args);

// The argument as an INTEGER / number / STRING; ThrowArgumentType otherwise.
int64_t IntegerArg(const char* fn, const Value& arg);
double NumberArg(const char* fn, const Value& arg);
const std::string& StringArg(const char* fn, const Value& arg);
// An INTEGER argument that must be >= 0 (a length or count); ThrowOutOfRange when negative.
int64_t LengthArg(const char* fn, const Value& arg);

// Number of code points in valid UTF-8 text.
int64_t CountCodePoints(std::string_view text);
// Byte offset of code point `n` in `text`, or text.size() when it has fewer code points.
size_t CodePointOffset(std::string_view text, int64_t n);
// The code points of `text`, each as its UTF-8 bytes.
std::vector<std::string_view> SplitCodePoints(std::string_view text);

}  // namespace stargraph::query
