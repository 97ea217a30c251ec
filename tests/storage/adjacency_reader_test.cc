// Transaction::ReadAdjacency: keyed seeks (Expand-Into), the self-loop rule, and the iterator and
// entry cache of read transactions, which must never show another view than the snapshot's.
#include <catch2/catch.hpp>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

std::vector<RelId> Rels(Transaction& tx, NodeId node, Direction direction,
                        std::optional<TokenId> type, std::optional<NodeId> other) {
  std::vector<AdjacencyEntry> entries;
  MustOk(tx.ReadAdjacency(node, direction, type, other, &entries));
  std::vector<RelId> rels;
  for (const AdjacencyEntry& e : entries) rels.push_back(e.rel);
  return rels;
}

struct Graph {
  TokenId knows = 0, owns = 0;
  NodeId a = 0, b = 0, c = 0;
  RelId ab1 = 0, ab2 = 0, ac = 0, ca = 0, aa = 0, ba = 0;
};

Graph Build(Store& store) {
  Graph g;
  auto tx = Begin(store, TxMode::kWrite);
  g.knows = Must(tx->GetOrCreateToken(TokenKind::kRelType, "KNOWS"));
  g.owns = Must(tx->GetOrCreateToken(TokenKind::kRelType, "OWNS"));
  g.a = Must(tx->CreateNode({}, {}));
  g.b = Must(tx->CreateNode({}, {}));
  g.c = Must(tx->CreateNode({}, {}));
  g.ab1 = Must(tx->CreateRelationship(g.a, g.knows, g.b, {}));
  g.ab2 = Must(tx->CreateRelationship(g.a, g.knows, g.b, {}));  // parallel
  g.ac = Must(tx->CreateRelationship(g.a, g.owns, g.c, {}));
  g.ca = Must(tx->CreateRelationship(g.c, g.knows, g.a, {}));
  g.aa = Must(tx->CreateRelationship(g.a, g.knows, g.a, {}));
  g.ba = Must(tx->CreateRelationship(g.b, g.owns, g.a, {}));
  MustOk(tx->Commit());
  return g;
}

}  // namespace

TEST_CASE("ReadAdjacency seeks the relationships between two nodes", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Graph g = Build(*store);
  auto tx = Begin(*store, TxMode::kRead);
  using V = std::vector<RelId>;
  // Twice each: the second read of a node comes from the transaction's cache.
  for (int pass = 0; pass < 2; ++pass) {
    CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.b) == V{g.ab1, g.ab2});
    CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.c).empty());
    CHECK(Rels(*tx, g.a, Direction::kOutgoing, std::nullopt, g.c) == V{g.ac});
    CHECK(Rels(*tx, g.a, Direction::kOutgoing, std::nullopt, std::nullopt) ==
          V{g.aa, g.ab1, g.ab2, g.ac});
    CHECK(Rels(*tx, g.a, Direction::kIncoming, g.owns, std::nullopt) == V{g.ba});
    CHECK(Rels(*tx, g.a, Direction::kBoth, std::nullopt, g.b) == V{g.ab1, g.ab2, g.ba});
    CHECK(Rels(*tx, g.a, Direction::kBoth, g.knows, g.a) == V{g.aa});  // the self-loop once
    CHECK(Rels(*tx, g.b, Direction::kBoth, std::nullopt, std::nullopt) == V{g.ba, g.ab1, g.ab2});
    CHECK(Rels(*tx, g.c, Direction::kIncoming, g.knows, std::nullopt).empty());
  }
  std::vector<AdjacencyEntry> appended(1);
  MustOk(tx->ReadAdjacency(g.c, Direction::kOutgoing, std::nullopt, std::nullopt, &appended));
  REQUIRE(appended.size() == 2);
  CHECK((appended[1].rel == g.ca && appended[1].other == g.a && appended[1].type == g.knows));
}

TEST_CASE("Keyed seeks of a typed list the transaction read are answered from it", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Graph g = Build(*store);
  auto tx = Begin(*store, TxMode::kRead);
  using V = std::vector<RelId>;
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, std::nullopt) == V{g.aa, g.ab1, g.ab2});
  CHECK(Rels(*tx, g.a, Direction::kIncoming, g.knows, std::nullopt) == V{g.aa, g.ca});
  // Now cached, ordered by the other end: first, middle, past the last and before the first.
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.a) == V{g.aa});
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.b) == V{g.ab1, g.ab2});
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.c).empty());
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.knows, g.c + 100).empty());
  CHECK(Rels(*tx, g.a, Direction::kIncoming, g.knows, g.c) == V{g.ca});
  CHECK(Rels(*tx, g.a, Direction::kIncoming, g.knows, g.b).empty());
  CHECK(Rels(*tx, g.a, Direction::kBoth, g.knows, g.c) == V{g.ca});
  // A type whose list was not read is still sought.
  CHECK(Rels(*tx, g.a, Direction::kOutgoing, g.owns, g.c) == V{g.ac});
}

TEST_CASE("ReadAdjacency shows each transaction its own view", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Graph g = Build(*store);
  auto reader = Begin(*store, TxMode::kRead);
  CHECK(Rels(*reader, g.b, Direction::kOutgoing, std::nullopt, std::nullopt) == std::vector{g.ba});

  auto writer = Begin(*store, TxMode::kWrite);
  CHECK(Rels(*writer, g.b, Direction::kOutgoing, g.knows, g.c).empty());
  const RelId bc = Must(writer->CreateRelationship(g.b, g.knows, g.c, {}));
  CHECK(Rels(*writer, g.b, Direction::kOutgoing, g.knows, g.c) == std::vector{bc});
  MustOk(writer->DeleteRelationship(g.ba));
  CHECK(Rels(*writer, g.b, Direction::kOutgoing, std::nullopt, std::nullopt) == std::vector{bc});
  MustOk(writer->Commit());

  CHECK(Rels(*reader, g.b, Direction::kOutgoing, std::nullopt, std::nullopt) == std::vector{g.ba});
  CHECK(Rels(*reader, g.b, Direction::kOutgoing, g.knows, g.c).empty());
  auto later = Begin(*store, TxMode::kRead);
  CHECK(Rels(*later, g.b, Direction::kOutgoing, std::nullopt, std::nullopt) == std::vector{bc});
  reader->Rollback();
  std::vector<AdjacencyEntry> entries;
  CHECK(reader->ReadAdjacency(g.a, Direction::kOutgoing, std::nullopt, std::nullopt, &entries)
            .code() == StatusCode::kAborted);
}

TEST_CASE("Relationship records fetched in a batch after an expansion are the snapshot's",
          "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto setup = Begin(*store, TxMode::kWrite);
  const TokenId r = Must(setup->GetOrCreateToken(TokenKind::kRelType, "R"));
  const TokenId w = Must(setup->GetOrCreateToken(TokenKind::kPropertyKey, "w"));
  const NodeId hub = Must(setup->CreateNode({}, {}));
  std::vector<RelId> rels;
  for (int64_t i = 0; i < 50; ++i) {
    const NodeId other = Must(setup->CreateNode({}, {}));
    rels.push_back(Must(setup->CreateRelationship(hub, r, other, {{w, Value(i)}})));
  }
  MustOk(setup->Commit());

  auto reader = Begin(*store, TxMode::kRead);
  auto writer = Begin(*store, TxMode::kWrite);
  MustOk(writer->DeleteRelationship(rels[7]));
  CHECK(Must(writer->SetRelProperty(rels[8], w, Value(-1))));
  MustOk(writer->Commit());

  std::vector<AdjacencyEntry> entries;
  MustOk(reader->ReadAdjacency(hub, Direction::kOutgoing, r, std::nullopt, &entries));
  REQUIRE(entries.size() == 50);
  // Read from the last relationship back: the first miss fetches them all.
  for (size_t i = entries.size(); i-- > 0;) {
    CHECK(Must(reader->RelProperty(entries[i].rel, w)).as_int() == static_cast<int64_t>(i));
  }
  CHECK(Must(reader->GetRelationship(rels[7])).start == hub);
  auto later = Begin(*store, TxMode::kRead);
  CHECK(later->GetRelationship(rels[7]).status().code() == StatusCode::kNotFound);
  CHECK(Must(later->RelProperty(rels[8], w)).as_int() == -1);
}
