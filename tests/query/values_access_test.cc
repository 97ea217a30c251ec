#include <catch2/catch.hpp>

#include "query/query_error.h"
#include "query/values/value_access.h"

namespace stargraph::query {
namespace {

const Value kNull;

Value List(std::initializer_list<Value> items) { return Value(ValueList(items)); }
Value Map(std::initializer_list<std::pair<const std::string, Value>> entries) {
  return Value(ValueMap(entries));
}

std::vector<int64_t> Ints(const Value& list) {
  std::vector<int64_t> out;
  for (const Value& v : list.as_list()) out.push_back(v.as_int());
  return out;
}

template <typename Fn>
std::string ErrorCode(Fn fn) {
  try {
    fn();
  } catch (const QueryError& e) {
    return e.code();
  }
  return "";
}

TEST_CASE("property access on maps and null", "[values]") {
  Value m = Map({{"existing", 42}, {"notMissing", kNull}, {"Name", "Pontus"}});
  CHECK(PropertyAccess(m, "existing", nullptr).as_int() == 42);
  CHECK(PropertyAccess(m, "notMissing", nullptr).is_null());
  CHECK(PropertyAccess(m, "missing", nullptr).is_null());
  CHECK(PropertyAccess(m, "name", nullptr).is_null());  // case-sensitive
  CHECK(PropertyAccess(kNull, "x", nullptr).is_null());
  for (const Value& bad : {Value(123), Value(4.5), Value(true), Value("s"), List({1})}) {
    CHECK(ErrorCode([&] { PropertyAccess(bad, "num", nullptr); }) == "InvalidArgumentType");
  }
}

TEST_CASE("property access on entities uses attached data without a reader", "[values]") {
  auto data = std::make_shared<EntityData>();
  data->properties["name"] = Value("Oracle");
  Value node(NodeRef{4, data});
  CHECK(PropertyAccess(node, "name", nullptr).as_string() == "Oracle");
  CHECK(PropertyAccess(node, "missing", nullptr).is_null());
  CHECK(IndexAccess(node, Value("na" + std::string("me")), nullptr).as_string() == "Oracle");
  CHECK(ErrorCode([] {
          PropertyAccess(Value(NodeRef{4, nullptr}), "x", nullptr);
        }) == "EntityReaderMissing");
}

TEST_CASE("list indexing with negative and out-of-range indexes", "[values]") {
  Value list = List({1, 2, 3});
  CHECK(IndexAccess(list, Value(0), nullptr).as_int() == 1);
  CHECK(IndexAccess(list, Value(-1), nullptr).as_int() == 3);
  CHECK(IndexAccess(list, Value(-3), nullptr).as_int() == 1);
  CHECK(IndexAccess(list, Value(3), nullptr).is_null());
  CHECK(IndexAccess(list, Value(-4), nullptr).is_null());
  CHECK(IndexAccess(list, kNull, nullptr).is_null());
  CHECK(IndexAccess(kNull, Value(0), nullptr).is_null());
  CHECK(IndexAccess(List({List({1})}), Value(0), nullptr).as_list()[0].as_int() == 1);
  CHECK(IndexAccess(Map({{"k", 5}}), Value("k"), nullptr).as_int() == 5);
}

TEST_CASE("indexing errors follow TCK List1", "[values]") {
  for (const Value& container : {Value(true), Value(123), Value(4.7), Value("1")}) {
    CHECK(ErrorCode([&] { IndexAccess(container, Value(0), nullptr); }) == "InvalidArgumentType");
  }
  for (const Value& index : {Value(true), Value(4.7), Value("1"), List({1}), Map({{"x", 3}})}) {
    CHECK(ErrorCode([&] { IndexAccess(List({1, 2}), index, nullptr); }) == "InvalidArgumentType");
  }
  CHECK(ErrorCode([] { IndexAccess(Map({}), Value(0), nullptr); }) == "InvalidArgumentType");
}

TEST_CASE("list slicing follows TCK List2", "[values]") {
  Value five = List({1, 2, 3, 4, 5});
  Value three = List({1, 2, 3});
  CHECK(Ints(Slice(five, Value(1), Value(3))) == std::vector<int64_t>{2, 3});
  CHECK(Ints(Slice(three, Value(1), std::nullopt)) == std::vector<int64_t>{2, 3});
  CHECK(Ints(Slice(three, std::nullopt, Value(2))) == std::vector<int64_t>{1, 2});
  CHECK(Ints(Slice(three, Value(0), Value(1))) == std::vector<int64_t>{1});
  CHECK(Slice(three, Value(0), Value(0)).as_list().empty());
  CHECK(Ints(Slice(three, Value(-3), Value(-1))) == std::vector<int64_t>{1, 2});
  CHECK(Slice(three, Value(3), Value(1)).as_list().empty());
  CHECK(Ints(Slice(three, Value(-5), Value(5))) == std::vector<int64_t>{1, 2, 3});
  CHECK(Slice(three, kNull, kNull).is_null());
  CHECK(Slice(three, Value(1), kNull).is_null());
  CHECK(Slice(three, std::nullopt, kNull).is_null());
  CHECK(Slice(kNull, Value(0), Value(1)).is_null());
  CHECK(ErrorCode([&] { Slice(three, Value(0.5), std::nullopt); }) == "InvalidArgumentType");
}

TEST_CASE("IN is three-valued (TCK Null3)", "[values]") {
  CHECK(InList(kNull, kNull) == Ternary::kNull);
  CHECK(InList(kNull, List({1, 2, 3})) == Ternary::kNull);
  CHECK(InList(kNull, List({1, 2, 3, kNull})) == Ternary::kNull);
  CHECK(InList(kNull, List({})) == Ternary::kFalse);
  CHECK(InList(Value(1), List({1, 2, 3, kNull})) == Ternary::kTrue);
  CHECK(InList(Value(1), List({kNull, 1})) == Ternary::kTrue);
  CHECK(InList(Value(5), List({1, 2, 3, kNull})) == Ternary::kNull);
  CHECK(InList(Value(5), List({1, 2})) == Ternary::kFalse);
  CHECK(InList(Value(1.0), List({1})) == Ternary::kTrue);
  CHECK(InList(List({1, 2}), List({List({1, 2})})) == Ternary::kTrue);
  CHECK(ErrorCode([] { InList(Value(1), Value(1)); }) == "InvalidArgumentType");
}

TEST_CASE("STARTS WITH, ENDS WITH, CONTAINS", "[values]") {
  CHECK(StartsWith(Value("ABCDEF"), Value("ABC")).as_bool());
  CHECK(StartsWith(Value("ABCDEF"), Value("")).as_bool());
  CHECK_FALSE(StartsWith(Value("AB"), Value("ABC")).as_bool());
  CHECK(EndsWith(Value("abcdef"), Value("ef")).as_bool());
  CHECK_FALSE(EndsWith(Value("f"), Value("ef")).as_bool());
  CHECK(Contains(Value("知识图谱"), Value("图")).as_bool());
  CHECK_FALSE(Contains(Value("abc"), Value("C")).as_bool());
  // TCK String8 [8]: any non-string operand gives null.
  std::vector<Value> operands = {Value(1), Value(3.14), Value(true), List({}), Map({}), kNull};
  for (const Value& a : operands) {
    for (const Value& b : operands) {
      CHECK(StartsWith(a, b).is_null());
      CHECK(EndsWith(a, b).is_null());
      CHECK(Contains(a, b).is_null());
    }
  }
  CHECK(StartsWith(Value("a"), kNull).is_null());
}

TEST_CASE("regular expressions match the whole string", "[values]") {
  CHECK(RegexMatch(Value("ABCDEF"), Value("AB.*")).as_bool());
  CHECK_FALSE(RegexMatch(Value("ABCDEF"), Value("BC")).as_bool());
  CHECK(RegexMatch(Value("ABCDEF"), Value(".*BC.*")).as_bool());
  CHECK(RegexMatch(Value("abc"), Value("(?i)ABC")).as_bool());
  CHECK(RegexMatch(Value("知识图谱"), Value("知识.{2}")).as_bool());
  CHECK(RegexMatch(Value("a\nb"), Value("a\\sb")).as_bool());
  CHECK(RegexMatch(kNull, Value("a")).is_null());
  CHECK(RegexMatch(Value("a"), kNull).is_null());
  CHECK(RegexMatch(Value(1), Value("1")).is_null());
  CHECK(ErrorCode([] { RegexMatch(Value("a"), Value("(")); }) == "InvalidRegex");
  // The one-entry cache must not confuse patterns.
  CHECK(RegexMatch(Value("x"), Value("x")).as_bool());
  CHECK_FALSE(RegexMatch(Value("x"), Value("y")).as_bool());
}

}  // namespace
}  // namespace stargraph::query
