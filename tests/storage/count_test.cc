// Exact counts of a transaction: nodes by label or all, relationships by type or all, in read
// transactions and in write transactions that created and deleted some themselves.
#include <catch2/catch.hpp>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

TEST_CASE("Counts of nodes and relationships follow the transaction's own writes", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto tx = Begin(*store, TxMode::kWrite);
  const TokenId person = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Person"));
  const TokenId company = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Company"));
  const TokenId knows = Must(tx->GetOrCreateToken(TokenKind::kRelType, "KNOWS"));
  const TokenId owns = Must(tx->GetOrCreateToken(TokenKind::kRelType, "OWNS"));
  std::vector<NodeId> people;
  for (int i = 0; i < 7; ++i) people.push_back(Must(tx->CreateNode({person}, {})));
  const NodeId both = Must(tx->CreateNode({person, company}, {}));
  const NodeId bare = Must(tx->CreateNode({}, {}));
  for (int i = 0; i < 6; ++i) Must(tx->CreateRelationship(people[i], knows, people[i + 1], {}));
  Must(tx->CreateRelationship(both, owns, bare, {}));
  Must(tx->CreateRelationship(bare, owns, bare, {}));
  CHECK(Must(tx->CountNodes(person)) == 8);
  CHECK(Must(tx->CountNodes(company)) == 1);
  CHECK(Must(tx->CountNodes(std::nullopt)) == 9);
  CHECK(Must(tx->CountRelationships(knows)) == 6);
  CHECK(Must(tx->CountRelationships(owns)) == 2);
  CHECK(Must(tx->CountRelationships(std::nullopt)) == 8);
  MustOk(tx->Commit());

  auto write = Begin(*store, TxMode::kWrite);
  uint64_t detached = 0;
  MustOk(write->DeleteNode(people[3], /*detach=*/true, &detached));
  CHECK(detached == 2);
  MustOk(write->RemoveLabel(both, company).status());
  CHECK(Must(write->CountNodes(person)) == 7);
  CHECK(Must(write->CountNodes(company)) == 0);
  CHECK(Must(write->CountRelationships(knows)) == 4);
  CHECK(Must(write->CountRelationships(std::nullopt)) == 6);

  auto read = Begin(*store, TxMode::kRead);  // the snapshot before the uncommitted deletion
  CHECK(Must(read->CountNodes(person)) == 8);
  CHECK(Must(read->CountRelationships(knows)) == 6);
  const TokenId unused = Must(write->GetOrCreateToken(TokenKind::kRelType, "UNUSED"));
  CHECK(Must(read->CountRelationships(unused)) == 0);
}
