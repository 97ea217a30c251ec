// Value: one Cypher value — null, boolean, integer, float, string, temporal, list, map,
// node, relationship or path.
//
// Values are immutable once built; lists, maps and paths are shared between copies, so copying a
// Value is cheap. Nodes and relationships are references by id: `data` is filled in only when a
// result leaves the engine (see api/), so the executor never loads properties it does not need.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "common/temporal.h"

namespace stargraph {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

// Labels (for a node) or the type (for a relationship) and the properties of a stored entity.
struct EntityData {
  std::vector<std::string> labels;  // a relationship has exactly one entry: its type
  ValueMap properties;
};

struct NodeRef {
  uint64_t id = 0;
  std::shared_ptr<const EntityData> data;  // null inside the engine
};

struct RelRef {
  uint64_t id = 0;
  uint64_t start = 0;
  uint64_t end = 0;
  uint32_t type = 0;  // storage token of the relationship type
  std::shared_ptr<const EntityData> data;  // null inside the engine
};

// nodes.size() == rels.size() + 1; rels[i] connects nodes[i] and nodes[i + 1] in either direction.
struct PathData {
  std::vector<NodeRef> nodes;
  std::vector<RelRef> rels;
};

enum class ValueKind : uint8_t {
  kNull,
  kBool,
  kInt,
  kFloat,
  kString,
  kDate,
  kLocalTime,
  kTime,
  kLocalDateTime,
  kDateTime,
  kDuration,
  kList,
  kMap,
  kNode,
  kRelationship,
  kPath,
};

// The Cypher name of a kind, as used in error messages: "Integer", "String", "List", ...
const char* ValueKindName(ValueKind kind);

class Value {
 public:
  Value() = default;  // null
  Value(bool b) : v_(b) {}                        // NOLINT(google-explicit-constructor)
  Value(int64_t i) : v_(i) {}                     // NOLINT(google-explicit-constructor)
  Value(int i) : v_(int64_t{i}) {}                // NOLINT(google-explicit-constructor)
  Value(double d) : v_(d) {}                      // NOLINT(google-explicit-constructor)
  Value(std::string s) : v_(std::move(s)) {}      // NOLINT(google-explicit-constructor)
  Value(const char* s) : v_(std::string(s)) {}    // NOLINT(google-explicit-constructor)
  Value(Date d) : v_(d) {}                        // NOLINT(google-explicit-constructor)
  Value(LocalTime t) : v_(t) {}                   // NOLINT(google-explicit-constructor)
  Value(Time t) : v_(t) {}                        // NOLINT(google-explicit-constructor)
  Value(LocalDateTime t) : v_(t) {}               // NOLINT(google-explicit-constructor)
  Value(DateTime t) : v_(std::move(t)) {}         // NOLINT(google-explicit-constructor)
  Value(Duration d) : v_(d) {}                    // NOLINT(google-explicit-constructor)
  Value(ValueList list);                          // NOLINT(google-explicit-constructor)
  Value(ValueMap map);                            // NOLINT(google-explicit-constructor)
  Value(NodeRef n) : v_(std::move(n)) {}          // NOLINT(google-explicit-constructor)
  Value(RelRef r) : v_(std::move(r)) {}           // NOLINT(google-explicit-constructor)
  Value(PathData p);                              // NOLINT(google-explicit-constructor)

  ValueKind kind() const { return static_cast<ValueKind>(v_.index()); }
  bool is_null() const { return kind() == ValueKind::kNull; }
  bool is_number() const { return kind() == ValueKind::kInt || kind() == ValueKind::kFloat; }

  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  // An INTEGER or FLOAT as a double.
  double as_number() const { return kind() == ValueKind::kInt ? double(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const Date& as_date() const { return std::get<Date>(v_); }
  const LocalTime& as_local_time() const { return std::get<LocalTime>(v_); }
  const Time& as_time() const { return std::get<Time>(v_); }
  const LocalDateTime& as_local_datetime() const { return std::get<LocalDateTime>(v_); }
  const DateTime& as_datetime() const { return std::get<DateTime>(v_); }
  const Duration& as_duration() const { return std::get<Duration>(v_); }
  const ValueList& as_list() const { return *std::get<std::shared_ptr<const ValueList>>(v_); }
  const ValueMap& as_map() const { return *std::get<std::shared_ptr<const ValueMap>>(v_); }
  const NodeRef& as_node() const { return std::get<NodeRef>(v_); }
  const RelRef& as_rel() const { return std::get<RelRef>(v_); }
  const PathData& as_path() const { return *std::get<std::shared_ptr<const PathData>>(v_); }

  // Cypher's toString() for scalars and temporals; a readable Cypher-like form for the rest.
  std::string ToString() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, LocalTime, Time,
               LocalDateTime, DateTime, Duration, std::shared_ptr<const ValueList>,
               std::shared_ptr<const ValueMap>, NodeRef, RelRef, std::shared_ptr<const PathData>>
      v_;
};

}  // namespace stargraph
