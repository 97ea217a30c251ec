// Accessing parts of values: properties, list elements and slices, membership, and the string
// predicates STARTS WITH / ENDS WITH / CONTAINS / =~.
//
// A null container, index or operand gives null. Accessing a value of the wrong type throws
// QueryError(TypeError, "InvalidArgumentType"). Nodes and relationships are read through the
// EntityReader when one is given, else through their attached EntityData.
#pragma once

#include <optional>
#include <string>

#include "common/value.h"
#include "query/functions/function_registry.h"
#include "query/values/value_compare.h"

namespace stargraph::query {

// `container.key` on a map (missing key -> null), a node or relationship (missing property ->
// null) or a temporal value (its component: date.year, duration.minutes, ...).
Value PropertyAccess(const Value& container, const std::string& key, EntityReader* entities);

// The property `key` of a node or relationship value; null for a missing property. Throws
// QueryError(RuntimeError, "EntityReaderMissing") when neither a reader nor EntityData is at hand.
Value EntityProperty(const Value& entity, const std::string& key, EntityReader* entities);

// `container[index]`: a list with an INTEGER index (negative counts from the end; out of range ->
// null), or a map/node/relationship with a STRING key (dynamic property access).
Value IndexAccess(const Value& container, const Value& index, EntityReader* entities);

// `list[from..to]`; nullopt stands for an omitted bound. Negative bounds count from the end,
// bounds are clamped to the list, and from >= to gives []. A null bound gives null.
Value Slice(const Value& list, const std::optional<Value>& from, const std::optional<Value>& to);

// `element IN list`: true if some element equals it; else null if some comparison was null;
// else false. `x IN []` is false even for a null x. A non-list right side is a TypeError.
Ternary InList(const Value& element, const Value& list);

// `a STARTS WITH b`, `a ENDS WITH b`, `a CONTAINS b`: a boolean when both are strings, else null.
Value StartsWith(const Value& a, const Value& b);
Value EndsWith(const Value& a, const Value& b);
Value Contains(const Value& a, const Value& b);

// `text =~ pattern`: true when the whole of `text` matches the regular expression (Java/ICU
// syntax, like Java's String.matches). Null when either side is null or not a string. An invalid
// pattern throws QueryError(ArgumentError, "InvalidRegex").
Value RegexMatch(const Value& text, const Value& pattern);

}  // namespace stargraph::query
