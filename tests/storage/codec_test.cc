#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>

#include "storage/key_codec.h"
#include "storage/ordered_value_codec.h"
#include "storage/record_codec.h"
#include "storage/value_codec.h"

using namespace stargraph;
using namespace stargraph::storage;

namespace {

std::string Ordered(const Value& v) {
  std::string out;
  REQUIRE(AppendOrderedValue(v, &out).ok());
  return out;
}

Value DateTimeIn(int64_t seconds, const char* zone) {
  DateTime t{seconds, 5, 3600, zone ? std::make_shared<const std::string>(zone) : nullptr};
  return Value(t);
}

// Values in ascending order within each kind.
std::vector<std::vector<Value>> SortedValuesByKind() {
  const double inf = std::numeric_limits<double>::infinity();
  return {
      {Value(false), Value(true)},
      {Value(std::numeric_limits<int64_t>::min()), Value(int64_t{-1000000}), Value(-1), Value(0),
       Value(1), Value(255), Value(256), Value(std::numeric_limits<int64_t>::max())},
      {Value(-inf), Value(-1e300), Value(-2.5), Value(-1e-300), Value(0.0), Value(1e-300),
       Value(2.5), Value(1e300), Value(inf)},
      {Value(""), Value(std::string("\0", 1)), Value(std::string("\0\0", 2)), Value("a"),
       Value(std::string("a\0", 2)), Value(std::string("a\0b", 3)), Value("a\x01"), Value("ab"),
       Value("b"), Value("甲骨文"), Value("\xff")},
      {Value(Date{-800}), Value(Date{0}), Value(Date{19000})},
      {Value(LocalTime{0}), Value(LocalTime{5}), Value(LocalTime{kNanosPerDay - 1})},
      {Value(Time{0, 0}), Value(Time{kNanosPerSecond * 7200, 3600}), Value(Time{5, -3600})},
      {Value(LocalDateTime{-5, 0}), Value(LocalDateTime{-5, 7}), Value(LocalDateTime{3, 0})},
      {DateTimeIn(-10, nullptr), DateTimeIn(0, nullptr), DateTimeIn(0, "Asia/Shanghai"),
       DateTimeIn(0, "Europe/Stockholm"), DateTimeIn(10, nullptr)},
      {Value(Duration{-1, 0, 0, 0}), Value(Duration{0, -3, 0, 0}), Value(Duration{0, 0, 0, 1}),
       Value(Duration{1, 0, 0, 0})},
      {Value(ValueList{}), Value(ValueList{Value("a"), Value("b")}), Value(ValueList{Value(-1)}),
       Value(ValueList{Value(-1), Value(0)}), Value(ValueList{Value(1)})},
  };
}

bool SameValue(const Value& a, const Value& b) {
  std::string ea, eb;
  REQUIRE(AppendStoredValue(a, &ea).ok());
  REQUIRE(AppendStoredValue(b, &eb).ok());
  return a.kind() == b.kind() && ea == eb;
}

}  // namespace

TEST_CASE("Ordered encoding sorts like the values and round-trips", "[codec]") {
  for (const auto& kind_values : SortedValuesByKind()) {
    for (size_t i = 0; i < kind_values.size(); ++i) {
      const std::string encoded = Ordered(kind_values[i]);
      std::string_view in = encoded;
      auto decoded = ReadOrderedValue(&in);
      REQUIRE(decoded.ok());
      CHECK(in.empty());
      CHECK(decoded->ToString() == kind_values[i].ToString());
      if (i > 0) {
        INFO(kind_values[i - 1].ToString() << " < " << kind_values[i].ToString());
        CHECK(Ordered(kind_values[i - 1]) < encoded);
        // Prefix-free: an appended node id never changes the order.
        CHECK(Ordered(kind_values[i - 1]) + std::string(8, '\xff') <
              encoded + std::string(8, '\0'));
      }
    }
  }
}

TEST_CASE("Ordered encoding normalizes zero and NaN", "[codec]") {
  CHECK(Ordered(Value(-0.0)) == Ordered(Value(0.0)));
  CHECK(Ordered(Value(std::nan("1"))) == Ordered(Value(-std::nan("2"))));
  CHECK(Ordered(Value(std::numeric_limits<double>::infinity())) < Ordered(Value(std::nan(""))));
  std::string out;
  CHECK(AppendOrderedValue(Value(), &out).code() == StatusCode::kInvalidArgument);
  CHECK(AppendOrderedValue(Value(ValueMap{}), &out).code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Ordered strings escape NUL and reject bad escapes", "[codec]") {
  std::string out;
  AppendOrderedString(std::string("a\0b", 3), &out);
  CHECK(out == std::string("a\0\xff"
                           "b\0\x01",
                           6));
  for (std::string bad : {std::string("a"), std::string("a\0", 2), std::string("a\0\x02", 3)}) {
    std::string_view in = bad;
    CHECK(ReadOrderedString(&in).status().code() == StatusCode::kCorruption);
  }
}

TEST_CASE("Stored value codec round-trips every storable kind", "[codec]") {
  std::vector<Value> values;
  for (const auto& kind_values : SortedValuesByKind()) {
    values.insert(values.end(), kind_values.begin(), kind_values.end());
  }
  values.emplace_back(ValueList{Value(Date{1}), Value(Date{2})});
  values.emplace_back(ValueList{DateTimeIn(1, "UTC"), DateTimeIn(2, nullptr)});
  for (const Value& v : values) {
    std::string encoded;
    REQUIRE(AppendStoredValue(v, &encoded).ok());
    std::string_view in = encoded;
    auto decoded = ReadStoredValue(&in);
    REQUIRE(decoded.ok());
    CHECK(in.empty());
    CHECK(SameValue(*decoded, v));
  }
}

TEST_CASE("Stored value codec refuses what cannot be stored", "[codec]") {
  std::string out;
  CHECK(AppendStoredValue(Value(), &out).code() == StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(ValueMap{}), &out).code() == StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(ValueList{Value(1), Value("x")}), &out).code() ==
        StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(ValueList{Value(1), Value()}), &out).code() ==
        StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(ValueList{Value(ValueList{})}), &out).code() ==
        StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(LocalTime{kNanosPerDay}), &out).code() ==
        StatusCode::kInvalidArgument);
  CHECK(AppendStoredValue(Value(ValueList{Value(Time{0, 19 * 3600})}), &out).code() ==
        StatusCode::kInvalidArgument);
}

TEST_CASE("Decoders reject garbage without crashing", "[codec]") {
  std::mt19937 rng(42);
  int rejected = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string bytes(rng() % 24, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    std::string_view a = bytes, b = bytes;
    if (!ReadStoredValue(&a).ok()) ++rejected;
    if (!ReadOrderedValue(&b).ok()) ++rejected;
    (void)DecodeNodeRecord(bytes).ok();
    (void)DecodeRelValue(1, bytes).ok();
    (void)ParsePropIndexKey(bytes).ok();
    (void)ParseNameIndexKey(bytes).ok();
    NodeId node;
    (void)ParseAdjKey(bytes, &node).ok();
  }
  CHECK(rejected > 10000);
  std::string_view truncated(
      "\x05\x10"
      "abc",
      5);  // string claiming 16 bytes
  CHECK(ReadStoredValue(&truncated).status().code() == StatusCode::kCorruption);
  std::string_view bad_varint("\x03\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11);
  CHECK(ReadStoredValue(&bad_varint).status().code() == StatusCode::kCorruption);
  CHECK(DecodeNodeRecord(std::string("\x02\0\0\0\x02\0\0\0\x01\0", 10)).status().code() ==
        StatusCode::kCorruption);  // unsorted labels
}

TEST_CASE("Node and relationship records round-trip", "[codec]") {
  NodeRecord node{{1, 7, 300}, {{2, Value("x")}, {9, Value(ValueList{Value(1.5)})}}};
  std::string bytes;
  REQUIRE(EncodeNodeRecord(node, &bytes).ok());
  auto decoded = DecodeNodeRecord(bytes);
  REQUIRE(decoded.ok());
  CHECK(decoded->labels == node.labels);
  REQUIRE(decoded->properties.size() == 2);
  CHECK(decoded->properties[1].second.as_list()[0].as_float() == 1.5);
  RelValue rel{{77, 3, 1, 2}, {{4, Value(true)}}};
  bytes.clear();
  REQUIRE(EncodeRelValue(rel, &bytes).ok());
  auto rel_decoded = DecodeRelValue(77, bytes);
  REQUIRE(rel_decoded.ok());
  CHECK(rel_decoded->rel.start == 1);
  CHECK(rel_decoded->rel.end == 2);
  CHECK(rel_decoded->rel.type == 3);
  CHECK(DecodeNodeRecord(bytes.substr(0, bytes.size() - 1)).status().code() ==
        StatusCode::kCorruption);
}

TEST_CASE("Keys round-trip and sort by their numeric fields", "[codec]") {
  CHECK(NodeKey(1) < NodeKey(2));
  CHECK(NodeKey(255) < NodeKey(256));
  CHECK(NodeKey(0xffffffff) < NodeKey(uint64_t{1} << 32));
  CHECK(*ParseIdKey(NodeKey(123456789)) == 123456789u);

  const AdjacencyEntry a{9, 3, 500, Direction::kIncoming};
  NodeId owner = 0;
  const auto parsed = ParseAdjKey(AdjKey(42, a), &owner);
  REQUIRE(parsed.ok());
  CHECK(owner == 42);
  CHECK((parsed->rel == 9 && parsed->type == 3 && parsed->other == 500 &&
         parsed->direction == Direction::kIncoming));
  // Node, then direction, then type, then other node, then relationship id.
  CHECK(AdjKey(1, {99, 9, 9, Direction::kIncoming}) < AdjKey(2, {1, 1, 1, Direction::kOutgoing}));
  CHECK(AdjKey(1, {99, 9, 9, Direction::kOutgoing}) < AdjKey(1, {1, 1, 1, Direction::kIncoming}));
  CHECK(AdjKey(1, {99, 1, 9, Direction::kOutgoing}) < AdjKey(1, {1, 2, 1, Direction::kOutgoing}));
  CHECK(AdjKey(1, {99, 1, 1, Direction::kOutgoing}) < AdjKey(1, {1, 1, 2, Direction::kOutgoing}));
  CHECK(AdjKey(1, {1, 1, 1, Direction::kOutgoing}) < AdjKey(1, {2, 1, 1, Direction::kOutgoing}));
  const std::string typed = AdjPrefix(1, Direction::kOutgoing, 1);
  CHECK(AdjKey(1, {5, 1, 7, Direction::kOutgoing}).compare(0, typed.size(), typed) == 0);

  CHECK(TokenIdKey(1, 99) < TokenIdKey(2, 1));
  CHECK(*ParseTokenIdKey(TokenIdKey(7, 8)) == std::make_pair(TokenId{7}, uint64_t{8}));

  std::string v1 = Ordered(Value(-5)), v2 = Ordered(Value(3));
  CHECK(PropIndexKey(1, 2, v1, 999) < PropIndexKey(1, 2, v2, 1));
  auto entry = ParsePropIndexKey(PropIndexKey(1, 2, v2, 77));
  REQUIRE(entry.ok());
  CHECK((entry->label == 1 && entry->key == 2 && entry->ordered_value == v2 && entry->node == 77));

  CHECK(NameIndexKey("ab", 99) < NameIndexKey("abc", 1));
  CHECK(NameIndexKey(std::string("a\0", 2), 99) < NameIndexKey("a\x01", 1));
  auto name = ParseNameIndexKey(NameIndexKey(std::string("x\0y", 3), 5));
  REQUIRE(name.ok());
  CHECK(name->first == std::string("x\0y", 3));
  CHECK(name->second == 5);

  auto dict = ParseDictKey(DictNameKey(TokenKind::kRelType, "KNOWS"));
  REQUIRE(dict.ok());
  CHECK((dict->by_name && dict->kind == TokenKind::kRelType && dict->name == "KNOWS"));
  auto dict_id = ParseDictKey(DictIdKey(TokenKind::kLabel, 300));
  REQUIRE(dict_id.ok());
  CHECK((!dict_id->by_name && dict_id->id == 300));
  CHECK(DictIdKey(TokenKind::kLabel, 2) < DictIdKey(TokenKind::kLabel, 256));
  CHECK(!ParseDictKey(std::string("\x02\x01\0", 3)).ok());
}

TEST_CASE("PrefixSuccessor bounds a prefix scan", "[codec]") {
  CHECK(PrefixSuccessor("ab") == "ac");
  CHECK(PrefixSuccessor(std::string("a\xff", 2)) == "b");
  CHECK(PrefixSuccessor(std::string("\xff\xff", 2)).empty());
}

TEST_CASE("One property of a node value is found without decoding the others", "[codec]") {
  NodeRecord node{{4, 9}, {}};
  TokenId key = 2;
  for (const auto& kind_values : SortedValuesByKind()) {
    for (const Value& v : kind_values) {
      node.properties.emplace_back(key, v);
      key += 2;  // odd keys are absent
    }
  }
  std::string bytes;
  REQUIRE(EncodeNodeRecord(node, &bytes).ok());
  for (TokenId k = 1; k <= key; ++k) {
    auto found = FindNodeProperty(bytes, k);
    REQUIRE(found.ok());
    const Value expected = FindProperty(node.properties, k);
    CHECK(found->is_null() == expected.is_null());
    if (!expected.is_null()) CHECK(SameValue(*found, expected));
  }
  // Skipping checks the lengths it steps over.
  CHECK(FindNodeProperty(bytes.substr(0, bytes.size() / 2), key - 2).status().code() ==
        StatusCode::kCorruption);
  std::string_view truncated_float("\x04\0\0", 3);
  CHECK(SkipStoredValue(&truncated_float).code() == StatusCode::kCorruption);
  std::string_view long_string("\x05\x10xyz", 5);
  CHECK(SkipStoredValue(&long_string).code() == StatusCode::kCorruption);
  std::string_view labels_only = bytes;
  std::vector<TokenId> labels;
  REQUIRE(ReadNodeLabels(&labels_only, &labels).ok());
  CHECK(labels == node.labels);
}
