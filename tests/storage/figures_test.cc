// Stored degrees and counts (format 3): after every kind of write, in the writing transaction
// and after commit, across statement and savepoint rollback, after a bulk import; the migration
// of an older database (also when a previous one was interrupted); Check() reporting wrong ones.
#include <catch2/catch.hpp>

#include "storage/key_codec.h"
#include "storage/testing_hooks.h"
#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

// The tokens and nodes of a small graph with self-loops and parallel relationships.
struct Graph {
  TokenId person = 0, company = 0, knows = 0, owns = 0;
  std::vector<NodeId> nodes;
  std::vector<TokenId> labels() const { return {person, company}; }
  std::vector<TokenId> types() const { return {knows, owns}; }
};

Graph MakeTokens(Transaction& tx) {
  Graph g;
  g.person = Must(tx.GetOrCreateToken(TokenKind::kLabel, "Person"));
  g.company = Must(tx.GetOrCreateToken(TokenKind::kLabel, "Company"));
  g.knows = Must(tx.GetOrCreateToken(TokenKind::kRelType, "KNOWS"));
  g.owns = Must(tx.GetOrCreateToken(TokenKind::kRelType, "OWNS"));
  return g;
}

// n0 -KNOWS-> n1 twice (parallel), n1 -KNOWS-> n2, n2 -OWNS-> n2 (self-loop), n3 -OWNS-> n0,
// n0 -KNOWS-> n0 (self-loop); n4 has no relationships.
Graph BuildGraph(Transaction& tx) {
  Graph g = MakeTokens(tx);
  g.nodes.push_back(Must(tx.CreateNode({g.person}, {})));
  g.nodes.push_back(Must(tx.CreateNode({g.person, g.company}, {})));
  g.nodes.push_back(Must(tx.CreateNode({g.company}, {})));
  g.nodes.push_back(Must(tx.CreateNode({}, {})));
  g.nodes.push_back(Must(tx.CreateNode({g.person}, {})));
  const auto& n = g.nodes;
  for (auto [from, type, to] :
       {std::tuple{0, g.knows, 1}, std::tuple{0, g.knows, 1}, std::tuple{1, g.knows, 2},
        std::tuple{2, g.owns, 2}, std::tuple{3, g.owns, 0}, std::tuple{0, g.knows, 0}}) {
    Must(tx.CreateRelationship(n[from], type, n[to], {}));
  }
  return g;
}

// Commits n4 -KNOWS-> n0 (n4's first relationship).
void CommitAnotherKnows(Store& store, const Graph& g) {
  auto tx = Begin(store, TxMode::kWrite);
  Must(tx->CreateRelationship(g.nodes[4], g.knows, g.nodes[0], {}));
  MustOk(tx->Commit());
}

// BuildGraph in a committed write transaction.
Graph CommitGraph(Store& store) {
  auto tx = Begin(store, TxMode::kWrite);
  Graph g = BuildGraph(*tx);
  MustOk(tx->Commit());
  return g;
}

template <typename T>
uint64_t Size(std::unique_ptr<Cursor<T>> cursor) {
  return Drain(std::move(cursor)).size();
}

// Every degree of `nodes` equals the length of its adjacency list, and every count a scan.
void ExpectFiguresAgree(Transaction& tx, const Graph& g) {
  std::vector<std::optional<TokenId>> types = {std::nullopt};
  for (TokenId t : g.types()) types.emplace_back(t);
  for (NodeId node : g.nodes) {
    for (Direction d : {Direction::kOutgoing, Direction::kIncoming, Direction::kBoth}) {
      for (const auto& type : types) {
        std::vector<AdjacencyEntry> entries;
        MustOk(tx.ReadAdjacency(node, d, type, std::nullopt, &entries));
        INFO("node " << node << " direction " << int(d) << " type " << type.value_or(0));
        CHECK(Must(tx.Degree(node, d, type)) == entries.size());
      }
    }
  }
  CHECK(Must(tx.CountNodes(std::nullopt)) == Size(tx.ScanNodes()));
  for (TokenId label : g.labels()) CHECK(Must(tx.CountNodes(label)) == Size(tx.ScanLabel(label)));
  for (const auto& type : types) {
    CHECK(Must(tx.CountRelationships(type)) == Size(tx.ScanRelationships(type)));
  }
}

void ExpectCommittedFiguresAgree(Store& store, const Graph& g) {
  auto tx = Begin(store, TxMode::kRead);
  ExpectFiguresAgree(*tx, g);
  const CheckReport report = Must(store.Check());
  INFO((report.problems.empty() ? std::string() : report.problems[0]));
  CHECK(report.problems.empty());
}

uint64_t StoredFormat(Store& store) {
  std::optional<std::string> bytes = Must(RawReadForTesting(&store, "default", kMetaFormatVersion));
  REQUIRE(bytes.has_value());
  return Must(ParseFixed64Value(*bytes));
}

std::string Fixed(uint64_t value) {
  std::string bytes;
  PutFixed64BE(&bytes, value);
  return bytes;
}

}  // namespace

TEST_CASE("Degrees and counts follow every kind of write", "[store][figures]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto tx = Begin(*store, TxMode::kWrite);
  Graph g = BuildGraph(*tx);
  const auto& n = g.nodes;
  ExpectFiguresAgree(*tx, g);
  // n0: out KNOWS x3 (one a self-loop), in KNOWS x1 (the self-loop), in OWNS x1.
  CHECK(Must(tx->Degree(n[0], Direction::kOutgoing, g.knows)) == 3);
  CHECK(Must(tx->Degree(n[0], Direction::kIncoming, std::nullopt)) == 2);
  CHECK(Must(tx->Degree(n[0], Direction::kBoth, std::nullopt)) == 4);
  CHECK(Must(tx->Degree(n[2], Direction::kBoth, g.owns)) == 1);
  CHECK(Must(tx->Degree(n[4], Direction::kBoth, std::nullopt)) == 0);
  CHECK(Must(tx->CountRelationships(std::nullopt)) == 6);
  CHECK(Must(tx->CountNodes(g.person)) == 3);
  MustOk(tx->Commit());
  ExpectCommittedFiguresAgree(*store, g);

  tx = Begin(*store, TxMode::kWrite);
  const RelId extra = Must(tx->CreateRelationship(n[4], g.owns, n[1], {}));
  MustOk(tx->DeleteRelationship(extra));
  std::vector<AdjacencyEntry> rels;
  MustOk(tx->ReadAdjacency(n[1], Direction::kIncoming, g.knows, std::nullopt, &rels));
  MustOk(tx->DeleteRelationship(rels.at(0).rel));  // one of the parallel pair
  uint64_t detached = 0;
  MustOk(tx->DeleteNode(n[2], /*detach=*/true, &detached));  // with its self-loop
  CHECK(detached == 2);
  MustOk(tx->DeleteNode(n[4], /*detach=*/false, nullptr));
  Must(tx->AddLabel(n[3], g.company));
  Must(tx->RemoveLabel(n[1], g.person));
  Must(tx->AddLabel(n[0], g.person));  // already there: no change
  ExpectFiguresAgree(*tx, g);
  CHECK(Must(tx->Degree(n[2], Direction::kBoth, std::nullopt)) == 0);
  CHECK(Must(tx->CountNodes(std::nullopt)) == 3);
  CHECK(Must(tx->CountNodes(g.company)) == 2);
  CHECK(Must(tx->CountRelationships(g.owns)) == 1);
  MustOk(tx->Commit());
  ExpectCommittedFiguresAgree(*store, g);

  tx = Begin(*store, TxMode::kWrite);  // detach-delete a node with a self-loop and in/out rels
  MustOk(tx->DeleteNode(n[0], /*detach=*/true, &detached));
  CHECK(detached == 3);
  MustOk(tx->Commit());
  ExpectCommittedFiguresAgree(*store, g);
  auto read = Begin(*store, TxMode::kRead);
  CHECK(Must(read->CountRelationships(std::nullopt)) == 0);
  CHECK(Must(read->Degree(n[3], Direction::kBoth, std::nullopt)) == 0);
}

TEST_CASE("Rolled back writes leave the figures as they were", "[store][figures][savepoint]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  Graph g = CommitGraph(*store);
  const auto& n = g.nodes;
  auto tx = Begin(*store, TxMode::kWrite);
  Must(tx->CreateRelationship(n[1], g.owns, n[3], {}));
  tx->SetSavePoint();
  Must(tx->CreateRelationship(n[1], g.owns, n[3], {}));
  MustOk(tx->DeleteNode(n[0], /*detach=*/true, nullptr));
  Must(tx->RemoveLabel(n[2], g.company));
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 2);
  MustOk(tx->RollbackToSavePoint());
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 1);
  CHECK(Must(tx->CountNodes(g.company)) == 2);
  ExpectFiguresAgree(*tx, g);
  // The same figures change again after the rollback (no stale cached value survives it).
  Must(tx->CreateRelationship(n[1], g.owns, n[3], {}));
  Must(tx->RemoveLabel(n[2], g.company));
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 2);
  CHECK(Must(tx->CountNodes(g.company)) == 1);
  ExpectFiguresAgree(*tx, g);
  // Nested savepoints undo their own writes only.
  tx->SetSavePoint();
  Must(tx->CreateRelationship(n[1], g.owns, n[3], {}));
  tx->SetSavePoint();
  Must(tx->CreateRelationship(n[1], g.owns, n[3], {}));
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 4);
  MustOk(tx->RollbackToSavePoint());
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 3);
  MustOk(tx->RollbackToSavePoint());
  CHECK(Must(tx->Degree(n[1], Direction::kOutgoing, g.owns)) == 2);
  // A failed statement changes nothing: the node still has relationships.
  CHECK(tx->DeleteNode(n[1], /*detach=*/false, nullptr).code() == StatusCode::kConstraint);
  ExpectFiguresAgree(*tx, g);
  MustOk(tx->Commit());
  ExpectCommittedFiguresAgree(*store, g);

  tx = Begin(*store, TxMode::kWrite);
  MustOk(tx->DeleteNode(n[1], /*detach=*/true, nullptr));
  tx->Rollback();
  ExpectCommittedFiguresAgree(*store, g);
  auto read = Begin(*store, TxMode::kRead);
  CHECK(Must(read->Degree(n[1], Direction::kOutgoing, g.owns)) == 2);
}

TEST_CASE("A bulk import adds its degrees and counts to the stored ones", "[store][figures]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  Graph g = CommitGraph(*store);
  for (int round = 0; round < 2; ++round) {  // into a database with figures, then again
    auto loader = Must(store->BeginBulkLoad());
    const NodeId a = Must(loader->AddNode({g.person}, {}));
    const NodeId b = Must(loader->AddNode({g.company, g.person}, {}));
    Must(loader->AddRelationship(a, g.knows, b, {}));
    Must(loader->AddRelationship(a, g.knows, b, {}));
    Must(loader->AddRelationship(b, g.owns, b, {}));
    Must(loader->AddRelationship(g.nodes[0], g.knows, a, {}));  // to a node stored before
    Must(loader->AddRelationship(b, g.owns, g.nodes[0], {}));
    MustOk(loader->Finish());
    g.nodes.push_back(a);
    g.nodes.push_back(b);
    ExpectCommittedFiguresAgree(*store, g);
  }
  auto tx = Begin(*store, TxMode::kRead);
  CHECK(Must(tx->Degree(g.nodes[0], Direction::kOutgoing, g.knows)) == 5);
  CHECK(Must(tx->Degree(g.nodes[0], Direction::kIncoming, g.owns)) == 3);
  CHECK(Must(tx->CountNodes(g.person)) == 7);
  CHECK(Must(tx->CountRelationships(std::nullopt)) == 16);
}

TEST_CASE("An older database counts when read and is migrated when opened for write",
          "[store][figures][format]") {
  TempDir dir;
  Graph g;
  {
    auto store = OpenStore(dir.path());
    g = CommitGraph(*store);
    MustOk(DropFiguresForTesting(store.get(), 2));
  }
  {
    auto reader = OpenStore(dir.path(), /*read_only=*/true);
    CHECK(StoredFormat(*reader) == 2);
    ExpectCommittedFiguresAgree(*reader, g);  // counted: the store has no figures
    CHECK(Must(Begin(*reader, TxMode::kRead)->CountNodes(g.person)) == 3);
  }
  auto store = OpenStore(dir.path());
  CHECK(StoredFormat(*store) == 3);
  CHECK(Must(RawReadForTesting(store.get(), "default", NodeCountKey(g.person))) == Fixed(3));
  const std::string loop = DegreeKey(g.nodes[2], DegreeSlot::kLoops, g.owns);
  CHECK(Must(RawReadForTesting(store.get(), "degree", loop)) == Fixed(1));
  ExpectCommittedFiguresAgree(*store, g);
  auto tx = Begin(*store, TxMode::kWrite);
  MustOk(tx->DeleteNode(g.nodes[0], /*detach=*/true, nullptr));
  MustOk(tx->Commit());
  ExpectCommittedFiguresAgree(*store, g);
}

TEST_CASE("A migration redone after an interruption drops the figures it left",
          "[store][figures][format]") {
  TempDir dir;
  Graph g;
  {
    auto store = OpenStore(dir.path());
    g = CommitGraph(*store);
    // As if a migration had stopped halfway and an older build had written since: format 2,
    // wrong, missing and stray figures.
    MustOk(RawWriteForTesting(store.get(), "default", kMetaFormatVersion, Fixed(2)));
    MustOk(RawWriteForTesting(store.get(), "degree",
                              DegreeKey(g.nodes[0], DegreeSlot::kOut, g.knows), Fixed(9)));
    MustOk(RawWriteForTesting(store.get(), "degree", DegreeKey(g.nodes[4], DegreeSlot::kIn, g.owns),
                              Fixed(2)));
    MustOk(RawWriteForTesting(store.get(), "degree",
                              DegreeKey(g.nodes[1], DegreeSlot::kIn, g.knows), std::nullopt));
    MustOk(RawWriteForTesting(store.get(), "default", RelCountKey(g.owns), Fixed(7)));
    MustOk(RawWriteForTesting(store.get(), "default", NodeCountKey(std::nullopt), std::nullopt));
  }
  auto store = OpenStore(dir.path());
  CHECK(StoredFormat(*store) == 3);
  ExpectCommittedFiguresAgree(*store, g);
}

TEST_CASE("Check() reports stored degrees and counts that disagree with the data",
          "[store][figures][check]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  Graph g = CommitGraph(*store);
  auto problems = [&] { return Must(store->Check()).problems; };
  auto expect_one = [&](const std::string& text) {
    const std::vector<std::string> found = problems();
    REQUIRE(found.size() == 1);
    CHECK(found[0].find(text) != std::string::npos);
  };
  const std::string degree = DegreeKey(g.nodes[1], DegreeSlot::kOut, g.knows);
  MustOk(RawWriteForTesting(store.get(), "degree", degree, Fixed(2)));
  expect_one("stored outgoing degree of node " + std::to_string(g.nodes[1]));
  MustOk(RawWriteForTesting(store.get(), "degree", degree, std::nullopt));
  expect_one("is missing");
  MustOk(RawWriteForTesting(store.get(), "degree", degree, Fixed(1)));
  CHECK(problems().empty());
  const std::string stray = DegreeKey(g.nodes[4], DegreeSlot::kLoops, g.owns);
  MustOk(RawWriteForTesting(store.get(), "degree", stray, Fixed(1)));
  expect_one("has no relationships");
  MustOk(RawWriteForTesting(store.get(), "degree", stray, std::nullopt));
  MustOk(RawWriteForTesting(store.get(), "default", NodeCountKey(g.company), Fixed(5)));
  expect_one("is 5, recounted 2");
  MustOk(RawWriteForTesting(store.get(), "default", NodeCountKey(g.company), std::string("x")));
  expect_one("undecodable count");
}

TEST_CASE("A read transaction's degrees stay its snapshot's, asked once or again",
          "[store][figures]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  Graph g = CommitGraph(*store);
  auto read = Begin(*store, TxMode::kRead);
  ExpectFiguresAgree(*read, g);  // every (node, direction, type) asked once
  CommitAnotherKnows(*store, g);
  ExpectFiguresAgree(*read, g);  // and again: answers kept by node, direction and type
  CHECK(Must(read->Degree(g.nodes[4], Direction::kOutgoing, g.knows)) == 0);
  CHECK(Must(read->Degree(g.nodes[0], Direction::kIncoming, std::nullopt)) == 2);
  auto fresh = Begin(*store, TxMode::kRead);
  CHECK(Must(fresh->Degree(g.nodes[4], Direction::kOutgoing, g.knows)) == 1);
  CHECK(Must(fresh->Degree(g.nodes[0], Direction::kIncoming, std::nullopt)) == 3);
}

TEST_CASE("Prefetched degrees equal the degrees read one by one, from the snapshot",
          "[store][figures]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  Graph g = CommitGraph(*store);
  auto read = Begin(*store, TxMode::kRead);
  CommitAnotherKnows(*store, g);
  // Every node (and a missing one, and repeats) in every direction and type, prefetched before
  // anything is read; each must then answer as the adjacency list the snapshot holds.
  std::vector<NodeId> nodes = g.nodes;
  nodes.push_back(g.nodes.back() + 100);
  nodes.push_back(g.nodes[0]);
  for (Direction d : {Direction::kOutgoing, Direction::kIncoming, Direction::kBoth}) {
    for (TokenId type : g.types()) MustOk(read->PrefetchDegrees(nodes, d, type));
  }
  ExpectFiguresAgree(*read, g);
  CHECK(Must(read->Degree(nodes[4], Direction::kOutgoing, g.knows)) == 0);  // not committed yet
  CHECK(Must(read->Degree(nodes[0], Direction::kBoth, g.knows)) == 3);
  CHECK(Must(read->Degree(nodes[5], Direction::kIncoming, g.owns)) == 0);  // a missing node
  // A write transaction reads its own writes, whatever it prefetched.
  auto tx = Begin(*store, TxMode::kWrite);
  Must(tx->CreateRelationship(nodes[4], g.knows, nodes[1], {}));
  MustOk(tx->PrefetchDegrees({nodes[4]}, Direction::kOutgoing, g.knows));
  CHECK(Must(tx->Degree(nodes[4], Direction::kOutgoing, g.knows)) == 2);
  tx->Rollback();
  CHECK(tx->PrefetchDegrees({nodes[4]}, Direction::kOutgoing, g.knows).code() ==
        StatusCode::kAborted);
}
