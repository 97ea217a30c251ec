#include "parameters.h"

#include <catch2/catch.hpp>

namespace stargraph::cli {
namespace {

TEST_CASE("parameters given as --param NAME=JSON add typed parameters", "[params]") {
  ValueMap params;
  REQUIRE(AddParamOption("name=\"甲骨文\"", &params).ok());
  REQUIRE(AddParamOption("limit=10", &params).ok());
  REQUIRE(AddParamOption("ids=[1, 2.5, null]", &params).ok());
  REQUIRE(AddParamOption("expr=\"a=b\"", &params).ok());
  CHECK(params.at("name").as_string() == "甲骨文");
  CHECK(params.at("limit").as_int() == 10);
  CHECK(params.at("ids").as_list()[1].as_float() == 2.5);
  CHECK(params.at("expr").as_string() == "a=b");
}

TEST_CASE("Malformed --param options are rejected", "[params]") {
  ValueMap params;
  CHECK_FALSE(AddParamOption("novalue", &params).ok());
  CHECK_FALSE(AddParamOption("=1", &params).ok());
  CHECK_FALSE(AddParamOption("x=not json", &params).ok());
  CHECK(params.empty());
}

TEST_CASE(":param name => value splits at the arrow", "[params]") {
  Result<ParameterAssignment> a = SplitParamCommand(" $company => 'Oracle' ");
  REQUIRE(a.ok());
  CHECK(a->name == "company");
  CHECK(a->value_text == "'Oracle'");
  CHECK_FALSE(SplitParamCommand("x = 1").ok());
}

}  // namespace
}  // namespace stargraph::cli
