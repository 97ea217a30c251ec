// Relationship properties inlined in adj values (format 2): every write path keeps both entries
// equal to the rel record, reads build records from them, format-1 databases still read, and
// Check() catches a stale value.
#include <catch2/catch.hpp>

#include "storage/key_codec.h"
#include "storage/record_codec.h"
#include "storage/testing_hooks.h"
#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

struct Rel {
  RelRecord record;
  TokenId weight = 0, since = 0;
};

std::string OutKey(const RelRecord& r) {
  return AdjKey(r.start, {r.id, r.type, r.end, Direction::kOutgoing});
}
std::string InKey(const RelRecord& r) {
  return AdjKey(r.end, {r.id, r.type, r.start, Direction::kIncoming});
}

std::string RawAdj(Store& store, const std::string& key) {
  std::optional<std::string> value = Must(RawReadForTesting(&store, "adj", key));
  REQUIRE(value.has_value());
  return *value;
}

// Both adj values of `r` carry exactly `expected` (the committed state).
void CheckInlined(Store& store, const RelRecord& r, const PropertyMap& expected) {
  std::string bytes;
  MustOk(EncodeAdjValue(expected, &bytes));
  CHECK(RawAdj(store, OutKey(r)) == bytes);
  CHECK(RawAdj(store, InKey(r)) == bytes);
  CHECK(Must(store.Check()).problems.empty());
}

Rel CreateOne(Store& store) {
  Rel rel;
  auto tx = Begin(store, TxMode::kWrite);
  const TokenId type = Must(tx->GetOrCreateToken(TokenKind::kRelType, "DEAL"));
  rel.weight = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "weight"));
  rel.since = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "since"));
  const NodeId a = Must(tx->CreateNode({}, {}));
  const NodeId b = Must(tx->CreateNode({}, {}));
  const PropertyMap properties{{rel.weight, Value(int64_t{7})}, {rel.since, Value("2024")}};
  const RelId id = Must(tx->CreateRelationship(a, type, b, properties));
  rel.record = RelRecord{id, type, a, b};
  MustOk(tx->Commit());
  return rel;
}

// The relationship's properties read the way a traversal does: expand, then read.
PropertyMap ReadAfterExpand(Store& store, NodeId node, Direction direction, RelId id) {
  auto tx = Begin(store, TxMode::kRead);
  std::vector<AdjacencyEntry> entries;
  MustOk(tx->ReadAdjacency(node, direction, std::nullopt, std::nullopt, &entries));
  REQUIRE(entries.size() == 1);
  REQUIRE(entries[0].rel == id);
  const RelRecord record = Must(tx->GetRelationship(id));
  CHECK(record.start != record.end);
  return Must(tx->RelProperties(id));
}

uint64_t StoredFormat(Store& store) {
  std::optional<std::string> bytes = Must(RawReadForTesting(&store, "default", kMetaFormatVersion));
  REQUIRE(bytes.has_value());
  return Must(ParseFixed64Value(*bytes));
}

}  // namespace

TEST_CASE("Adj values carry the relationship properties after every write", "[store][adj]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Rel rel = CreateOne(*store);
  const PropertyMap created{{rel.weight, Value(int64_t{7})}, {rel.since, Value("2024")}};
  CheckInlined(*store, rel.record, created);
  CHECK(StoredFormat(*store) == 3);

  auto write = [&](TokenId key, const Value& value) {
    auto tx = Begin(*store, TxMode::kWrite);
    Must(tx->SetRelProperty(rel.record.id, key, value));
    MustOk(tx->Commit());
  };
  SECTION("SET a property") {
    write(rel.weight, Value(int64_t{8}));
    CheckInlined(*store, rel.record, {{rel.weight, Value(int64_t{8})}, {rel.since, Value("2024")}});
  }
  SECTION("REMOVE a property") {
    write(rel.since, Value());
    CheckInlined(*store, rel.record, {{rel.weight, Value(int64_t{7})}});
  }
  SECTION("SET r = {} (every property removed): a tag and an empty map, never empty") {
    write(rel.since, Value());
    write(rel.weight, Value());
    CheckInlined(*store, rel.record, {});
    CHECK(RawAdj(*store, OutKey(rel.record)) == std::string("\x01\x00", 2));
  }
}

TEST_CASE("Import writes the properties into both adj values", "[store][adj]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  auto loader = Must(store->BeginBulkLoad());
  const TokenId type = Must(loader->Token(TokenKind::kRelType, "DEAL"));
  const TokenId value = Must(loader->Token(TokenKind::kPropertyKey, "value"));
  const NodeId a = Must(loader->AddNode({}, {}));
  const NodeId b = Must(loader->AddNode({}, {}));
  const RelId plain = Must(loader->AddRelationship(a, type, b, {}));
  const RelId valued = Must(loader->AddRelationship(b, type, a, {{value, Value(2.5)}}));
  MustOk(loader->Finish());
  CheckInlined(*store, {plain, type, a, b}, {});
  CheckInlined(*store, {valued, type, b, a}, {{value, Value(2.5)}});
  CHECK(StoredFormat(*store) == 3);
}

TEST_CASE("A traversal reads relationship properties from the adj value", "[store][adj]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Rel rel = CreateOne(*store);
  // Damage the rel record only: what a traversal reads then shows where it came from.
  std::string record;
  MustOk(EncodeRelValue({rel.record, {{rel.weight, Value(int64_t{99})}}}, &record));
  MustOk(RawWriteForTesting(store.get(), "rel", RelKey(rel.record.id), record));
  for (auto [node, direction] : {std::pair{rel.record.start, Direction::kOutgoing},
                                 std::pair{rel.record.end, Direction::kIncoming}}) {
    const PropertyMap read = ReadAfterExpand(*store, node, direction, rel.record.id);
    REQUIRE(read.size() == 2);
    CHECK(read[0].second.as_int() == 7);
  }
  {
    // One property read right after the expansion decodes that value from the adj value.
    auto tx = Begin(*store, TxMode::kRead);
    std::vector<AdjacencyEntry> entries;
    MustOk(tx->ReadAdjacency(rel.record.start, Direction::kOutgoing, std::nullopt, std::nullopt,
                             &entries));
    CHECK(Must(tx->RelProperty(rel.record.id, rel.since)).as_string() == "2024");
    CHECK(Must(tx->RelProperty(rel.record.id, rel.weight)).as_int() == 7);
    CHECK(Must(tx->RelProperty(rel.record.id, rel.weight + rel.since)).is_null());
  }
  // A Get by id (no adjacency read first) reads the record.
  auto tx = Begin(*store, TxMode::kRead);
  CHECK(Must(tx->RelProperty(rel.record.id, rel.weight)).as_int() == 99);
}

TEST_CASE("A format-1 database is migrated on open and reads through the rel record",
          "[store][adj]") {
  TempDir dir;
  Rel rel;
  RelRecord loop;  // a -> a: in key order (type, other, rid) before the first, with a higher id
  {
    auto store = OpenStore(dir.path());
    rel = CreateOne(*store);
    auto tx = Begin(*store, TxMode::kWrite);
    const NodeId a = rel.record.start;
    loop = {Must(tx->CreateRelationship(a, rel.record.type, a, {{rel.weight, Value(5)}})),
            rel.record.type, a, a};
    MustOk(tx->Commit());
    std::string one;
    PutFixed64BE(&one, 1);
    MustOk(RawWriteForTesting(store.get(), "default", kMetaFormatVersion, one));
    for (const RelRecord& r : {rel.record, loop}) {
      MustOk(RawWriteForTesting(store.get(), "adj", OutKey(r), std::string()));
      MustOk(RawWriteForTesting(store.get(), "adj", InKey(r), std::string()));
    }
  }
  {
    auto reader = OpenStore(dir.path(), /*read_only=*/true);
    CHECK(StoredFormat(*reader) == 1);
    CHECK(Must(reader->Check()).problems.empty());
  }
  auto store = OpenStore(dir.path());
  CHECK(StoredFormat(*store) == 3);  // a writable open migrates
  CHECK(Must(store->Check()).problems.empty());
  {
    auto tx = Begin(*store, TxMode::kRead);
    std::vector<AdjacencyEntry> entries;
    MustOk(tx->ReadAdjacency(rel.record.start, Direction::kOutgoing, std::nullopt, std::nullopt,
                             &entries));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].rel == loop.id);
    CHECK(Must(tx->RelProperty(loop.id, rel.weight)).as_int() == 5);
    const PropertyMap read = Must(tx->RelProperties(rel.record.id));
    REQUIRE(read.size() == 2);
    CHECK(read[0].second.as_int() == 7);
    CHECK(read[1].second.as_string() == "2024");
  }
  {
    auto tx = Begin(*store, TxMode::kWrite);
    Must(tx->CreateNode({}, {}));
    MustOk(tx->Commit());
  }
  CHECK(RawAdj(*store, OutKey(rel.record)).empty());  // old entries are never rewritten
  CHECK(Must(store->Check()).problems.empty());
}

TEST_CASE("Check() reports an inlined value that differs from the rel record", "[store][adj]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const Rel rel = CreateOne(*store);
  std::string stale;
  MustOk(EncodeAdjValue({{rel.weight, Value(int64_t{8})}}, &stale));
  MustOk(RawWriteForTesting(store.get(), "adj", InKey(rel.record), stale));
  const CheckReport report = Must(store->Check());
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].find("stale properties") != std::string::npos);
  MustOk(RawWriteForTesting(store.get(), "adj", InKey(rel.record), std::string("\x07", 1)));
  CHECK(!Must(store->Check()).problems.empty());
}
