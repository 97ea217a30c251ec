// RocksBulkLoader writes adjacency in two node ranges on two threads: every node still reads its
// whole list in key order, whatever the split (a hub at the median, every entry on one node).
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <tuple>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

using Edge = std::pair<NodeId, NodeId>;
using Entry = std::tuple<TokenId, NodeId, RelId>;  // the adj key order after node and direction

// Bulk-loads `nodes` nodes and `edges` (indexes into them), then checks each node's lists.
void LoadAndCheck(size_t nodes, const std::vector<std::pair<size_t, size_t>>& edges) {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto loader = Must(store->BeginBulkLoad());
  const TokenId types[2] = {Must(loader->Token(TokenKind::kRelType, "A")),
                            Must(loader->Token(TokenKind::kRelType, "B"))};
  std::vector<NodeId> ids;
  for (size_t i = 0; i < nodes; ++i) ids.push_back(Must(loader->AddNode({}, {})));
  std::map<std::pair<NodeId, Direction>, std::vector<Entry>> expected;
  for (size_t i = 0; i < edges.size(); ++i) {
    const NodeId start = ids[edges[i].first], end = ids[edges[i].second];
    const TokenId type = types[i % 2];
    const RelId rel = Must(loader->AddRelationship(start, type, end, {}));
    expected[{start, Direction::kOutgoing}].emplace_back(type, end, rel);
    expected[{end, Direction::kIncoming}].emplace_back(type, start, rel);
  }
  MustOk(loader->Finish());
  auto tx = Begin(*store, TxMode::kRead);
  for (NodeId node : ids) {
    for (Direction direction : {Direction::kOutgoing, Direction::kIncoming}) {
      std::vector<Entry> want = expected[{node, direction}];
      std::sort(want.begin(), want.end());
      std::vector<Entry> got;
      for (const AdjacencyEntry& e : Drain(tx->Expand(node, direction, std::nullopt))) {
        got.emplace_back(e.type, e.other, e.rel);
      }
      CHECK(got == want);
    }
  }
  CHECK(Must(store->Check()).problems.empty());
}

}  // namespace

TEST_CASE("Bulk-loaded adjacency reads back whole and in order", "[store][bulk]") {
  std::vector<std::pair<size_t, size_t>> edges;
  for (size_t i = 0; i < 200; ++i) edges.emplace_back((i * 7) % 40, (i * 13 + 5) % 40);
  SECTION("spread over the nodes") { LoadAndCheck(40, edges); }
  SECTION("a hub at the median node") {
    for (size_t i = 0; i < 300; ++i) edges.emplace_back(20, i % 40);
    LoadAndCheck(40, edges);
  }
  SECTION("every relationship on one node") { LoadAndCheck(1, {{0, 0}, {0, 0}, {0, 0}}); }
}
