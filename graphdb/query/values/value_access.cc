// Property, index and slice access and IN; the string predicates are in value_strings.cc.
#include "query/values/value_access.h"

#include <algorithm>

#include "query/functions/temporal_values.h"
#include "query/query_error.h"

namespace stargraph::query {

namespace {

[[noreturn]] void ThrowInvalidType(const std::string& what, const Value& v) {
  throw QueryError(ErrorKind::kTypeError, "InvalidArgumentType",
                   what + ", got " + ValueKindName(v.kind()) + " " + v.ToString());
}

Value LookupData(const std::shared_ptr<const EntityData>& data, const std::string& key) {
  if (data == nullptr) {
    throw QueryError(ErrorKind::kRuntimeError, "EntityReaderMissing",
                     "cannot read property '" + key + "': no entity reader");
  }
  auto it = data->properties.find(key);
  return it == data->properties.end() ? Value() : it->second;
}

Value MapLookup(const ValueMap& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? Value() : it->second;
}

// A slice bound resolved against the list size and clamped to [0, size].
int64_t ResolveBound(const Value& bound, int64_t size) {
  if (bound.kind() != ValueKind::kInt)
    ThrowInvalidType("a list slice bound must be an Integer", bound);
  int64_t b = bound.as_int();
  if (b < 0) b = std::max<int64_t>(b, -size) + size;
  return std::min(b, size);
}

}  // namespace

Value EntityProperty(const Value& entity, const std::string& key, EntityReader* entities) {
  if (entity.kind() == ValueKind::kNode) {
    if (entities != nullptr) return entities->NodeProperty(entity.as_node(), key);
    return LookupData(entity.as_node().data, key);
  }
  if (entities != nullptr) return entities->RelProperty(entity.as_rel(), key);
  return LookupData(entity.as_rel().data, key);
}

Value PropertyAccess(const Value& container, const std::string& key, EntityReader* entities) {
  switch (container.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kMap:
      return MapLookup(container.as_map(), key);
    case ValueKind::kNode:
    case ValueKind::kRelationship:
      return EntityProperty(container, key, entities);
    default:
      break;
  }
  if (std::optional<Value> component = TemporalComponent(container, key)) return *component;
  ThrowInvalidType("cannot access property '" + key + "' of a non-map value", container);
}

Value IndexAccess(const Value& container, const Value& index, EntityReader* entities) {
  if (container.is_null() || index.is_null()) return Value();
  if (container.kind() == ValueKind::kList) {
    if (index.kind() != ValueKind::kInt) ThrowInvalidType("a list index must be an Integer", index);
    const ValueList& list = container.as_list();
    int64_t size = static_cast<int64_t>(list.size());
    int64_t i = index.as_int();
    if (i < 0) i += size;
    return (i < 0 || i >= size) ? Value() : list[static_cast<size_t>(i)];
  }
  bool keyed = container.kind() == ValueKind::kMap || container.kind() == ValueKind::kNode ||
               container.kind() == ValueKind::kRelationship;
  if (!keyed)
    ThrowInvalidType("only lists, maps, nodes and relationships can be indexed", container);
  if (index.kind() != ValueKind::kString) ThrowInvalidType("a map key must be a String", index);
  return PropertyAccess(container, index.as_string(), entities);
}

Value Slice(const Value& list, const std::optional<Value>& from, const std::optional<Value>& to) {
  if (list.is_null()) return Value();
  if ((from && from->is_null()) || (to && to->is_null())) return Value();
  if (list.kind() != ValueKind::kList) ThrowInvalidType("only lists can be sliced", list);
  const ValueList& items = list.as_list();
  int64_t size = static_cast<int64_t>(items.size());
  int64_t begin = from ? ResolveBound(*from, size) : 0;
  int64_t end = to ? ResolveBound(*to, size) : size;
  if (begin >= end) return Value(ValueList{});
  return Value(ValueList(items.begin() + begin, items.begin() + end));
}

Ternary InList(const Value& element, const Value& list) {
  if (list.is_null()) return Ternary::kNull;
  if (list.kind() != ValueKind::kList)
    ThrowInvalidType("the right side of IN must be a List", list);
  Ternary result = Ternary::kFalse;
  for (const Value& item : list.as_list()) {
    result = TernaryOr(result, Equals(element, item));
    if (result == Ternary::kTrue) break;
  }
  return result;
}

}  // namespace stargraph::query
