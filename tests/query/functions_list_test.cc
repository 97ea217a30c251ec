#include <catch2/catch.hpp>
#include <limits>

#include "functions_test_support.h"

namespace stargraph::query {
namespace {

using testing::Call;
using testing::ErrorOf;
using testing::List;
using testing::Map;

const Value kNull;

std::vector<int64_t> Ints(const Value& list) {
  std::vector<int64_t> out;
  for (const Value& v : list.as_list()) out.push_back(v.as_int());
  return out;
}

TEST_CASE("size of lists; null in, null out", "[values][functions]") {
  CHECK(Call("size", {List({1, 2, 3})}).as_int() == 3);
  CHECK(Call("size", {List({})}).as_int() == 0);
  CHECK(Call("size", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("size", {Map({})}); }) == "TypeError:InvalidArgumentType");
  CHECK(ErrorOf([] { Call("size", {42}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("head, last, tail", "[values][functions]") {
  CHECK(Call("head", {List({1, 2})}).as_int() == 1);
  CHECK(Call("last", {List({1, 2})}).as_int() == 2);
  CHECK(Ints(Call("tail", {List({1, 2, 3})})) == std::vector<int64_t>{2, 3});
  CHECK(Call("head", {List({})}).is_null());
  CHECK(Call("last", {List({})}).is_null());
  CHECK(Call("tail", {List({})}).as_list().empty());
  CHECK(Call("head", {kNull}).is_null());
  CHECK(ErrorOf([] { Call("head", {"abc"}); }) == "TypeError:InvalidArgumentType");
}

TEST_CASE("range follows TCK List11", "[values][functions]") {
  CHECK(Ints(Call("range", {-1236, -1234})) == std::vector<int64_t>{-1236, -1235, -1234});
  CHECK(Call("range", {0, -123}).as_list().empty());
  CHECK(Ints(Call("range", {0, 0})) == std::vector<int64_t>{0});
  CHECK(Ints(Call("range", {1381, -3412, -1298})) == std::vector<int64_t>{1381, 83, -1215, -2513});
  CHECK(Ints(Call("range", {-10, 10, 3})) == std::vector<int64_t>{-10, -7, -4, -1, 2, 5, 8});
  CHECK(Ints(Call("range", {0, 1, 2})) == std::vector<int64_t>{0});
  CHECK(Call("range", {0, 1, -1}).as_list().empty());
  CHECK(Ints(Call("range", {0, 0, -1})) == std::vector<int64_t>{0});
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  CHECK(Ints(Call("range", {kMax - 1, kMax})) == std::vector<int64_t>{kMax - 1, kMax});
  CHECK(Call("range", {kNull, 1}).is_null());
}

TEST_CASE("range rejects step 0, non-integers and huge lists", "[values][functions]") {
  CHECK(ErrorOf([] { Call("range", {2, 8, 0}); }) == "ArgumentError:NumberOutOfRange");
  CHECK(ErrorOf([] { Call("range", {0, 0, 0}); }) == "ArgumentError:NumberOutOfRange");
  CHECK(ErrorOf([] { Call("range", {true, 1, 1}); }) == "ArgumentError:InvalidArgumentType");
  CHECK(ErrorOf([] { Call("range", {0.0, 1, 1}); }) == "ArgumentError:InvalidArgumentType");
  CHECK(ErrorOf([] { Call("range", {0, 1, 1.1}); }) == "ArgumentError:InvalidArgumentType");
  CHECK(ErrorOf([] { Call("range", {0, "xyz"}); }) == "ArgumentError:InvalidArgumentType");
  CHECK(ErrorOf([] { Call("range", {0, List({1})}); }) == "ArgumentError:InvalidArgumentType");
  CHECK(ErrorOf([] {
          Call("range", {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()});
        }) == "ArgumentError:NumberOutOfRange");
}

TEST_CASE("coalesce returns the first non-null argument", "[values][functions]") {
  CHECK(Call("coalesce", {kNull, kNull, 3, 4}).as_int() == 3);
  CHECK(Call("coalesce", {kNull}).is_null());
  CHECK(Call("coalesce", {kNull, List({})}).kind() == ValueKind::kList);
}

TEST_CASE("isEmpty on lists, strings and maps", "[values][functions]") {
  CHECK(Call("isEmpty", {List({})}).as_bool());
  CHECK_FALSE(Call("isEmpty", {"a"}).as_bool());
  CHECK(Call("isEmpty", {Map({})}).as_bool());
  CHECK(Call("isEmpty", {kNull}).is_null());
}

TEST_CASE("length, nodes, relationships of a path", "[values][functions]") {
  PathData data{{NodeRef{1, nullptr}, NodeRef{2, nullptr}, NodeRef{3, nullptr}},
                {RelRef{10, 1, 2, 0, nullptr}, RelRef{11, 3, 2, 0, nullptr}}};
  Value path(data);
  CHECK(Call("length", {path}).as_int() == 2);
  Value nodes = Call("nodes", {path});
  REQUIRE(nodes.as_list().size() == 3);
  CHECK(nodes.as_list()[2].as_node().id == 3);
  Value rels = Call("relationships", {path});
  REQUIRE(rels.as_list().size() == 2);
  CHECK(rels.as_list()[1].as_rel().id == 11);
  CHECK(Call("length", {Value(PathData{{NodeRef{1, nullptr}}, {}})}).as_int() == 0);
  CHECK(Call("nodes", {kNull}).is_null());
  CHECK(ErrorOf([] {
          Call("length", {Value(NodeRef{1, nullptr})});
        }) == "TypeError:InvalidArgumentType");
}

}  // namespace
}  // namespace stargraph::query
