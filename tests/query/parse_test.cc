#include <catch2/catch.hpp>

#include "query/parse/parser.h"

namespace stargraph::query {
namespace {

TEST_CASE("syntax errors carry line and column", "[parse]") {
  CHECK(CheckSyntax("RETURN 1").ok());
  Status s = CheckSyntax("RETURN\n 1 2");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("line 2, column 4") != std::string::npos);
}

}  // namespace
}  // namespace stargraph::query
