// Compact encoding of stored property values (not order-preserving; see ordered_value_codec.h).
//
// A value is a tag byte followed by its payload; integers are zigzag varints. Storable kinds:
// boolean, integer, float, string, the six temporal kinds, and homogeneous lists of those (no
// nulls, no nested lists). Null is never stored: setting a property to null removes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::storage {

// OK when `value` may be stored as a property; InvalidArgument naming the problem otherwise.
Status ValidateStorable(const Value& value);
// Appends the encoding of a storable value (checked with ValidateStorable).
Status AppendStoredValue(const Value& value, std::string* out);
// Decodes one value from the front of *in and advances past it. Corruption on any bad byte.
Result<Value> ReadStoredValue(std::string_view* in);
// Advances *in past one value without building it (booleans, numbers and strings are skipped
// by their lengths; other kinds are decoded and dropped). Corruption on any bad byte.
Status SkipStoredValue(std::string_view* in);

void PutVarint64(std::string* out, uint64_t v);
Result<uint64_t> ReadVarint64(std::string_view* in);

}  // namespace stargraph::storage
