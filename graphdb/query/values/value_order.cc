// Orderability (ORDER BY, min, max) and equivalence (DISTINCT, grouping) of values.
#include <cmath>
#include <functional>

#include "query/functions/temporal_values.h"
#include "query/values/numeric.h"
#include "query/values/value_compare.h"

namespace stargraph::query {

namespace {

// Position of a kind in the orderability order; INTEGER and FLOAT share one rank.
int OrderRank(ValueKind kind) {
  switch (kind) {
    case ValueKind::kMap:
      return 0;
    case ValueKind::kNode:
      return 1;
    case ValueKind::kRelationship:
      return 2;
    case ValueKind::kList:
      return 3;
    case ValueKind::kPath:
      return 4;
    case ValueKind::kDateTime:
      return 5;
    case ValueKind::kLocalDateTime:
      return 6;
    case ValueKind::kDate:
      return 7;
    case ValueKind::kTime:
      return 8;
    case ValueKind::kLocalTime:
      return 9;
    case ValueKind::kDuration:
      return 10;
    case ValueKind::kString:
      return 11;
    case ValueKind::kBool:
      return 12;
    case ValueKind::kInt:
    case ValueKind::kFloat:
      return 13;
    case ValueKind::kNull:
      return 14;
  }
  return 14;
}

template <typename T>
int ThreeWay(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int OrderNumbers(const Value& a, const Value& b) {
  bool a_nan = IsNaN(a);
  bool b_nan = IsNaN(b);
  if (a_nan || b_nan) return int(a_nan) - int(b_nan);
  return *CompareNumbers(a, b);
}

int OrderLists(const ValueList& a, const ValueList& b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (int c = OrderCompare(a[i], b[i]); c != 0) return c;
  }
  return ThreeWay(a.size(), b.size());
}

int OrderMaps(const ValueMap& a, const ValueMap& b) {
  auto ia = a.begin();
  auto ib = b.begin();
  for (; ia != a.end() && ib != b.end(); ++ia, ++ib) {
    if (int c = ia->first.compare(ib->first); c != 0) return c < 0 ? -1 : 1;
    if (int c = OrderCompare(ia->second, ib->second); c != 0) return c;
  }
  return ThreeWay(a.size(), b.size());
}

// Paths order as their alternating sequence node, rel, node, ... of ids.
int OrderPaths(const PathData& a, const PathData& b) {
  size_t n = std::min(a.rels.size(), b.rels.size());
  for (size_t i = 0; i <= n; ++i) {
    if (int c = ThreeWay(a.nodes[i].id, b.nodes[i].id); c != 0) return c;
    if (i == n) break;
    if (int c = ThreeWay(a.rels[i].id, b.rels[i].id); c != 0) return c;
  }
  return ThreeWay(a.rels.size(), b.rels.size());
}

// Durations are not comparable with `<`; for sorting they order by their components.
int OrderDurations(const Duration& a, const Duration& b) {
  if (int c = ThreeWay(a.months, b.months); c != 0) return c;
  if (int c = ThreeWay(a.days, b.days); c != 0) return c;
  if (int c = ThreeWay(a.seconds, b.seconds); c != 0) return c;
  return ThreeWay(a.nanos, b.nanos);
}

int OrderSameRank(const Value& a, const Value& b) {
  switch (a.kind()) {
    case ValueKind::kNull:
      return 0;
    case ValueKind::kBool:
      return ThreeWay(a.as_bool(), b.as_bool());
    case ValueKind::kInt:
    case ValueKind::kFloat:
      return OrderNumbers(a, b);
    case ValueKind::kString:
      return ThreeWay(a.as_string(), b.as_string());
    case ValueKind::kList:
      return OrderLists(a.as_list(), b.as_list());
    case ValueKind::kMap:
      return OrderMaps(a.as_map(), b.as_map());
    case ValueKind::kNode:
      return ThreeWay(a.as_node().id, b.as_node().id);
    case ValueKind::kRelationship:
      return ThreeWay(a.as_rel().id, b.as_rel().id);
    case ValueKind::kPath:
      return OrderPaths(a.as_path(), b.as_path());
    case ValueKind::kDuration:
      return OrderDurations(a.as_duration(), b.as_duration());
    default:
      return CompareTemporal(a, b).value_or(0);
  }
}

bool EquivalentLists(const ValueList& a, const ValueList& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!Equivalent(a[i], b[i])) return false;
  }
  return true;
}

bool EquivalentMaps(const ValueMap& a, const ValueMap& b) {
  if (a.size() != b.size()) return false;
  for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
    if (ia->first != ib->first || !Equivalent(ia->second, ib->second)) return false;
  }
  return true;
}

size_t Mix(size_t seed, size_t h) {
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

size_t HashInt(int64_t i) { return std::hash<int64_t>()(i); }

// Integral floats hash like the equal integer, so that 1 and 1.0 land in the same bucket.
size_t HashFloat(double d) {
  if (std::isnan(d)) return 0x7ff8;
  if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
    return HashInt(static_cast<int64_t>(d));
  }
  return std::hash<double>()(d);
}

size_t HashPath(const PathData& p) {
  size_t h = 0x5a7;
  for (const NodeRef& n : p.nodes) h = Mix(h, HashInt(int64_t(n.id)));
  for (const RelRef& r : p.rels) h = Mix(h, HashInt(int64_t(r.id)));
  return h;
}

size_t HashTemporal(const Value& v) {
  size_t kind = size_t(v.kind());
  switch (v.kind()) {
    case ValueKind::kDate:
      return Mix(kind, HashInt(v.as_date().days));
    case ValueKind::kLocalTime:
      return Mix(kind, HashInt(v.as_local_time().nanos));
    case ValueKind::kTime: {
      const Time& t = v.as_time();
      int64_t utc = t.nanos - int64_t{t.offset_seconds} * kNanosPerSecond;
      return Mix(kind, HashInt(((utc % kNanosPerDay) + kNanosPerDay) % kNanosPerDay));
    }
    case ValueKind::kLocalDateTime: {
      const LocalDateTime& t = v.as_local_datetime();
      return Mix(Mix(kind, HashInt(t.seconds)), HashInt(t.nanos));
    }
    case ValueKind::kDateTime: {
      const DateTime& t = v.as_datetime();
      return Mix(Mix(kind, HashInt(t.seconds)), HashInt(t.nanos));
    }
    default: {
      const Duration& d = v.as_duration();
      size_t h = Mix(Mix(kind, HashInt(d.months)), HashInt(d.days));
      return Mix(Mix(h, HashInt(d.seconds)), HashInt(d.nanos));
    }
  }
}

}  // namespace

int OrderCompare(const Value& a, const Value& b) {
  int ra = OrderRank(a.kind());
  int rb = OrderRank(b.kind());
  if (ra != rb) return ra < rb ? -1 : 1;
  return OrderSameRank(a, b);
}

bool Equivalent(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (a.is_number() && b.is_number()) {
    if (IsNaN(a) || IsNaN(b)) return IsNaN(a) && IsNaN(b);
    return *CompareNumbers(a, b) == 0;
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::kList:
      return EquivalentLists(a.as_list(), b.as_list());
    case ValueKind::kMap:
      return EquivalentMaps(a.as_map(), b.as_map());
    default:
      return Equals(a, b) == Ternary::kTrue;
  }
}

size_t HashValue(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return 0x6e75;
    case ValueKind::kBool:
      return v.as_bool() ? 0x7472 : 0x6661;
    case ValueKind::kInt:
      return HashInt(v.as_int());
    case ValueKind::kFloat:
      return HashFloat(v.as_float());
    case ValueKind::kString:
      return std::hash<std::string>()(v.as_string());
    case ValueKind::kList: {
      size_t h = 0x115;
      for (const Value& e : v.as_list()) h = Mix(h, HashValue(e));
      return h;
    }
    case ValueKind::kMap: {
      size_t h = 0x3a9;
      for (const auto& [k, e] : v.as_map())
        h = Mix(Mix(h, std::hash<std::string>()(k)), HashValue(e));
      return h;
    }
    case ValueKind::kNode:
      return Mix(0x40d, HashInt(int64_t(v.as_node().id)));
    case ValueKind::kRelationship:
      return Mix(0x4e1, HashInt(int64_t(v.as_rel().id)));
    case ValueKind::kPath:
      return HashPath(v.as_path());
    default:
      return HashTemporal(v);
  }
}

}  // namespace stargraph::query
