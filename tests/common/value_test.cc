#include "common/value.h"

#include <catch2/catch.hpp>

namespace stargraph {
namespace {

TEST_CASE("Value kinds and accessors", "[value]") {
  CHECK(Value().is_null());
  CHECK(Value(true).kind() == ValueKind::kBool);
  CHECK(Value(int64_t{7}).as_int() == 7);
  CHECK(Value(2.5).as_number() == 2.5);
  CHECK(Value("甲骨文").as_string() == "甲骨文");
  Value list(ValueList{Value(1), Value("a")});
  CHECK(list.as_list().size() == 2);
  Value copy = list;  // shares the list
  CHECK(&copy.as_list() == &list.as_list());
}

TEST_CASE("Value::ToString follows Cypher's toString", "[value]") {
  CHECK(Value(1.0).ToString() == "1.0");
  CHECK(Value(0.1).ToString() == "0.1");
  CHECK(Value(1e300).ToString() == "1.0E300");
  CHECK(Value(1000.0).ToString() == "1000.0");
  CHECK(Value(3e11).ToString() == "3.0E11");
  CHECK(Value(-0.00012).ToString() == "-1.2E-4");
  CHECK(Value(123.456).ToString() == "123.456");
  CHECK(Value(0.001).ToString() == "0.001");
  CHECK(Value(int64_t{-5}).ToString() == "-5");
  CHECK(Value(ValueList{Value(1), Value()}).ToString() == "[1, null]");
  CHECK(Value(ValueMap{{"a", Value(1)}}).ToString() == "{a: 1}");
}

}  // namespace
}  // namespace stargraph
