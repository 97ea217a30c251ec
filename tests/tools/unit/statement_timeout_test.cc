#include "statement_timeout.h"

#include <catch2/catch.hpp>

namespace stargraph::cli {
namespace {

TEST_CASE("timeouts are seconds, fractions of a second, or off", "[timeout]") {
  CHECK(ParseTimeoutSeconds("5").value() == 5000);
  CHECK(ParseTimeoutSeconds("0.25").value() == 250);
  CHECK(ParseTimeoutSeconds("1e1").value() == 10000);
  CHECK(ParseTimeoutSeconds("off").value() == 0);
  CHECK(ParseTimeoutSeconds("0").value() == 0);
  CHECK(ParseTimeoutSeconds("0.0001").value() == 1);  // positive never rounds to "no timeout"
  CHECK(ParseTimeoutSeconds("86400").value() == 86400000);
}

TEST_CASE("malformed timeouts are rejected", "[timeout]") {
  for (const char* text : {"", "-1", "abc", "5s", "nan", "inf", "86401", "on", "OFF"}) {
    INFO(text);
    CHECK_FALSE(ParseTimeoutSeconds(text).ok());
  }
}

TEST_CASE("timeouts print in seconds", "[timeout]") {
  CHECK(TimeoutText(0) == "off");
  CHECK(TimeoutText(5000) == "5 s");
  CHECK(TimeoutText(250) == "0.25 s");
}

}  // namespace
}  // namespace stargraph::cli
