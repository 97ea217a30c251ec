#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "functions_test_support.h"

namespace stargraph::query {
namespace {

using testing::Call;
using testing::ErrorOf;

const Value kNull;

double Round3(double x, int64_t precision, const char* mode) {
  return Call("round", {x, precision, mode}).as_float();
}

TEST_CASE("abs keeps the number type and checks overflow", "[values][functions]") {
  Value a = Call("abs", {-1});
  REQUIRE(a.kind() == ValueKind::kInt);
  CHECK(a.as_int() == 1);
  CHECK(Call("abs", {-2.5}).as_float() == 2.5);
  CHECK(Call("abs", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("abs", {std::numeric_limits<int64_t>::min()}); }) ==
        "ArgumentError:IntegerOverflow");
  CHECK(ErrorOf([] { Call("abs", {"1"}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("ceil, floor, sqrt return floats", "[values][functions]") {
  CHECK(Call("ceil", {0.1}).as_float() == 1.0);
  CHECK(Call("ceil", {2}).kind() == ValueKind::kFloat);
  CHECK(Call("floor", {-0.1}).as_float() == -1.0);
  CHECK(Call("sqrt", {12.96}).as_float() == Approx(3.6));
  CHECK(std::isnan(Call("sqrt", {-1}).as_float()));
  CHECK(Call("sqrt", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("floor", {true}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("sign returns an integer", "[values][functions]") {
  CHECK(Call("sign", {-17}).as_int() == -1);
  CHECK(Call("sign", {0.1}).as_int() == 1);
  CHECK(Call("sign", {0}).as_int() == 0);
}

TEST_CASE("exp, log, log10, trigonometry and constants", "[values][functions]") {
  CHECK(Call("exp", {0}).as_float() == 1.0);
  CHECK(Call("log", {Call("e", {}).as_float()}).as_float() == Approx(1.0));
  CHECK(Call("log10", {1000}).as_float() == Approx(3.0));
  CHECK(Call("sin", {0}).as_float() == 0.0);
  CHECK(Call("cos", {Call("pi", {}).as_float()}).as_float() == Approx(-1.0));
  CHECK(Call("atan2", {1, 1}).as_float() == Approx(M_PI / 4));
  CHECK(Call("degrees", {Call("pi", {}).as_float()}).as_float() == Approx(180.0));
  CHECK(Call("radians", {180}).as_float() == Approx(M_PI));
  CHECK(Call("haversin", {0.5}).as_float() == Approx((1 - std::cos(0.5)) / 2));
  CHECK(Call("log", {0}).as_float() == -std::numeric_limits<double>::infinity());
  CHECK(Call("isNaN", {0.0 / 1.0}).as_bool() == false);
}

TEST_CASE("rand is at least 0 and below 1, and not deterministic", "[values][functions]") {
  CHECK_FALSE(FindScalarFunction("rand")->deterministic);
  for (int i = 0; i < 100; ++i) {
    double r = Call("rand", {}).as_float();
    CHECK(r >= 0.0);
    CHECK(r < 1.0);
  }
}

TEST_CASE("round without precision rounds half toward positive infinity", "[values][functions]") {
  CHECK(Call("round", {3.141592}).as_float() == 3.0);
  CHECK(Call("round", {2.5}).as_float() == 3.0);
  CHECK(Call("round", {-2.5}).as_float() == -2.0);
  CHECK(Call("round", {-2.6}).as_float() == -3.0);
  CHECK(Call("round", {0.49999999999999994}).as_float() == 0.0);
  CHECK(Call("round", {7}).kind() == ValueKind::kFloat);
}

TEST_CASE("round with precision rounds in decimal, HALF_UP by default", "[values][functions]") {
  CHECK(Call("round", {3.141592, 3}).as_float() == 3.142);
  CHECK(Call("round", {2.675, 2}).as_float() == 2.68);  // decimal 2.675, not binary 2.67499...
  CHECK(Call("round", {-2.5, 0}).as_float() == -3.0);
  CHECK(Call("round", {1234.5, -2}).as_float() == 1200.0);
  CHECK(Call("round", {0.001, 1}).as_float() == 0.0);
  CHECK(Call("round", {1.5, 5}).as_float() == 1.5);
  CHECK(Round3(1.25, 1, "HALF_EVEN") == 1.2);
  CHECK(Round3(1.35, 1, "HALF_EVEN") == 1.4);
  CHECK(Round3(1.25, 1, "HALF_DOWN") == 1.2);
  CHECK(Round3(1.21, 1, "UP") == 1.3);
  CHECK(Round3(-1.21, 1, "UP") == -1.3);
  CHECK(Round3(1.29, 1, "DOWN") == 1.2);
  CHECK(Round3(-1.21, 1, "CEILING") == -1.2);
  CHECK(Round3(-1.21, 1, "floor") == -1.3);
  CHECK(Round3(0.04, 1, "UP") == 0.1);
  CHECK(ErrorOf([] {
          Call("round", {1.0, 1, "SIDEWAYS"});
        }) == "ArgumentError:InvalidArgumentValue");
}

}  // namespace
}  // namespace stargraph::query
