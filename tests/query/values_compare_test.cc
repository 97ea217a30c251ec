#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "query/query_error.h"
#include "query/values/value_compare.h"

namespace stargraph::query {
namespace {

const Value kNull;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

Value List(std::initializer_list<Value> items) { return Value(ValueList(items)); }
Value Map(std::initializer_list<std::pair<const std::string, Value>> entries) {
  return Value(ValueMap(entries));
}
Value Node(uint64_t id) { return Value(NodeRef{id, nullptr}); }
Value Rel(uint64_t id, uint64_t start, uint64_t end) {
  return Value(RelRef{id, start, end, 0, nullptr});
}

TEST_CASE("null = null is null, and null never equals anything", "[values]") {
  CHECK(Equals(kNull, kNull) == Ternary::kNull);
  CHECK(Equals(kNull, Value(1)) == Ternary::kNull);
  CHECK(Equals(Value("a"), kNull) == Ternary::kNull);
}

TEST_CASE("integers and floats compare numerically and exactly", "[values]") {
  CHECK(Equals(Value(1), Value(1.0)) == Ternary::kTrue);
  CHECK(Equals(Value(1.0), Value(1)) == Ternary::kTrue);
  CHECK(Equals(Value(1), Value(1.5)) == Ternary::kFalse);
  // 2^53 + 1 is not representable as a double: an inexact comparison would say equal.
  int64_t big = (int64_t{1} << 53) + 1;
  CHECK(Equals(Value(big), Value(double(int64_t{1} << 53))) == Ternary::kFalse);
  CHECK(Equals(Value(int64_t{4611686018427387905}), Value(int64_t{4611686018427387900})) ==
        Ternary::kFalse);
  CHECK(Compare(ComparisonOp::kLess, Value(big - 1), Value(double(big))) == Ternary::kFalse);
  CHECK(Compare(ComparisonOp::kLess, Value(std::numeric_limits<int64_t>::max()), Value(1e19)) ==
        Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kGreater, Value(std::numeric_limits<int64_t>::min()), Value(-1e19)) ==
        Ternary::kTrue);
}

TEST_CASE("values of different types are not equal", "[values]") {
  CHECK(Equals(Value("1"), Value(1)) == Ternary::kFalse);
  CHECK(Equals(Value("1.0"), Value(1.0)) == Ternary::kFalse);
  CHECK(Equals(Value(true), Value(1)) == Ternary::kFalse);
  CHECK(Equals(List({Value("a")}), List({Value(1)})) == Ternary::kFalse);
  CHECK(Equals(Node(1), Rel(1, 1, 1)) == Ternary::kFalse);
}

TEST_CASE("NaN equals nothing, not even NaN", "[values]") {
  for (const Value& other : {Value(1), Value(1.0), Value(kNaN), Value("a")}) {
    CHECK(Equals(Value(kNaN), other) == Ternary::kFalse);
  }
}

TEST_CASE("list equality with nested nulls follows the TCK", "[values]") {
  CHECK(Equals(List({1, kNull}), List({1, kNull})) == Ternary::kNull);
  CHECK(Equals(List({1, 2}), List({1})) == Ternary::kFalse);
  CHECK(Equals(List({kNull}), List({1})) == Ternary::kNull);
  CHECK(Equals(List({1, 2}), List({1, kNull})) == Ternary::kNull);
  CHECK(Equals(List({1, 2}), List({3, kNull})) == Ternary::kFalse);
  CHECK(Equals(List({List({1})}), List({List({1}), List({kNull})})) == Ternary::kFalse);
  CHECK(Equals(List({List({1}), List({2})}), List({List({1}), List({kNull})})) == Ternary::kNull);
  CHECK(Equals(List({List({1}), List({2, 3})}), List({List({1}), List({kNull})})) ==
        Ternary::kFalse);
  CHECK(Equals(List({1, 2.0}), List({1.0, 2})) == Ternary::kTrue);
}

TEST_CASE("map equality compares key sets, then values", "[values]") {
  CHECK(Equals(Map({}), Map({})) == Ternary::kTrue);
  CHECK(Equals(Map({{"k", 1}}), Map({{"k", 1.0}})) == Ternary::kTrue);
  CHECK(Equals(Map({}), Map({{"k", kNull}})) == Ternary::kFalse);
  CHECK(Equals(Map({{"k", 1}}), Map({{"k", 1}, {"l", kNull}})) == Ternary::kFalse);
  CHECK(Equals(Map({{"k", kNull}}), Map({{"k", kNull}, {"l", kNull}})) == Ternary::kFalse);
  CHECK(Equals(Map({{"k", kNull}}), Map({{"k", kNull}})) == Ternary::kNull);
  CHECK(Equals(Map({{"k", 1}, {"l", kNull}}), Map({{"k", kNull}, {"l", 1}})) == Ternary::kNull);
  CHECK(Equals(Map({{"k", 1}, {"l", kNull}}), Map({{"k", 2}, {"l", 1}})) == Ternary::kFalse);
}

TEST_CASE("entities compare by id; paths element by element", "[values]") {
  CHECK(Equals(Node(3), Node(3)) == Ternary::kTrue);
  CHECK(Equals(Node(3), Node(4)) == Ternary::kFalse);
  CHECK(Equals(Rel(7, 1, 2), Rel(7, 1, 2)) == Ternary::kTrue);
  PathData loop{{NodeRef{1, nullptr}, NodeRef{1, nullptr}}, {RelRef{9, 1, 1, 0, nullptr}}};
  PathData other{{NodeRef{1, nullptr}, NodeRef{2, nullptr}}, {RelRef{9, 1, 2, 0, nullptr}}};
  CHECK(Equals(Value(loop), Value(loop)) == Ternary::kTrue);
  CHECK(Equals(Value(loop), Value(other)) == Ternary::kFalse);
}

TEST_CASE("inequality operators on numbers, strings, booleans and lists", "[values]") {
  CHECK(Compare(ComparisonOp::kLess, Value(1), Value(2.5)) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLessEqual, Value(2), Value(2.0)) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kGreater, Value(2), Value(2.0)) == Ternary::kFalse);
  CHECK(Compare(ComparisonOp::kLess, Value("a"), Value("b")) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, Value("B"), Value("a")) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, Value("ab"), Value("abc")) == Ternary::kTrue);
  // Code point order: U+00E9 (é) sorts after 'z', U+4E2D after U+00E9.
  CHECK(Compare(ComparisonOp::kLess, Value("z"), Value("\xC3\xA9")) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, Value("\xC3\xA9"), Value("\xE4\xB8\xAD")) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, Value(false), Value(true)) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kGreaterEqual, List({1, 0}), List({1})) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, List({1, 2}), List({2, kNull})) == Ternary::kTrue);
  CHECK(Compare(ComparisonOp::kLess, List({1, 2}), List({1, kNull})) == Ternary::kNull);
  CHECK(CompareValues(Value(3), Value(2.5)) == 1);
  CHECK(CompareValues(Value("x"), Value("x")) == 0);
}

TEST_CASE("comparisons across type families and with null are null", "[values]") {
  CHECK(Compare(ComparisonOp::kLess, Value(1), Value("2")) == Ternary::kNull);
  CHECK(Compare(ComparisonOp::kLess, Value(true), Value(1)) == Ternary::kNull);
  CHECK(Compare(ComparisonOp::kLess, kNull, Value(1)) == Ternary::kNull);
  CHECK(Compare(ComparisonOp::kLess, Map({}), Map({})) == Ternary::kNull);
  CHECK(Compare(ComparisonOp::kLess, Node(1), Node(2)) == Ternary::kNull);
  CHECK_FALSE(CompareValues(Value(1), Value("1")).has_value());
  CHECK_FALSE(CompareValues(kNull, kNull).has_value());
}

TEST_CASE("NaN compared with a number is false for every operator", "[values]") {
  for (ComparisonOp op : {ComparisonOp::kLess, ComparisonOp::kLessEqual, ComparisonOp::kGreater,
                          ComparisonOp::kGreaterEqual}) {
    CHECK(Compare(op, Value(kNaN), Value(1)) == Ternary::kFalse);
    CHECK(Compare(op, Value(1.0), Value(kNaN)) == Ternary::kFalse);
    CHECK(Compare(op, Value(kNaN), Value("a")) == Ternary::kNull);
  }
  CHECK_FALSE(CompareValues(Value(kNaN), Value(1)).has_value());
}

TEST_CASE("three-valued AND, OR, NOT", "[values]") {
  CHECK(TernaryAnd(Ternary::kNull, Ternary::kFalse) == Ternary::kFalse);
  CHECK(TernaryAnd(Ternary::kNull, Ternary::kTrue) == Ternary::kNull);
  CHECK(TernaryOr(Ternary::kNull, Ternary::kTrue) == Ternary::kTrue);
  CHECK(TernaryOr(Ternary::kNull, Ternary::kFalse) == Ternary::kNull);
  CHECK(TernaryNot(Ternary::kNull) == Ternary::kNull);
  CHECK(TernaryToValue(Ternary::kNull).is_null());
  CHECK(ValueToTernary(Value(true)) == Ternary::kTrue);
  CHECK_THROWS_AS(ValueToTernary(Value(1)), QueryError);
}

TEST_CASE("ORDER BY orderability across all kinds, nulls last", "[values]") {
  PathData path{{NodeRef{1, nullptr}, NodeRef{2, nullptr}}, {RelRef{5, 1, 2, 0, nullptr}}};
  // The TCK's ReturnOrderBy1 [11] expected ascending order.
  std::vector<Value> expected = {Map({{"a", "map"}}), Node(1),       Rel(5, 1, 2), List({"list"}),
                                 Value(path),         Value("text"), Value(false), Value(1.5),
                                 Value(kNaN),         kNull};
  std::vector<Value> shuffled = {expected[6], expected[9], expected[2], expected[8], expected[0],
                                 expected[5], expected[3], expected[7], expected[1], expected[4]};
  std::stable_sort(shuffled.begin(), shuffled.end(),
                   [](const Value& a, const Value& b) { return OrderCompare(a, b) < 0; });
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO("position " << i);
    CHECK(shuffled[i].kind() == expected[i].kind());
  }
  CHECK(std::isnan(shuffled[8].as_float()));
}

TEST_CASE("orderability within numbers: NaN above infinity, 1 ties with 1.0", "[values]") {
  CHECK(OrderCompare(Value(kNaN), Value(kInf)) > 0);
  CHECK(OrderCompare(Value(kInf), Value(kNaN)) < 0);
  CHECK(OrderCompare(Value(kNaN), Value(kNaN)) == 0);
  CHECK(OrderCompare(Value(1), Value(1.0)) == 0);
  CHECK(OrderCompare(Value(-1), Value(0.5)) < 0);
  CHECK(OrderCompare(Value(1), kNull) < 0);
  CHECK(OrderCompare(kNull, kNull) == 0);
  CHECK(OrderCompare(Value(true), Value(0)) < 0);
  CHECK(OrderCompare(Value("zzz"), Value(false)) < 0);
}

TEST_CASE("orderability of lists and maps is lexicographic", "[values]") {
  CHECK(OrderCompare(List({}), List({1})) < 0);
  CHECK(OrderCompare(List({1, 2}), List({1, 3})) < 0);
  CHECK(OrderCompare(List({1, kNull}), List({1, 2})) > 0);
  CHECK(OrderCompare(List({"a"}), List({1})) < 0);
  CHECK(OrderCompare(Map({{"a", 1}}), Map({{"b", 0}})) < 0);
  CHECK(OrderCompare(Map({{"a", 1}}), Map({{"a", 1}, {"b", 0}})) < 0);
}

TEST_CASE("equivalence for DISTINCT: null ~ null, NaN ~ NaN, 1 ~ 1.0", "[values]") {
  CHECK(Equivalent(kNull, kNull));
  CHECK(Equivalent(Value(kNaN), Value(kNaN)));
  CHECK(Equivalent(Value(1), Value(1.0)));
  CHECK_FALSE(Equivalent(Value(1), Value("1")));
  CHECK_FALSE(Equivalent(kNull, Value(0)));
  CHECK(Equivalent(List({1, kNull}), List({1.0, kNull})));
  CHECK_FALSE(Equivalent(List({1, kNull}), List({1, kNull, kNull})));
  CHECK(Equivalent(Map({{"k", kNull}}), Map({{"k", kNull}})));
  CHECK(HashValue(Value(1)) == HashValue(Value(1.0)));
  CHECK(HashValue(List({1, kNull})) == HashValue(List({1.0, kNull})));
  CHECK(HashValue(Value(-0.0)) == HashValue(Value(0)));
}

TEST_CASE("an unordered_set under equivalence deduplicates like DISTINCT", "[values]") {
  std::unordered_set<Value, ValueHash, ValueEquivalent> set;
  for (const Value& v : {Value(1), Value(1.0), kNull, kNull, Value(kNaN), Value(kNaN), List({1, 2}),
                         List({1.0, 2.0}), Value("1"), Node(1), Node(1)}) {
    set.insert(v);
  }
  CHECK(set.size() == 6);  // 1, null, NaN, [1, 2], '1', node 1
}

}  // namespace
}  // namespace stargraph::query
