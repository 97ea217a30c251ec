// Label tests and reads of nodes through the read transaction's caches (label cache, record
// cache, the node a scan yielded last) and in write transactions, which cache nothing.
#include <catch2/catch.hpp>
#include <vector>

#include "storage/label_cache.h"
#include "storage/record_cache.h"
#include "storage/record_codec.h"
#include "storage/scan_window.h"
#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

TEST_CASE("The label cache starts afresh when full and skips nodes with many labels", "[store]") {
  LabelCache cache;
  cache.Put(1, {3, 5});
  REQUIRE(cache.Find(1) != nullptr);
  CHECK(cache.Find(1)->Has(5));
  CHECK(!cache.Find(1)->Has(4));
  cache.Put(2, {1, 2, 3, 4});
  CHECK(cache.Find(2) == nullptr);
  for (NodeId id = 10; id < 10 + LabelCache::kCapacity; ++id) cache.Put(id, {7});
  CHECK(cache.Find(1) == nullptr);
  REQUIRE(cache.Find(10 + LabelCache::kCapacity - 1) != nullptr);
  CHECK(cache.Find(10 + LabelCache::kCapacity - 1)->Has(7));
}

TEST_CASE("Label tests of more nodes than the caches keep stay right", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const size_t n = RecordCache<NodeRecord>::kCapacity + 500;
  std::vector<NodeId> ids;
  TokenId a = 0, b = 0, rank = 0;
  std::vector<TokenId> many;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    a = Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"));
    b = Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"));
    for (const char* name : {"C", "D", "E"}) {
      many.push_back(Must(tx->GetOrCreateToken(TokenKind::kLabel, name)));
    }
    rank = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "rank"));
    for (size_t i = 0; i < n; ++i) {
      std::vector<TokenId> labels{i % 3 == 0 ? a : b};
      if (i % 101 == 0) labels.insert(labels.end(), many.begin(), many.end());  // 4 labels
      ids.push_back(Must(tx->CreateNode(labels, {{rank, Value(int64_t(i))}})));
    }
    MustOk(tx->Commit());
  }
  auto tx = Begin(*store, TxMode::kRead);
  CHECK(tx->NodeHasLabel(ids.back() + 1000, a).status().code() == StatusCode::kNotFound);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < n; ++i) {
      INFO("node " << i << " pass " << pass);
      CHECK(Must(tx->NodeHasLabel(ids[i], a)) == (i % 3 == 0));
      CHECK(Must(tx->NodeHasLabel(ids[i], b)) == (i % 3 != 0));
      CHECK(Must(tx->NodeHasLabel(ids[i], many[1])) == (i % 101 == 0));
      if (i % 97 == 0) {
        CHECK(Must(tx->NodeLabels(ids[i])).size() == (i % 101 == 0 ? 4u : 1u));
        CHECK(Must(tx->NodeProperty(ids[i], rank)).as_int() == int64_t(i));
      }
    }
  }
  // Labels a and b are now answered from their member sets, which hold no missing node.
  CHECK(!Must(tx->NodeHasLabel(ids.back() + 1000, a)));
  CHECK(tx->NodeLabels(ids.back() + 1000).status().code() == StatusCode::kNotFound);
}

TEST_CASE("A label's member set answers its tests once they missed often enough", "[store]") {
  LabelCache cache;
  const TokenId label = 4;
  const uint64_t estimate = 1000;
  uint64_t misses = 1;
  int estimates = 0;
  auto estimate_once = [&] {
    ++estimates;
    return estimate;
  };
  while (!cache.CountMiss(label, estimate_once)) ++misses;
  CHECK(estimates == 1);
  CHECK(misses == estimate / LabelCache::kMissesPerMember);
  CHECK(cache.Members(label) == nullptr);
  IdSet* members = cache.NewMembers(label);
  members->Insert(7);
  REQUIRE(cache.KeepMembers());
  REQUIRE(cache.Members(label) == members);
  CHECK(cache.Members(label)->Contains(7));
  CHECK(cache.Members(label + 1) == nullptr);
  // A label too large for the budget gets no set, nor does one whose set was dropped.
  const uint64_t huge = LabelCache::kBudgetBytes;
  for (int i = 0; i < 1000; ++i) CHECK(!cache.CountMiss(label + 1, [&] { return huge; }));
  while (!cache.CountMiss(label + 2, [] { return LabelCache::kMinMisses; })) {
  }
  cache.NewMembers(label + 2);
  cache.DropMembers();
  CHECK(cache.Members(label + 2) == nullptr);
  for (int i = 0; i < 1000; ++i)
    CHECK(!cache.CountMiss(label + 2, [] { return LabelCache::kMinMisses; }));
}

TEST_CASE("Label tests through member sets agree with the records, beside other labels",
          "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const size_t n = 3000;
  std::vector<NodeId> ids;
  TokenId a = 0, b = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    a = Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"));
    b = Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"));
    for (size_t i = 0; i < n; ++i) {
      std::vector<TokenId> labels;
      if (i % 2 == 0) labels.push_back(a);
      if (i % 5 == 0) labels.push_back(b);
      ids.push_back(Must(tx->CreateNode(labels, {})));
    }
    MustOk(tx->Commit());
  }
  auto tx = Begin(*store, TxMode::kRead);
  // Nodes in a scattered order, so that the set is built partway through the first pass.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < n; ++k) {
      const size_t i = (k * 7919) % n;
      INFO("node " << i << " pass " << pass);
      CHECK(Must(tx->NodeHasLabel(ids[i], a)) == (i % 2 == 0));
      CHECK(Must(tx->NodeHasLabel(ids[i], b)) == (i % 5 == 0));
    }
  }
}

TEST_CASE("The scan window keeps the last nodes of an ascending run", "[store]") {
  ScanWindow window;
  CHECK(window.Find(1) == nullptr);
  const NodeId n = ScanWindow::kNodes + 10;
  for (NodeId id = 1; id <= n; ++id) window.Remember(id * 2, "v" + std::to_string(id * 2));
  // Ids 2, 4, ... 2n: the last kNodes of them are kept, the ones between never were.
  for (NodeId id = 1; id <= n; ++id) {
    INFO("id " << id * 2);
    const std::string* bytes = window.Find(id * 2);
    if (id <= n - ScanWindow::kNodes) {
      CHECK(bytes == nullptr);
    } else {
      REQUIRE(bytes != nullptr);
      CHECK(*bytes == "v" + std::to_string(id * 2));
    }
    CHECK(window.Find(id * 2 + 1) == nullptr);
  }
  CHECK(window.Find(0) == nullptr);
  // An id that does not ascend starts a new run.
  window.Remember(7, "seven");
  CHECK(window.Find(2 * n) == nullptr);
  REQUIRE(window.Find(7) != nullptr);
  CHECK(*window.Find(7) == "seven");
  window.Remember(7, "again");
  CHECK(*window.Find(7) == "again");
  window.Clear();
  CHECK(window.Find(7) == nullptr);
  CHECK(window.held_bytes() == 0);
  // Long values: the oldest nodes go once their bytes pass the budget.
  const std::string text(ScanWindow::kBudgetBytes / 10, 'x');
  for (NodeId id = 1; id <= 30; ++id) {
    window.Remember(id, text);
    CHECK(window.held_bytes() <= ScanWindow::kBudgetBytes);
  }
  CHECK(window.Find(20) == nullptr);
  REQUIRE(window.Find(21) != nullptr);
  CHECK(window.Find(21)->size() == text.size());
  REQUIRE(window.Find(30) != nullptr);
  CHECK(window.held_bytes() == 10 * text.size());
}

TEST_CASE("A scanned node's labels and properties are read from its value bytes", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  TokenId a = 0, b = 0, name = 0, rank = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    a = Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"));
    b = Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"));
    name = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "name"));
    rank = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "rank"));
    for (int i = 0; i < 50; ++i) {
      Must(tx->CreateNode({a, b}, {{name, Value("n" + std::to_string(i))}, {rank, Value(i)}}));
    }
    MustOk(tx->Commit());
  }
  auto tx = Begin(*store, TxMode::kRead);
  auto cursor = tx->ScanLabel(a);
  NodeId id;
  int i = 0;
  while (cursor->Next(&id)) {
    INFO("node " << i);
    CHECK(Must(tx->NodeHasLabel(id, b)));
    CHECK(!Must(tx->NodeHasLabel(id, rank)));  // a token that is not one of its labels
    CHECK(Must(tx->NodeProperty(id, rank)).as_int() == i);
    if (i % 2 == 0) CHECK(Must(tx->NodeProperties(id)).size() == 2);  // decodes the record
    CHECK(Must(tx->NodeProperty(id, name)).as_string() == "n" + std::to_string(i));
    CHECK(Must(tx->NodeLabels(id)) == std::vector<TokenId>{a, b});
    ++i;
  }
  MustOk(cursor->status());
  CHECK(i == 50);
  // After the scan, from the window of nodes it yielded last.
  auto again = tx->ScanLabel(a);
  std::vector<NodeId> ids;
  while (again->Next(&id)) ids.push_back(id);
  MustOk(again->status());
  REQUIRE(ids.size() == 50);
  for (int k = 0; k < 50; ++k) {
    CHECK(Must(tx->NodeProperty(ids[k], rank)).as_int() == k);
    CHECK(Must(tx->NodeHasLabel(ids[k], b)));
  }
}

TEST_CASE("A write transaction sees its own label changes and a reader keeps its snapshot",
          "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  TokenId a = 0, b = 0;
  NodeId node = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    a = Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"));
    b = Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"));
    node = Must(tx->CreateNode({a}, {}));
    MustOk(tx->Commit());
  }
  auto reader = Begin(*store, TxMode::kRead);
  CHECK(Must(reader->NodeHasLabel(node, a)));  // now in the reader's label cache
  {
    auto tx = Begin(*store, TxMode::kWrite);
    CHECK(Must(tx->NodeHasLabel(node, a)));
    CHECK(!Must(tx->NodeHasLabel(node, b)));
    CHECK(Must(tx->AddLabel(node, b)));
    CHECK(Must(tx->NodeHasLabel(node, b)));
    CHECK(Must(tx->RemoveLabel(node, a)));
    CHECK(!Must(tx->NodeHasLabel(node, a)));
    CHECK(Must(tx->NodeLabels(node)) == std::vector<TokenId>{b});
    MustOk(tx->Commit());
  }
  CHECK(Must(reader->NodeHasLabel(node, a)));
  CHECK(!Must(reader->NodeHasLabel(node, b)));
  CHECK(Must(reader->NodeLabels(node)) == std::vector<TokenId>{a});
  auto later = Begin(*store, TxMode::kRead);
  CHECK(!Must(later->NodeHasLabel(node, a)));
  CHECK(Must(later->NodeHasLabel(node, b)));
  {
    auto tx = Begin(*store, TxMode::kWrite);
    MustOk(tx->DeleteNode(node, false, nullptr));
    CHECK(tx->NodeHasLabel(node, b).status().code() == StatusCode::kNotFound);
    tx->Rollback();
  }
}

TEST_CASE("Prefetched nodes read as fetched ones would, from the transaction's view", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const size_t n = RecordCache<std::string>::kCapacity + 100;  // more than one batch keeps
  std::vector<NodeId> ids;
  TokenId a = 0, b = 0, name = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    a = Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"));
    b = Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"));
    name = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "name"));
    for (size_t i = 0; i < n; ++i) {
      ids.push_back(Must(tx->CreateNode({a}, {{name, Value("n" + std::to_string(i))}})));
    }
    MustOk(tx->Commit());
  }
  const NodeId missing = ids.back() + 1000;
  auto reader = Begin(*store, TxMode::kRead);
  {
    auto tx = Begin(*store, TxMode::kWrite);
    MustOk(tx->SetNodeProperty(ids[0], name, Value("changed")).status());
    MustOk(tx->AddLabel(ids[1], b).status());
    MustOk(tx->DeleteNode(ids[2], false, nullptr));
    MustOk(tx->Commit());
  }
  // Any order, repeats and missing nodes; the reader still sees its snapshot.
  MustOk(reader->PrefetchNodes({ids[2], ids[0], missing, ids[0], ids[1]}));
  CHECK(Must(reader->NodeProperty(ids[0], name)).as_string() == "n0");
  CHECK(!Must(reader->NodeHasLabel(ids[1], b)));
  CHECK(Must(reader->NodeLabels(ids[1])) == std::vector<TokenId>{a});
  CHECK(Must(reader->NodeProperties(ids[2])).size() == 1);
  CHECK(reader->NodeProperty(missing, name).status().code() == StatusCode::kNotFound);
  // More nodes than the record cache holds: the reads past it fetch their own.
  std::vector<NodeId> reversed(ids.rbegin(), ids.rend());
  MustOk(reader->PrefetchNodes(reversed));
  for (size_t i = 3; i < n; ++i) {
    INFO("node " << i);
    CHECK(Must(reader->NodeProperty(ids[i], name)).as_string() == "n" + std::to_string(i));
    CHECK(Must(reader->NodeHasLabel(ids[i], a)));
  }
  auto later = Begin(*store, TxMode::kRead);
  MustOk(later->PrefetchNodes({ids[0], ids[1], ids[2]}));
  CHECK(Must(later->NodeProperty(ids[0], name)).as_string() == "changed");
  CHECK(Must(later->NodeHasLabel(ids[1], b)));
  CHECK(later->NodeProperty(ids[2], name).status().code() == StatusCode::kNotFound);
  // Once ended, not even a cached label answers.
  later->Rollback();
  CHECK(later->NodeHasLabel(ids[1], b).status().code() == StatusCode::kAborted);
  CHECK(later->NodeLabels(ids[1]).status().code() == StatusCode::kAborted);
  CHECK(later->PrefetchNodes({ids[1]}).code() == StatusCode::kAborted);
  // A write transaction reads its own writes whatever was prefetched.
  {
    auto tx = Begin(*store, TxMode::kWrite);
    MustOk(tx->SetNodeProperty(ids[3], name, Value("mine")).status());
    MustOk(tx->PrefetchNodes({ids[3], ids[4]}));
    CHECK(Must(tx->NodeProperty(ids[3], name)).as_string() == "mine");
    tx->Rollback();
    CHECK(tx->PrefetchNodes({ids[3]}).code() == StatusCode::kAborted);
  }
}
