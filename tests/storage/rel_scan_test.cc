// Relationship scans: all relationships, or one type's through type_idx and the rel family in
// one pass; in read transactions (streamed, properties of the scanned relationship read after)
// and write transactions (own creations and deletions seen).
#include <catch2/catch.hpp>
#include <map>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

struct RelGraph {
  TokenId knows = 0, owns = 0, rank = 0;
  std::map<RelId, RelRecord> rels;  // every relationship, as created
};

// 300 relationships in runs of 1 to 20 of one type, so a typed scan both steps and seeks.
RelGraph MakeGraph(Store& store) {
  RelGraph g;
  auto tx = Begin(store, TxMode::kWrite);
  g.knows = Must(tx->GetOrCreateToken(TokenKind::kRelType, "KNOWS"));
  g.owns = Must(tx->GetOrCreateToken(TokenKind::kRelType, "OWNS"));
  g.rank = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "rank"));
  const NodeId a = Must(tx->CreateNode({}, {}));
  const NodeId b = Must(tx->CreateNode({}, {}));
  int run = 0;
  for (int i = 0; i < 300; ++i) {
    if (i % 20 == 0) ++run;
    const TokenId type = (i % 20) < run ? g.knows : g.owns;
    const NodeId end = i % 3 == 0 ? a : b;  // self-loops on a among them
    const RelId id = Must(tx->CreateRelationship(a, type, end, {{g.rank, Value(int64_t{i})}}));
    g.rels[id] = RelRecord{id, type, a, end};
  }
  MustOk(tx->Commit());
  return g;
}

std::vector<RelId> Expected(const RelGraph& g, std::optional<TokenId> type) {
  std::vector<RelId> ids;
  for (const auto& [id, rel] : g.rels) {
    if (!type || rel.type == *type) ids.push_back(id);
  }
  return ids;
}

// Scans `type` and checks each record against `g`; the ids in scan order.
std::vector<RelId> Scan(Transaction& tx, const RelGraph& g, std::optional<TokenId> type) {
  std::vector<RelId> ids;
  for (const RelRecord& rel : Drain(tx.ScanRelationships(type))) {
    const RelRecord& want = g.rels.at(rel.id);
    CHECK((rel.type == want.type && rel.start == want.start && rel.end == want.end));
    ids.push_back(rel.id);
  }
  return ids;
}

}  // namespace

TEST_CASE("A typed relationship scan yields the type's relationships in id order", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const RelGraph g = MakeGraph(*store);
  auto tx = Begin(*store, TxMode::kRead);
  CHECK(Scan(*tx, g, g.knows) == Expected(g, g.knows));
  CHECK(Scan(*tx, g, g.owns) == Expected(g, g.owns));
  CHECK(Scan(*tx, g, std::nullopt) == Expected(g, std::nullopt));
  CHECK(Scan(*tx, g, g.rank).empty());  // a token that is no relationship type
}

TEST_CASE("The properties of a scanned relationship are its own", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const RelGraph g = MakeGraph(*store);
  auto tx = Begin(*store, TxMode::kRead);
  for (std::optional<TokenId> type : {std::optional<TokenId>(g.owns), std::optional<TokenId>()}) {
    auto cursor = tx->ScanRelationships(type);
    RelRecord rel;
    RelId previous = 0;
    while (cursor->Next(&rel)) {
      const int64_t rank = Must(tx->RelProperty(rel.id, g.rank)).as_int();
      CHECK(g.rels.find(rel.id) == std::next(g.rels.begin(), rank));
      if (previous != 0) CHECK(Must(tx->RelProperty(previous, g.rank)).as_int() < rank);
      previous = rel.id;
    }
    MustOk(cursor->status());
  }
}

TEST_CASE("A write transaction's relationship scans see its own changes", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  RelGraph g = MakeGraph(*store);
  auto tx = Begin(*store, TxMode::kWrite);
  for (RelId id : Expected(g, g.knows)) {
    if (id % 2 == 0) {
      MustOk(tx->DeleteRelationship(id));
      g.rels.erase(id);
    }
  }
  const RelRecord first = g.rels.begin()->second;
  const RelId added = Must(tx->CreateRelationship(first.end, g.knows, first.start, {}));
  g.rels[added] = RelRecord{added, g.knows, first.end, first.start};
  CHECK(Scan(*tx, g, g.knows) == Expected(g, g.knows));
  CHECK(Scan(*tx, g, g.owns) == Expected(g, g.owns));
  CHECK(Scan(*tx, g, std::nullopt) == Expected(g, std::nullopt));
  MustOk(tx->Commit());
  auto read = Begin(*store, TxMode::kRead);
  CHECK(Scan(*read, g, g.knows) == Expected(g, g.knows));
}
