// Three-valued equality and comparison; orderability and equivalence are in value_order.cc.
#include "query/values/value_compare.h"

#include "query/functions/temporal_values.h"
#include "query/query_error.h"
#include "query/values/numeric.h"

namespace stargraph::query {

namespace {

bool IsTemporal(ValueKind k) { return k >= ValueKind::kDate && k <= ValueKind::kDuration; }

// Folds element equalities the way `=` does: any false wins, then any null.
template <typename Range, typename Fn>
Ternary AllEqual(const Range& range, Fn element_equals) {
  Ternary result = Ternary::kTrue;
  for (const auto& item : range) {
    result = TernaryAnd(result, element_equals(item));
    if (result == Ternary::kFalse) return result;
  }
  return result;
}

Ternary ListEquals(const ValueList& a, const ValueList& b) {
  if (a.size() != b.size()) return Ternary::kFalse;
  size_t i = 0;
  return AllEqual(a, [&](const Value& x) { return Equals(x, b[i++]); });
}

Ternary MapEquals(const ValueMap& a, const ValueMap& b) {
  if (a.size() != b.size()) return Ternary::kFalse;
  for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
    if (ia->first != ib->first) return Ternary::kFalse;
  }
  return AllEqual(a, [&](const auto& entry) { return Equals(entry.second, b.at(entry.first)); });
}

bool PathEquals(const PathData& a, const PathData& b) {
  if (a.rels.size() != b.rels.size()) return false;
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    if (a.nodes[i].id != b.nodes[i].id) return false;
  }
  for (size_t i = 0; i < a.rels.size(); ++i) {
    if (a.rels[i].id != b.rels[i].id) return false;
  }
  return true;
}

Ternary FromBool(bool b) { return b ? Ternary::kTrue : Ternary::kFalse; }

// Outcome of comparing two values for the inequality operators.
enum class Order { kLess, kEqual, kGreater, kUnordered /* NaN: false */, kUnknown /* null */ };

Order FromInt(int c) { return c < 0 ? Order::kLess : (c > 0 ? Order::kGreater : Order::kEqual); }

Order CompareOrder(const Value& a, const Value& b);

Order CompareLists(const ValueList& a, const ValueList& b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    Order o = CompareOrder(a[i], b[i]);
    if (o != Order::kEqual) return o;
  }
  return FromInt(a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0));
}

Order CompareOrder(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Order::kUnknown;
  if (a.is_number() && b.is_number()) {
    std::optional<int> c = CompareNumbers(a, b);
    return c ? FromInt(*c) : Order::kUnordered;
  }
  if (a.kind() != b.kind()) return Order::kUnknown;
  switch (a.kind()) {
    case ValueKind::kBool:
      return FromInt(int(a.as_bool()) - int(b.as_bool()));
    case ValueKind::kString:
      return FromInt(a.as_string().compare(b.as_string()));
    case ValueKind::kList:
      return CompareLists(a.as_list(), b.as_list());
    default:
      break;
  }
  if (IsTemporal(a.kind())) {
    std::optional<int> c = CompareTemporal(a, b);
    return c ? FromInt(*c) : Order::kUnknown;
  }
  return Order::kUnknown;
}

}  // namespace

Ternary TernaryAnd(Ternary a, Ternary b) {
  if (a == Ternary::kFalse || b == Ternary::kFalse) return Ternary::kFalse;
  if (a == Ternary::kNull || b == Ternary::kNull) return Ternary::kNull;
  return Ternary::kTrue;
}

Ternary TernaryOr(Ternary a, Ternary b) {
  if (a == Ternary::kTrue || b == Ternary::kTrue) return Ternary::kTrue;
  if (a == Ternary::kNull || b == Ternary::kNull) return Ternary::kNull;
  return Ternary::kFalse;
}

Ternary TernaryNot(Ternary a) {
  if (a == Ternary::kNull) return a;
  return a == Ternary::kTrue ? Ternary::kFalse : Ternary::kTrue;
}

Value TernaryToValue(Ternary t) {
  if (t == Ternary::kNull) return Value();
  return Value(t == Ternary::kTrue);
}

Ternary ValueToTernary(const Value& v) {
  if (v.is_null()) return Ternary::kNull;
  if (v.kind() != ValueKind::kBool) {
    throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                     std::string("expected a Boolean but got ") + ValueKindName(v.kind()));
  }
  return FromBool(v.as_bool());
}

Ternary Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Ternary::kNull;
  if (a.is_number() && b.is_number()) {
    std::optional<int> c = CompareNumbers(a, b);
    return FromBool(c && *c == 0);
  }
  if (a.kind() != b.kind()) return Ternary::kFalse;
  switch (a.kind()) {
    case ValueKind::kBool:
      return FromBool(a.as_bool() == b.as_bool());
    case ValueKind::kString:
      return FromBool(a.as_string() == b.as_string());
    case ValueKind::kList:
      return ListEquals(a.as_list(), b.as_list());
    case ValueKind::kMap:
      return MapEquals(a.as_map(), b.as_map());
    case ValueKind::kNode:
      return FromBool(a.as_node().id == b.as_node().id);
    case ValueKind::kRelationship:
      return FromBool(a.as_rel().id == b.as_rel().id);
    case ValueKind::kPath:
      return FromBool(PathEquals(a.as_path(), b.as_path()));
    default:
      return FromBool(TemporalEquals(a, b));
  }
}

Ternary Compare(ComparisonOp op, const Value& a, const Value& b) {
  Order o = CompareOrder(a, b);
  if (o == Order::kUnknown) return Ternary::kNull;
  if (o == Order::kUnordered) return Ternary::kFalse;
  switch (op) {
    case ComparisonOp::kLess:
      return FromBool(o == Order::kLess);
    case ComparisonOp::kLessEqual:
      return FromBool(o != Order::kGreater);
    case ComparisonOp::kGreater:
      return FromBool(o == Order::kGreater);
    case ComparisonOp::kGreaterEqual:
      return FromBool(o != Order::kLess);
  }
  return Ternary::kNull;
}

std::optional<int> CompareValues(const Value& a, const Value& b) {
  switch (CompareOrder(a, b)) {
    case Order::kLess:
      return -1;
    case Order::kEqual:
      return 0;
    case Order::kGreater:
      return 1;
    default:
      return std::nullopt;
  }
}

}  // namespace stargraph::query
