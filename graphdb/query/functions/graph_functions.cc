// Functions on nodes, relationships and maps: id, elementId, labels, type, keys, properties,
// startNode, endNode, exists. Stored data is read through ctx.entities, or from the EntityData
// attached to a value that came from outside the engine.
#include "query/functions/builtin_tables.h"
#include "query/functions/function_args.h"
#include "query/query_error.h"

namespace stargraph::query {

namespace {

using Args = std::vector<Value>;

const EntityData& AttachedData(const std::shared_ptr<const EntityData>& data) {
  if (data == nullptr) {
    throw QueryError(ErrorKind::kRuntimeError, "EntityReaderMissing",
                     "cannot read a stored entity: no entity reader");
  }
  return *data;
}

ValueMap PropertiesOf(const Value& entity, FunctionContext& ctx) {
  if (entity.kind() == ValueKind::kNode) {
    if (ctx.entities != nullptr) return ctx.entities->NodeProperties(entity.as_node());
    return AttachedData(entity.as_node().data).properties;
  }
  if (ctx.entities != nullptr) return ctx.entities->RelProperties(entity.as_rel());
  return AttachedData(entity.as_rel().data).properties;
}

bool IsEntity(const Value& v) {
  return v.kind() == ValueKind::kNode || v.kind() == ValueKind::kRelationship;
}

Value Id(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  switch (x.kind()) {
    case ValueKind::kNull:
      return Value();
    case ValueKind::kNode:
      return Value(static_cast<int64_t>(x.as_node().id));
    case ValueKind::kRelationship:
      return Value(static_cast<int64_t>(x.as_rel().id));
    default:
      ThrowArgumentValue("id", x);
  }
}

Value ElementId(const Args& args, FunctionContext& ctx) {
  Value id = Id(args, ctx);
  return id.is_null() ? id : Value(std::to_string(id.as_int()));
}

Value Labels(const Args& args, FunctionContext& ctx) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() != ValueKind::kNode) ThrowArgumentValue("labels", x);
  std::vector<std::string> labels = ctx.entities != nullptr ? ctx.entities->NodeLabels(x.as_node())
                                                            : AttachedData(x.as_node().data).labels;
  ValueList out(labels.begin(), labels.end());
  return Value(std::move(out));
}

Value Type(const Args& args, FunctionContext& ctx) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() != ValueKind::kRelationship) ThrowArgumentValue("type", x);
  if (ctx.entities != nullptr) return Value(ctx.entities->RelType(x.as_rel()));
  const EntityData& data = AttachedData(x.as_rel().data);
  return data.labels.empty() ? Value() : Value(data.labels.front());
}

Value Properties(const Args& args, FunctionContext& ctx) {
  const Value& x = args[0];
  if (x.is_null() || x.kind() == ValueKind::kMap) return x;
  if (!IsEntity(x)) ThrowArgumentType("properties", x);
  return Value(PropertiesOf(x, ctx));
}

Value Keys(const Args& args, FunctionContext& ctx) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() != ValueKind::kMap && !IsEntity(x)) ThrowArgumentType("keys", x);
  ValueList out;
  for (const auto& entry : x.kind() == ValueKind::kMap ? x.as_map() : PropertiesOf(x, ctx)) {
    out.emplace_back(entry.first);
  }
  return Value(std::move(out));
}

Value StartNode(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() != ValueKind::kRelationship) ThrowArgumentValue("startNode", x);
  return Value(NodeRef{x.as_rel().start, nullptr});
}

Value EndNode(const Args& args, FunctionContext&) {
  const Value& x = args[0];
  if (x.is_null()) return Value();
  if (x.kind() != ValueKind::kRelationship) ThrowArgumentValue("endNode", x);
  return Value(NodeRef{x.as_rel().end, nullptr});
}

// exists(n.prop) is planned as a property-existence check; as a function it tests for null.
Value Exists(const Args& args, FunctionContext&) { return Value(!args[0].is_null()); }

}  // namespace

std::vector<ScalarFunction> GraphFunctions() {
  return {
      {"id", 1, 1, Id, true},
      {"elementId", 1, 1, ElementId, true},
      {"labels", 1, 1, Labels, true},
      {"type", 1, 1, Type, true},
      {"properties", 1, 1, Properties, true},
      {"keys", 1, 1, Keys, true},
      {"startNode", 1, 1, StartNode, true},
      {"endNode", 1, 1, EndNode, true},
      {"exists", 1, 1, Exists, true},
  };
}

}  // namespace stargraph::query
