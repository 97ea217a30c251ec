#include "api/csv_id_map.h"

#include <catch2/catch.hpp>

namespace stargraph {
namespace {

TEST_CASE("CsvIdMap finds plain integer ids and text ids, per group") {
  CsvIdMap ids;
  REQUIRE(ids.Add("", "0", 10));
  REQUIRE(ids.Add("", "41", 11));
  REQUIRE(ids.Add("", "acme", 12));
  REQUIRE(ids.Add("people", "0", 13));
  CHECK(ids.Find("", "0") == 10u);
  CHECK(ids.Find("", "41") == 11u);
  CHECK(ids.Find("", "acme") == 12u);
  CHECK(ids.Find("people", "0") == 13u);
  CHECK_FALSE(ids.Find("", "1"));
  CHECK_FALSE(ids.Find("", "4100000000"));
  CHECK_FALSE(ids.Find("people", "41"));
  CHECK_FALSE(ids.Find("places", "0"));
}

TEST_CASE("CsvIdMap keeps ids that only look alike apart") {
  CsvIdMap ids;
  REQUIRE(ids.Add("", "7", 1));
  REQUIRE(ids.Add("", "007", 2));
  REQUIRE(ids.Add("", "+7", 3));
  REQUIRE(ids.Add("", "7.0", 4));
  CHECK(ids.Find("", "7") == 1u);
  CHECK(ids.Find("", "007") == 2u);
  CHECK(ids.Find("", "+7") == 3u);
  CHECK(ids.Find("", "7.0") == 4u);
}

TEST_CASE("CsvIdMap rejects an id used twice in a group") {
  CsvIdMap ids;
  REQUIRE(ids.Add("", "3", 1));
  CHECK_FALSE(ids.Add("", "3", 2));
  REQUIRE(ids.Add("", "x", 3));
  CHECK_FALSE(ids.Add("", "x", 4));
  CHECK(ids.Add("other", "3", 5));
  CHECK(ids.Find("", "3") == 1u);
}

TEST_CASE("CsvIdMap handles huge integer ids without a huge vector, and finds them later") {
  CsvIdMap ids;
  REQUIRE(ids.Add("", "999999999999999999", 1));  // kept in the map: far beyond the dense range
  REQUIRE(ids.Add("", "5000000", 2));
  // Enough ids that 5000000 would now fit the dense range: it must still be found once only.
  bool all_added = true;
  for (uint64_t i = 0; i < 1'500'000; ++i) all_added &= ids.Add("", std::to_string(i), 10 + i);
  REQUIRE(all_added);
  CHECK_FALSE(ids.Add("", "5000000", 3));
  CHECK(ids.Find("", "5000000") == 2u);
  CHECK(ids.Find("", "999999999999999999") == 1u);
  CHECK(ids.Find("", "1499999") == 10u + 1'499'999u);
}

}  // namespace
}  // namespace stargraph
