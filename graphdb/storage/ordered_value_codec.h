// Order-preserving encoding of property values for index keys.
//
// For two values a, b of the same kind, a < b (Cypher ordering) iff Encode(a) < Encode(b)
// bytewise, and no encoding is a prefix of another, so an encoding followed by more key bytes
// still sorts by value. Kinds sort by their tag byte (see README.md). Floats: -0.0 is stored as
// 0.0 and every NaN as the canonical NaN (after +inf).
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"
#include "common/value.h"

namespace stargraph::storage {

// Tag bytes, in the cross-kind order of Cypher's ORDER BY (list < temporals < string < ...).
enum class OrderedTag : uint8_t {
  kList = 0x10,
  kDateTime = 0x20,
  kLocalDateTime = 0x21,
  kDate = 0x22,
  kTime = 0x23,
  kLocalTime = 0x24,
  kDuration = 0x25,
  kString = 0x30,
  kBool = 0x40,
  kInt = 0x50,
  kFloat = 0x51,
};

// Appends the ordered encoding of `value`. InvalidArgument for null, maps, graph entities,
// paths, and lists containing those.
Status AppendOrderedValue(const Value& value, std::string* out);
// The tag `value` would be encoded with; InvalidArgument when it has none.
Result<OrderedTag> OrderedTagOf(const Value& value);
// Decodes one value from the front of *in and advances *in past it; Corruption on bad bytes.
Result<Value> ReadOrderedValue(std::string_view* in);

// Strings: bytes with 0x00 escaped as 00 FF, terminated by 00 01.
void AppendOrderedString(std::string_view s, std::string* out);
Result<std::string> ReadOrderedString(std::string_view* in);
// Integers: big-endian with the sign bit flipped.
void AppendOrderedInt(int64_t v, std::string* out);
// Doubles: big-endian IEEE bits, all bits flipped when negative, else the sign bit flipped.
void AppendOrderedDouble(double d, std::string* out);

}  // namespace stargraph::storage
