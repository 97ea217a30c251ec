#include <algorithm>
#include <catch2/catch.hpp>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

std::vector<NodeId> Sorted(std::vector<NodeId> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

struct Fixture {
  TempDir dir;
  std::unique_ptr<Store> store = OpenStore(dir.path());
  std::unique_ptr<Transaction> tx = Begin(*store, TxMode::kWrite);
  TokenId company = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Company"));
  TokenId person = Must(tx->GetOrCreateToken(TokenKind::kLabel, "Person"));
  TokenId name = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "name"));
  TokenId aliases = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "aliases"));
  TokenId age = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "age"));

  void ExpectConsistent() {
    MustOk(tx->Commit());
    auto report = Must(store->Check());
    INFO((report.problems.empty() ? std::string() : report.problems[0]));
    CHECK(report.problems.empty());
    tx = Begin(*store, TxMode::kWrite);
  }
};

}  // namespace

TEST_CASE("Entity names resolve case- and width-insensitively, aliases included", "[index]") {
  Fixture f;
  const NodeId openai =
      Must(f.tx->CreateNode({f.company}, {{f.name, Value("OpenAI")},
                                          {f.aliases, Value(ValueList{Value("开放人工智能")})}}));
  const NodeId oracle = Must(f.tx->CreateNode(
      {f.company}, {{f.name, Value("Oracle")}, {f.aliases, Value(ValueList{Value("甲骨文")})}}));
  const NodeId untyped = Must(f.tx->CreateNode({}, {{f.name, Value("openai")}}));
  CHECK(Sorted(f.tx->LookupName("ＯｐｅｎＡＩ")) == std::vector<NodeId>{openai, untyped});
  CHECK(Sorted(f.tx->LookupName("OPENAI")) == std::vector<NodeId>{openai, untyped});
  CHECK(f.tx->LookupName("甲骨文") == std::vector<NodeId>{oracle});
  CHECK(f.tx->LookupName("开放人工智能") == std::vector<NodeId>{openai});
  CHECK(f.tx->LookupName("Open").empty());
  f.ExpectConsistent();

  // Updates move the entries; a name that is also an alias stays until both are gone.
  CHECK(Must(f.tx->SetNodeProperty(oracle, f.aliases,
                                   Value(ValueList{Value("ORACLE"), Value("Larry's")}))));
  CHECK(f.tx->LookupName("甲骨文").empty());
  CHECK(f.tx->LookupName("larry’s").empty());
  CHECK(f.tx->LookupName("LARRY'S") == std::vector<NodeId>{oracle});
  CHECK(Must(f.tx->SetNodeProperty(oracle, f.name, Value())));
  CHECK(f.tx->LookupName("oracle") == std::vector<NodeId>{oracle});
  CHECK(Must(f.tx->SetNodeProperty(oracle, f.aliases, Value())));
  CHECK(f.tx->LookupName("oracle").empty());
  MustOk(f.tx->DeleteNode(untyped, false, nullptr));
  CHECK(f.tx->LookupName("openai") == std::vector<NodeId>{openai});
  f.ExpectConsistent();
  CHECK(f.tx->LookupName("Ｏｐｅｎａｉ") == std::vector<NodeId>{openai});
}

TEST_CASE("Property indexes follow every write and answer seeks and ranges", "[index]") {
  Fixture f;
  std::vector<NodeId> people;
  for (int i = 0; i < 10; ++i) {
    people.push_back(Must(f.tx->CreateNode({f.person}, {{f.age, Value(i * 10 - 30)}})));
  }
  const NodeId dog = Must(f.tx->CreateNode({}, {{f.age, Value(10)}}));
  // Before the index exists, seeks fall back to a label scan with the same answers.
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(10))) == std::vector<NodeId>{people[4]});
  MustOk(f.tx->CreateIndex({"person_age", f.person, f.age, false}));
  CHECK(f.tx->CreateIndex({"person_age", f.company, f.age, false}).code() ==
        StatusCode::kAlreadyExists);
  CHECK(f.tx->FindIndex(f.person, f.age)->name == "person_age");
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(10))) == std::vector<NodeId>{people[4]});
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(10.0))) == std::vector<NodeId>{people[4]});
  CHECK(Drain(f.tx->IndexRange(f.person, f.age, Value(-10), true, Value(20), false)) ==
        std::vector<NodeId>{people[2], people[3], people[4]});
  CHECK(Drain(f.tx->IndexRange(f.person, f.age, Value(-10), false, std::nullopt, false)).size() ==
        7);
  CHECK(Drain(f.tx->IndexRange(f.person, f.age, std::nullopt, false, Value(-30), true)) ==
        std::vector<NodeId>{people[0]});
  CHECK(Drain(f.tx->IndexRange(f.person, f.age, Value("a"), true, Value(5), true)).empty());
  f.ExpectConsistent();

  CHECK(Must(f.tx->SetNodeProperty(people[4], f.age, Value(1000))));
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(10))).empty());
  CHECK(Must(f.tx->AddLabel(dog, f.person)));
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(10))) == std::vector<NodeId>{dog});
  CHECK(Must(f.tx->RemoveLabel(people[0], f.person)));
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(-30))).empty());
  MustOk(f.tx->DeleteNode(people[1], false, nullptr));
  CHECK(Drain(f.tx->IndexSeek(f.person, f.age, Value(-20))).empty());
  CHECK(Drain(f.tx->IndexRange(f.person, f.age, Value(500), true, std::nullopt, true)) ==
        std::vector<NodeId>{people[4]});
  f.ExpectConsistent();

  MustOk(f.tx->DropIndex("person_age"));
  CHECK(f.tx->ListIndexes().empty());
  CHECK(f.tx->DropIndex("person_age").code() == StatusCode::kNotFound);
  f.ExpectConsistent();
}

TEST_CASE("Unique constraints reject duplicates and leave the transaction unchanged", "[index]") {
  Fixture f;
  const NodeId a = Must(f.tx->CreateNode({f.company}, {{f.name, Value("Acme")}}));
  const NodeId b = Must(f.tx->CreateNode({f.company}, {{f.name, Value("Acme")}}));
  const Status refused = f.tx->CreateIndex({"company_name", f.company, f.name, true});
  CHECK(refused.code() == StatusCode::kConstraint);
  CHECK(f.tx->ListIndexes().empty());
  MustOk(f.tx->SetNodeProperty(b, f.name, Value("Beta")).status());
  MustOk(f.tx->CreateIndex({"company_name", f.company, f.name, true}));
  f.ExpectConsistent();

  const auto dup = f.tx->CreateNode({f.company}, {{f.name, Value("Acme")}});
  CHECK(dup.status().code() == StatusCode::kConstraint);
  CHECK(dup.status().message().find("company_name") != std::string::npos);
  CHECK(f.tx->SetNodeProperty(b, f.name, Value("Acme")).status().code() == StatusCode::kConstraint);
  CHECK(Must(f.tx->NodeProperty(b, f.name)).as_string() == "Beta");
  const NodeId c = Must(f.tx->CreateNode({}, {{f.name, Value("Acme")}}));  // no label: allowed
  CHECK(f.tx->AddLabel(c, f.company).status().code() == StatusCode::kConstraint);
  CHECK(Must(f.tx->NodeLabels(c)).empty());
  CHECK(Drain(f.tx->IndexSeek(f.company, f.name, Value("Acme"))) == std::vector<NodeId>{a});
  CHECK(Must(f.tx->SetNodeProperty(a, f.name, Value("Acme"))) == false);  // same value is fine
  MustOk(f.tx->DeleteNode(a, false, nullptr));
  CHECK(Must(f.tx->AddLabel(c, f.company)));
  f.ExpectConsistent();
}

TEST_CASE("Savepoints roll back writes and index definitions together", "[index][savepoint]") {
  Fixture f;
  const NodeId a = Must(f.tx->CreateNode({f.person}, {{f.name, Value("Ann")}}));
  f.tx->SetSavePoint();
  const NodeId b = Must(f.tx->CreateNode({f.person}, {{f.name, Value("Bob")}}));
  MustOk(f.tx->CreateIndex({"person_name", f.person, f.name, true}));
  CHECK(Must(f.tx->SetNodeProperty(a, f.name, Value("Anna"))));
  MustOk(f.tx->RollbackToSavePoint());
  CHECK(!f.tx->NodeExists(b));
  CHECK(f.tx->ListIndexes().empty());
  CHECK(Must(f.tx->NodeProperty(a, f.name)).as_string() == "Ann");
  CHECK(f.tx->LookupName("bob").empty());
  CHECK(f.tx->LookupName("ann") == std::vector<NodeId>{a});
  CHECK(f.tx->RollbackToSavePoint().code() == StatusCode::kNotFound);

  f.tx->SetSavePoint();
  MustOk(f.tx->CreateIndex({"person_name", f.person, f.name, true}));
  f.tx->SetSavePoint();
  Must(f.tx->CreateNode({f.person}, {{f.name, Value("Cy")}}));
  MustOk(f.tx->RollbackToSavePoint());  // only the inner one
  CHECK(f.tx->ListIndexes().size() == 1);
  CHECK(f.tx->LookupName("cy").empty());
  f.ExpectConsistent();
  CHECK(f.tx->ListIndexes().size() == 1);
  CHECK(Drain(f.tx->IndexSeek(f.person, f.name, Value("Ann"))) == std::vector<NodeId>{a});
}
