#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "query/query_error.h"
#include "query/values/value_arithmetic.h"

namespace stargraph::query {
namespace {

const Value kNull;
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Value List(std::initializer_list<Value> items) { return Value(ValueList(items)); }

// Runs `fn` and returns the detail code of the QueryError it throws ("" when it does not throw).
template <typename Fn>
std::string ErrorCode(Fn fn, ErrorKind* kind = nullptr) {
  try {
    fn();
  } catch (const QueryError& e) {
    if (kind != nullptr) *kind = e.kind();
    return e.code();
  }
  return "";
}

TEST_CASE("integer arithmetic stays integer", "[values]") {
  Value sum = Add(Value(2), Value(3));
  REQUIRE(sum.kind() == ValueKind::kInt);
  CHECK(sum.as_int() == 5);
  CHECK(Subtract(Value(2), Value(3)).as_int() == -1);
  CHECK(Multiply(Value(-4), Value(3)).as_int() == -12);
  CHECK(Divide(Value(7), Value(2)).as_int() == 3);
  CHECK(Divide(Value(-7), Value(2)).as_int() == -3);  // truncates toward zero
  CHECK(Modulo(Value(7), Value(3)).as_int() == 1);
  CHECK(Modulo(Value(-7), Value(3)).as_int() == -1);  // sign of the dividend
  CHECK(Modulo(Value(kMin), Value(-1)).as_int() == 0);
  CHECK(Negate(Value(5)).as_int() == -5);
}

TEST_CASE("mixing integers and floats gives floats", "[values]") {
  Value r = Add(Value(1), Value(0.5));
  REQUIRE(r.kind() == ValueKind::kFloat);
  CHECK(r.as_float() == 1.5);
  CHECK(Divide(Value(7), Value(2.0)).as_float() == 3.5);
  CHECK(Multiply(Value(2.5), Value(2)).kind() == ValueKind::kFloat);
  CHECK(Modulo(Value(7.5), Value(2)).as_float() == 1.5);
  CHECK(Negate(Value(1.5)).as_float() == -1.5);
}

TEST_CASE("power is always a float", "[values]") {
  Value r = Power(Value(2), Value(3));
  REQUIRE(r.kind() == ValueKind::kFloat);
  CHECK(r.as_float() == 8.0);
  CHECK(Power(Value(4), Value(0.5)).as_float() == 2.0);
}

TEST_CASE("integer overflow is an error, not a wrap", "[values]") {
  ErrorKind kind{};
  CHECK(ErrorCode([] { Add(Value(kMax), Value(1)); }, &kind) == "IntegerOverflow");
  CHECK(kind == ErrorKind::kArgumentError);
  CHECK(ErrorCode([] { Subtract(Value(kMin), Value(1)); }) == "IntegerOverflow");
  CHECK(ErrorCode([] { Multiply(Value(kMax / 2 + 1), Value(2)); }) == "IntegerOverflow");
  CHECK(ErrorCode([] { Divide(Value(kMin), Value(-1)); }) == "IntegerOverflow");
  CHECK(ErrorCode([] { Negate(Value(kMin)); }) == "IntegerOverflow");
  CHECK(Add(Value(kMax - 1), Value(1)).as_int() == kMax);
}

TEST_CASE("integer division by zero is an error; float division is IEEE", "[values]") {
  ErrorKind kind{};
  CHECK(ErrorCode([] { Divide(Value(1), Value(0)); }, &kind) == "DivisionByZero");
  CHECK(kind == ErrorKind::kArgumentError);
  CHECK(ErrorCode([] { Modulo(Value(1), Value(0)); }) == "DivisionByZero");
  CHECK(std::isinf(Divide(Value(1.0), Value(0)).as_float()));
  CHECK(Divide(Value(-1), Value(0.0)).as_float() < 0);
  CHECK(std::isnan(Divide(Value(0.0), Value(0.0)).as_float()));
  CHECK(std::isnan(Modulo(Value(1), Value(0.0)).as_float()));
}

TEST_CASE("null propagates through every operator", "[values]") {
  CHECK(Add(kNull, Value(1)).is_null());
  CHECK(Add(List({1}), kNull).is_null());
  CHECK(Subtract(Value(1), kNull).is_null());
  CHECK(Multiply(kNull, kNull).is_null());
  CHECK(Divide(kNull, Value(0)).is_null());
  CHECK(Modulo(Value(1), kNull).is_null());
  CHECK(Power(kNull, Value(2)).is_null());
  CHECK(Negate(kNull).is_null());
}

TEST_CASE("string concatenation", "[values]") {
  CHECK(Add(Value("ab"), Value("cd")).as_string() == "abcd");
  CHECK(Add(Value("n="), Value(1)).as_string() == "n=1");
  CHECK(Add(Value(1.5), Value("x")).as_string() == "1.5x");
  CHECK(Add(Value("flag "), Value(true)).as_string() == "flag true");
  CHECK(Add(Value("图"), Value("数据库")).as_string() == "图数据库");
}

TEST_CASE("list concatenation, append and prepend", "[values]") {
  Value joined = Add(List({1, 10, 100}), List({4, 5}));
  REQUIRE(joined.as_list().size() == 5);
  CHECK(joined.as_list()[3].as_int() == 4);
  Value appended = Add(List({false, true}), Value(false));
  REQUIRE(appended.as_list().size() == 3);
  CHECK(appended.as_list()[2].as_bool() == false);
  Value prepended = Add(Value(0), List({1}));
  REQUIRE(prepended.as_list().size() == 2);
  CHECK(prepended.as_list()[0].as_int() == 0);
  CHECK(Add(List({}), List({List({})})).as_list().size() == 1);
}

TEST_CASE("invalid operand types are TypeErrors", "[values]") {
  ErrorKind kind{};
  CHECK(ErrorCode([] { Add(Value(true), Value(1)); }, &kind) == "InvalidArgumentType");
  CHECK(kind == ErrorKind::kTypeError);
  CHECK(ErrorCode([] { Subtract(Value("a"), Value(1)); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Multiply(Value("a"), Value(2)); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Divide(List({}), Value(2)); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Modulo(Value(true), Value(2)); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Power(Value("2"), Value(2)); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Negate(Value("a")); }) == "InvalidArgumentType");
  CHECK(ErrorCode([] { Add(Value(ValueMap{}), Value("a")); }) == "InvalidArgumentType");
}

}  // namespace
}  // namespace stargraph::query
