#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

TEST_CASE("Nodes, labels and properties: create, read, update, delete", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto tx = Begin(*store, TxMode::kWrite);
  const TokenId person = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Person"));
  const TokenId org = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Org"));
  const TokenId age = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "age"));
  const TokenId tags = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "tags"));
  CHECK(Must(tx->GetOrCreateToken(TokenKind::kLabel, "Person")) == person);
  CHECK(*tx->FindToken(TokenKind::kLabel, "Org") == org);
  CHECK(!tx->FindToken(TokenKind::kRelType, "Person"));
  CHECK(Must(tx->TokenName(TokenKind::kPropertyKey, age)) == "age");

  const NodeId a = Must(tx->CreateNode({person, person}, {{age, Value(41)}, {tags, Value()}}));
  const NodeId b = Must(tx->CreateNode({}, {}));
  CHECK(b > a);
  CHECK(tx->NodeExists(a));
  CHECK(Must(tx->NodeLabels(a)) == std::vector<TokenId>{person});
  CHECK(Must(tx->NodeProperties(a)).size() == 1);
  CHECK(Must(tx->NodeProperty(a, age)).as_int() == 41);
  CHECK(Must(tx->NodeProperty(a, tags)).is_null());

  CHECK(Must(tx->SetNodeProperty(a, tags, Value(ValueList{Value("x"), Value("y")}))));
  CHECK(!Must(tx->SetNodeProperty(a, age, Value(41))));
  CHECK(Must(tx->SetNodeProperty(a, age, Value())));
  CHECK(Must(tx->NodeProperty(a, age)).is_null());
  CHECK(tx->SetNodeProperty(a, age, Value(ValueMap{})).status().code() ==
        StatusCode::kInvalidArgument);

  CHECK(Must(tx->AddLabel(a, org)));
  CHECK(!Must(tx->AddLabel(a, org)));
  CHECK(Drain(tx->ScanLabel(org)) == std::vector<NodeId>{a});
  CHECK(Must(tx->RemoveLabel(a, person)));
  CHECK(!Must(tx->RemoveLabel(a, person)));
  CHECK(Drain(tx->ScanLabel(person)).empty());
  CHECK(Drain(tx->ScanNodes()) == std::vector<NodeId>{a, b});

  uint64_t deleted = 99;
  MustOk(tx->DeleteNode(b, false, &deleted));
  CHECK(deleted == 0);
  CHECK(!tx->NodeExists(b));
  CHECK(tx->NodeLabels(b).status().code() == StatusCode::kNotFound);
  CHECK(tx->SetNodeProperty(b, age, Value(1)).status().code() == StatusCode::kNotFound);
  MustOk(tx->Commit());
  CHECK(tx->CreateNode({}, {}).status().code() == StatusCode::kAborted);

  auto check = Must(store->Check());
  CHECK(check.problems.empty());
  CHECK(check.nodes == 1);
}

TEST_CASE("A read transaction scans a label in id order and reads scanned nodes", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  std::vector<NodeId> sparse, dense, all;
  TokenId rare = 0, common = 0, rank = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    rare = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Rare"));
    common = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Common"));
    rank = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "rank"));
    // Rare: every 37th node, so the scan follows it by Seek; Common: by Next.
    for (int i = 0; i < 400; ++i) {
      const bool is_rare = i % 37 == 0;
      const NodeId id = Must(tx->CreateNode({is_rare ? rare : common}, {{rank, Value(i)}}));
      (is_rare ? sparse : dense).push_back(id);
      all.push_back(id);
    }
    MustOk(tx->Commit());
  }
  auto tx = Begin(*store, TxMode::kRead);
  for (TokenId label : {rare, common}) {
    std::vector<NodeId> seen;
    std::vector<int64_t> ranks;
    auto cursor = tx->ScanLabel(label);
    NodeId id;
    while (cursor->Next(&id)) {
      seen.push_back(id);
      ranks.push_back(Must(tx->NodeProperty(id, rank)).as_int());
      CHECK(Must(tx->NodeLabels(id)) == std::vector<TokenId>{label});
    }
    MustOk(cursor->status());
    CHECK(seen == (label == rare ? sparse : dense));
    CHECK(ranks.size() == seen.size());
    for (size_t i = 0; i < seen.size(); ++i)
      CHECK(ranks[i] == static_cast<int64_t>(seen[i] - all[0]));
  }
  CHECK(Drain(tx->ScanNodes()) == all);
  CHECK(Must(tx->NodeProperty(all[7], rank)).as_int() == 7);
}

TEST_CASE("Relationships, adjacency in both directions, detach delete", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto tx = Begin(*store, TxMode::kWrite);
  const TokenId knows = Must(tx->GetOrCreateToken(TokenKind::kRelType, "KNOWS"));
  const TokenId owns = Must(tx->GetOrCreateToken(TokenKind::kRelType, "OWNS"));
  const TokenId since = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "since"));
  const NodeId a = Must(tx->CreateNode({}, {}));
  const NodeId b = Must(tx->CreateNode({}, {}));
  const NodeId c = Must(tx->CreateNode({}, {}));
  const RelId ab = Must(tx->CreateRelationship(a, knows, b, {{since, Value(2020)}}));
  const RelId ac = Must(tx->CreateRelationship(a, owns, c, {}));
  CHECK(Must(tx->GetRelationship(ac)).type == owns);
  const RelId ca = Must(tx->CreateRelationship(c, knows, a, {}));
  const RelId aa = Must(tx->CreateRelationship(a, knows, a, {}));
  CHECK(tx->CreateRelationship(a, knows, 999, {}).status().code() == StatusCode::kNotFound);

  const RelRecord rel = Must(tx->GetRelationship(ab));
  CHECK((rel.start == a && rel.end == b && rel.type == knows));
  CHECK(Must(tx->RelProperty(ab, since)).as_int() == 2020);
  CHECK(Must(tx->SetRelProperty(ab, since, Value(2021))));
  CHECK(Must(tx->RelProperties(ab)).at(0).second.as_int() == 2021);

  CHECK(Must(tx->Degree(a, Direction::kOutgoing, std::nullopt)) == 3);
  CHECK(Must(tx->Degree(a, Direction::kIncoming, std::nullopt)) == 2);
  CHECK(Must(tx->Degree(a, Direction::kBoth, std::nullopt)) == 4);  // the self-loop once
  CHECK(Must(tx->Degree(a, Direction::kOutgoing, owns)) == 1);
  CHECK(Must(tx->Degree(b, Direction::kIncoming, knows)) == 1);
  std::set<RelId> out_rels;
  for (const AdjacencyEntry& e : Drain(tx->Expand(a, Direction::kOutgoing, knows))) {
    CHECK(e.direction == Direction::kOutgoing);
    CHECK(e.type == knows);
    out_rels.insert(e.rel);
  }
  CHECK(out_rels == std::set<RelId>{ab, aa});
  const auto incoming = Drain(tx->Expand(b, Direction::kIncoming, std::nullopt));
  REQUIRE(incoming.size() == 1);
  CHECK((incoming[0].rel == ab && incoming[0].other == a));
  CHECK(Drain(tx->ScanRelationships(knows)).size() == 3);
  CHECK(Drain(tx->ScanRelationships(std::nullopt)).size() == 4);

  const Status refused = tx->DeleteNode(a, false, nullptr);
  CHECK(refused.code() == StatusCode::kConstraint);
  CHECK(refused.message() ==
        "node " + std::to_string(a) +
            " still has relationships; delete them first or use DETACH DELETE");
  MustOk(tx->DeleteRelationship(ca));
  CHECK(tx->GetRelationship(ca).status().code() == StatusCode::kNotFound);
  uint64_t deleted = 0;
  MustOk(tx->DeleteNode(a, true, &deleted));
  CHECK(deleted == 3);
  CHECK(Drain(tx->ScanRelationships(std::nullopt)).empty());
  CHECK(Must(tx->Degree(b, Direction::kBoth, std::nullopt)) == 0);
  MustOk(tx->Commit());
  auto report = Must(store->Check());
  CHECK(report.problems.empty());
  CHECK(report.nodes == 2);
  CHECK(report.relationships == 0);
}

TEST_CASE("Rollback discards writes; ids are never reused; data persists across reopen",
          "[store]") {
  TempDir dir;
  NodeId kept = 0;
  TokenId label = 0;
  {
    auto store = OpenStore(dir.path());
    auto tx = Begin(*store, TxMode::kWrite);
    label = Must(tx->GetOrCreateToken(TokenKind::kLabel, "L"));
    const NodeId dropped = Must(tx->CreateNode({label}, {}));
    tx->Rollback();
    auto read = Begin(*store, TxMode::kRead);
    CHECK(!read->NodeExists(dropped));
    read->Rollback();
    auto tx2 = Begin(*store, TxMode::kWrite);
    kept = Must(tx2->CreateNode({label}, {{label, Value("v")}}));
    CHECK(kept > dropped);
    MustOk(tx2->Commit());
  }
  auto store = OpenStore(dir.path());
  auto tx = Begin(*store, TxMode::kWrite);
  CHECK(*tx->FindToken(TokenKind::kLabel, "L") == label);
  CHECK(Drain(tx->ScanLabel(label)) == std::vector<NodeId>{kept});
  CHECK(Must(tx->NodeProperty(kept, label)).as_string() == "v");
  CHECK(Must(tx->CreateNode({}, {})) > kept);
}

TEST_CASE("A write transaction reads its own writes; readers see a snapshot", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto before = Begin(*store, TxMode::kRead);
  auto tx = Begin(*store, TxMode::kWrite);
  const NodeId n = Must(tx->CreateNode({}, {}));
  CHECK(tx->NodeExists(n));
  CHECK(Drain(tx->ScanNodes()).size() == 1);
  MustOk(tx->Commit());
  CHECK(!before->NodeExists(n));
  CHECK(Drain(before->ScanNodes()).empty());
  CHECK(before->CreateNode({}, {}).status().code() == StatusCode::kInvalidArgument);
  auto after = Begin(*store, TxMode::kRead);
  CHECK(after->NodeExists(n));
}

TEST_CASE("Readers see all or nothing of each concurrent commit", "[store][concurrency]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  TokenId type = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    type = Must(tx->GetOrCreateToken(TokenKind::kRelType, "NEXT"));
    MustOk(tx->Commit());
  }
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int i = 0; i < 150; ++i) {
      auto tx = store->Begin(TxMode::kWrite);
      if (!tx.ok()) break;
      auto a = (*tx)->CreateNode({}, {});
      auto b = (*tx)->CreateNode({}, {});
      if (a.ok() && b.ok()) (*tx)->CreateRelationship(*a, type, *b, {}).status().IgnoreError();
      (*tx)->Commit().IgnoreError();
    }
    done = true;
  });
  int snapshots = 0;
  while (!done || snapshots < 5) {
    auto tx = Begin(*store, TxMode::kRead);
    const size_t nodes = Drain(tx->ScanNodes()).size();
    const size_t rels = Drain(tx->ScanRelationships(std::nullopt)).size();
    REQUIRE(nodes == 2 * rels);
    ++snapshots;
  }
  writer.join();
  auto tx = Begin(*store, TxMode::kRead);
  CHECK(Drain(tx->ScanNodes()).size() == 300);
}

TEST_CASE("A second write transaction waits for the first", "[store][concurrency]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto first = Begin(*store, TxMode::kWrite);
  // Catch2's assertions are not thread-safe: the thread only records what it saw.
  std::atomic<bool> second_started{false};
  bool second_ok = false;
  size_t nodes_seen = 0;
  std::thread t([&] {
    auto second = store->Begin(TxMode::kWrite);
    second_started = true;
    second_ok = second.ok();
    if (!second_ok) return;
    auto nodes = (*second)->ScanNodes();
    for (NodeId id; nodes->Next(&id);) ++nodes_seen;
    second_ok = nodes->status().ok();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(!second_started);
  Must(first->CreateNode({}, {}));
  MustOk(first->Commit());
  t.join();
  CHECK(second_started);
  REQUIRE(second_ok);
  CHECK(nodes_seen == 1);  // sees the first one's commit
}
