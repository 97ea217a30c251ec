#include "query/plan_cache.h"

#include <catch2/catch.hpp>

#include "query/query_error.h"

namespace stargraph::query {
namespace {

TEST_CASE("The plan cache returns one plan per text and schema", "[plan_cache]") {
  PlanCache cache;
  SchemaInfo none;
  SchemaInfo indexed;
  indexed.indexes.emplace_back("Company", "ticker");
  const std::string text = "MATCH (c:Company) WHERE c.ticker = 'X' RETURN c";
  auto first = cache.Prepare(text, none);
  CHECK(cache.Prepare(text, none) == first);
  auto with_index = cache.Prepare(text, indexed);
  CHECK(with_index != first);
  CHECK(cache.Prepare(text, indexed) == with_index);
  CHECK(cache.Prepare(text + " ", none) != first);
  CHECK(cache.size() == 3);
}

TEST_CASE("The plan cache plans again when a label count it used has drifted", "[plan_cache]") {
  PlanCache cache;
  uint64_t companies = 10;
  SchemaInfo schema;
  schema.label_count = [&companies](const std::string& label) {
    return label == "Company" ? companies : uint64_t{5};
  };
  const std::string text = "MATCH (c:Company)-[:R]->(p:Person) RETURN c";
  auto first = cache.Prepare(text, schema);
  companies = 19;  // within a factor of 2
  CHECK(cache.Prepare(text, schema) == first);
  companies = 100;
  auto replanned = cache.Prepare(text, schema);
  CHECK(replanned != first);
  CHECK(cache.Prepare(text, schema) == replanned);
  CHECK(cache.size() == 1);
}

TEST_CASE("The plan cache plans again when a relationship type count it used has drifted",
          "[plan_cache]") {
  PlanCache cache;
  uint64_t deals = 10;
  SchemaInfo schema;
  schema.rel_type_count = [&deals](const std::string& type) {
    return type == "DEAL_WITH" ? deals : uint64_t{5};
  };
  // Both relationships are typed: the rarer type is scanned, so both counts are consulted.
  const std::string text = "MATCH ()-[:DEAL_WITH]->()-[:SUPPLIES]->() RETURN 1";
  auto first = cache.Prepare(text, schema);
  deals = 6;  // within a factor of 2
  CHECK(cache.Prepare(text, schema) == first);
  deals = 1;
  CHECK(cache.Prepare(text, schema) != first);
}

TEST_CASE("The plan cache evicts the least recently used plan", "[plan_cache]") {
  PlanCache cache(2);
  const SchemaInfo schema;
  auto a = cache.Prepare("RETURN 1", schema);
  auto b = cache.Prepare("RETURN 2", schema);
  CHECK(cache.Prepare("RETURN 1", schema) == a);  // now b is the oldest
  cache.Prepare("RETURN 3", schema);
  CHECK(cache.size() == 2);
  CHECK(cache.Prepare("RETURN 1", schema) == a);
  CHECK(cache.Prepare("RETURN 2", schema) != b);
}

TEST_CASE("The plan cache does not keep statements that fail to prepare", "[plan_cache]") {
  PlanCache cache;
  const SchemaInfo schema;
  CHECK_THROWS_AS(cache.Prepare("MATCH (n RETURN n", schema), QueryError);
  CHECK_THROWS_AS(cache.Prepare("MATCH (n RETURN n", schema), QueryError);
  CHECK(cache.size() == 0);
}

}  // namespace
}  // namespace stargraph::query
