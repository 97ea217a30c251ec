#include "common/id_set.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <set>

namespace stargraph {
namespace {

TEST_CASE("IdSet keeps each id once, 0 and the largest id included", "[common]") {
  IdSet set;
  CHECK_FALSE(set.Contains(0));
  CHECK(set.Insert(0));
  CHECK_FALSE(set.Insert(0));
  CHECK(set.Insert(UINT64_MAX));
  CHECK(set.Insert(7));
  CHECK_FALSE(set.Insert(7));
  CHECK(set.Contains(0));
  CHECK(set.Contains(UINT64_MAX));
  CHECK_FALSE(set.Contains(8));
  CHECK(set.size() == 3);
  set.Clear();
  CHECK(set.size() == 0);
  CHECK_FALSE(set.Contains(0));
  CHECK_FALSE(set.Contains(7));
}

TEST_CASE("IdSet agrees with std::set while it grows", "[common]") {
  IdSet set;
  std::set<uint64_t> expected;
  uint64_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    const uint64_t id = (x >> 40) % 5000;  // many repeats
    CHECK(set.Insert(id) == expected.insert(id).second);
  }
  CHECK(set.size() == expected.size());
  for (uint64_t id = 0; id < 5100; ++id) CHECK(set.Contains(id) == (expected.count(id) > 0));
  CHECK(set.bytes() >= set.size() * sizeof(uint64_t));
}

}  // namespace
}  // namespace stargraph
