#include <catch2/catch.hpp>
#include <cmath>

#include "functions_test_support.h"

namespace stargraph::query {
namespace {

using testing::Call;
using testing::ErrorOf;
using testing::List;
using testing::Map;

const Value kNull;
const Value kNode(NodeRef{1, nullptr});

TEST_CASE("toInteger on numbers, strings and booleans", "[values][functions]") {
  CHECK(Call("toInteger", {42}).as_int() == 42);
  CHECK(Call("toInteger", {2.9}).as_int() == 2);
  CHECK(Call("toInteger", {-2.9}).as_int() == -2);
  CHECK(Call("toInteger", {"42"}).as_int() == 42);
  CHECK(Call("toInteger", {" -7 "}).as_int() == -7);
  CHECK(Call("toInteger", {"82.9"}).as_int() == 82);
  CHECK(Call("toInteger", {"1e3"}).as_int() == 1000);
  CHECK(Call("toInteger", {"9223372036854775807"}).as_int() == 9223372036854775807);
  CHECK(Call("toInteger", {true}).as_int() == 1);
  CHECK(Call("toInteger", {"foo"}).is_null());
  CHECK(Call("toInteger", {""}).is_null());
  CHECK(Call("toInteger", {"12abc"}).is_null());
  CHECK(Call("toInteger", {"99999999999999999999"}).is_null());
  CHECK(Call("toInteger", {kNull}).is_null());
  CHECK(Call("toInteger", {std::nan("")}).is_null());
}

TEST_CASE("toInteger, toFloat, toBoolean, toString fail on invalid types", "[values][functions]") {
  for (const Value& bad : {List({}), Map({}), kNode}) {
    INFO(bad.ToString());
    CHECK(ErrorOf([&] { Call("toInteger", {bad}); }) == "TypeError:InvalidArgumentValue");
    CHECK(ErrorOf([&] { Call("toFloat", {bad}); }) == "TypeError:InvalidArgumentValue");
    CHECK(ErrorOf([&] { Call("toBoolean", {bad}); }) == "TypeError:InvalidArgumentValue");
    CHECK(ErrorOf([&] { Call("toString", {bad}); }) == "TypeError:InvalidArgumentValue");
  }
  CHECK(ErrorOf([] { Call("toFloat", {true}); }) == "TypeError:InvalidArgumentValue");
  CHECK(ErrorOf([] { Call("toBoolean", {1.0}); }) == "TypeError:InvalidArgumentValue");
}

TEST_CASE("toFloat on numbers and strings", "[values][functions]") {
  Value f = Call("toFloat", {3});
  REQUIRE(f.kind() == ValueKind::kFloat);
  CHECK(f.as_float() == 3.0);
  CHECK(Call("toFloat", {3.4}).as_float() == 3.4);
  CHECK(Call("toFloat", {"5"}).as_float() == 5.0);
  CHECK(Call("toFloat", {"-.5e1"}).as_float() == -5.0);
  CHECK(Call("toFloat", {"1."}).as_float() == 1.0);
  CHECK(std::isnan(Call("toFloat", {"NaN"}).as_float()));
  CHECK(Call("toFloat", {"-Infinity"}).as_float() < 0);
  CHECK(Call("toFloat", {"foo"}).is_null());
  CHECK(Call("toFloat", {""}).is_null());
  CHECK(Call("toFloat", {"."}).is_null());
  CHECK(Call("toFloat", {"1e"}).is_null());
  CHECK(Call("toFloat", {"0x10"}).is_null());
}

TEST_CASE("toBoolean on booleans, strings and integers", "[values][functions]") {
  CHECK(Call("toBoolean", {true}).as_bool());
  CHECK(Call("toBoolean", {"true"}).as_bool());
  CHECK_FALSE(Call("toBoolean", {"FALSE"}).as_bool());
  CHECK(Call("toBoolean", {0}).as_bool() == false);
  CHECK(Call("toBoolean", {5}).as_bool() == true);
  for (const Value& invalid : {kNull, Value(""), Value(" tru "), Value("f alse")}) {
    CHECK(Call("toBoolean", {invalid}).is_null());
  }
}

TEST_CASE("toString on scalars", "[values][functions]") {
  CHECK(Call("toString", {42}).as_string() == "42");
  CHECK(Call("toString", {1.0}).as_string() == "1.0");
  CHECK(Call("toString", {0.1}).as_string() == "0.1");
  CHECK(Call("toString", {true}).as_string() == "true");
  CHECK(Call("toString", {"图"}).as_string() == "图");
  CHECK(Call("toString", {kNull}).is_null());
}

TEST_CASE("OrNull variants return null instead of failing", "[values][functions]") {
  CHECK(Call("toIntegerOrNull", {List({})}).is_null());
  CHECK(Call("toFloatOrNull", {true}).is_null());
  CHECK(Call("toBooleanOrNull", {Map({})}).is_null());
  CHECK(Call("toStringOrNull", {kNode}).is_null());
  CHECK(Call("toIntegerOrNull", {"12"}).as_int() == 12);
}

TEST_CASE("list conversions convert each element or give null", "[values][functions]") {
  Value ints = Call("toIntegerList", {List({"1", 2.5, "x", kNull, List({})})});
  REQUIRE(ints.as_list().size() == 5);
  CHECK(ints.as_list()[0].as_int() == 1);
  CHECK(ints.as_list()[1].as_int() == 2);
  CHECK(ints.as_list()[2].is_null());
  CHECK(ints.as_list()[4].is_null());
  CHECK(Call("toStringList", {List({1, true})}).as_list()[1].as_string() == "true");
  CHECK(Call("toFloatList", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("toBooleanList", {"true"}); }) == "TypeError:InvalidArgumentValue");
}

}  // namespace
}  // namespace stargraph::query
