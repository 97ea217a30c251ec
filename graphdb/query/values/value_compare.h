// Equality, comparison, ordering and equivalence of Cypher values.
//
// Cypher has four different notions, and each operator must use the right one:
//   Equals        `=` / `<>`: three-valued, null propagates, 1 = 1.0, NaN equals nothing.
//   Compare       `<`, `<=`, `>`, `>=`: three-valued, null across type families.
//   OrderCompare  ORDER BY, min(), max(): a total order over all values (orderability).
//   Equivalent    DISTINCT, grouping keys, UNION: null ~ null, NaN ~ NaN, 1 ~ 1.0.
// Temporal operands are delegated to query/functions/temporal_values.h.
#pragma once

#include <cstddef>
#include <optional>

#include "common/value.h"

namespace stargraph::query {

enum class Ternary { kFalse, kTrue, kNull };

// Cypher's null-aware boolean operators on Ternary.
Ternary TernaryAnd(Ternary a, Ternary b);
Ternary TernaryOr(Ternary a, Ternary b);
Ternary TernaryNot(Ternary a);
// kNull -> null, kTrue -> true, kFalse -> false.
Value TernaryToValue(Ternary t);
// A boolean or null value as a Ternary; throws QueryError(TypeError, InvalidArgumentType) for
// anything else.
Ternary ValueToTernary(const Value& v);

// `a = b`. kNull when either side is null or when the answer depends on a nested null
// ([1, null] = [1, null] is null, but [1, 2] = [1] is false). Values of different types are not
// equal; integers and floats compare numerically and exactly; NaN equals nothing; maps compare by
// key set and values; nodes and relationships by id; paths element by element.
Ternary Equals(const Value& a, const Value& b);

enum class ComparisonOp { kLess, kLessEqual, kGreater, kGreaterEqual };

// `a < b`, `a <= b`, `a > b`, `a >= b`. kNull when either side is null or the two are not
// comparable (different type families, maps, nodes, durations ...). NaN compared with a number is
// false for every operator. Strings compare by code point, lists lexicographically,
// false < true, temporals of the same kind chronologically.
Ternary Compare(ComparisonOp op, const Value& a, const Value& b);

// Three-way form of Compare (-1, 0, 1); nullopt whenever Compare would not give a definite answer
// for every operator (incomparable operands, nulls, and NaN against a number).
std::optional<int> CompareValues(const Value& a, const Value& b);

// The total orderability order used by ORDER BY (ascending) and min/max:
//   MAP < NODE < RELATIONSHIP < LIST < PATH < DATETIME < LOCALDATETIME < DATE < TIME < LOCALTIME
//   < DURATION < STRING < BOOLEAN < NUMBER < null,
// with NaN after every other number and 1 ordered equal to 1.0. Returns <0, 0 or >0.
int OrderCompare(const Value& a, const Value& b);

// Equivalence for DISTINCT, grouping and UNION: like Equals but null ~ null and NaN ~ NaN, and
// never unknown. HashValue(a) == HashValue(b) whenever Equivalent(a, b).
bool Equivalent(const Value& a, const Value& b);
size_t HashValue(const Value& v);

// Functors for std::unordered_set/map keyed by Value under equivalence.
struct ValueHash {
  size_t operator()(const Value& v) const { return HashValue(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return Equivalent(a, b); }
};

}  // namespace stargraph::query
