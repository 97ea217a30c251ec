#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

#include "parse_test_util.h"

namespace stargraph::query {
namespace {

// ANTLR shares its prediction caches between parser instances; Parse() must still be safe to
// call from several sessions at once.
TEST_CASE("Parse is safe to call from several threads", "[parse]") {
  const std::vector<std::string> queries = {
      "MATCH (a:A)-[:R*1..3]->(b) WHERE a.x < b.y <= 3 RETURN a, count(*) AS c",
      "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN collect(x)",
      "MERGE (n:公司 {名称: $name}) ON CREATE SET n += $props RETURN n {.*, k: [x IN l | x]}",
      "MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.v > 1 } RETURN CASE n.a WHEN 1 THEN 2 END",
  };
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        try {
          Parse(queries[(t + i) % queries.size()]);
        } catch (const QueryError&) {
          ++failures;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(failures == 0);
}

}  // namespace
}  // namespace stargraph::query
