#include "json_encoding.h"

#include <cmath>
#include <limits>

namespace stargraph::cli {
namespace {

Json Tagged(const char* tag, std::string text) {
  Json out = Json::object();
  out[tag] = std::move(text);
  return out;
}

Json FloatToJson(double d) {
  if (std::isnan(d)) return Tagged("_float", "NaN");
  if (std::isinf(d)) return Tagged("_float", d > 0 ? "Infinity" : "-Infinity");
  return Json(d);  // nlohmann prints the shortest round-trip form and keeps a ".0"
}

Json PropertiesToJson(const std::shared_ptr<const EntityData>& data) {
  Json out = Json::object();
  if (!data) return out;
  for (const auto& [key, value] : data->properties) out[key] = ValueToJson(value);
  return out;
}

Json NodeToJson(const NodeRef& node) {
  Json body = Json::object();
  body["id"] = node.id;
  body["labels"] = node.data ? Json(node.data->labels) : Json::array();
  body["properties"] = PropertiesToJson(node.data);
  Json out = Json::object();
  out["_node"] = std::move(body);
  return out;
}

Json RelToJson(const RelRef& rel) {
  Json body = Json::object();
  body["id"] = rel.id;
  body["type"] = rel.data && !rel.data->labels.empty() ? rel.data->labels[0] : std::string();
  body["start"] = rel.start;
  body["end"] = rel.end;
  body["properties"] = PropertiesToJson(rel.data);
  Json out = Json::object();
  out["_rel"] = std::move(body);
  return out;
}

Json PathToJson(const PathData& path) {
  Json items = Json::array();
  for (size_t i = 0; i < path.nodes.size(); ++i) {
    items.push_back(NodeToJson(path.nodes[i]));
    if (i < path.rels.size()) items.push_back(RelToJson(path.rels[i]));
  }
  Json out = Json::object();
  out["_path"] = std::move(items);
  return out;
}

Json ListToJson(const ValueList& list) {
  Json out = Json::array();
  for (const Value& v : list) out.push_back(ValueToJson(v));
  return out;
}

Json MapToJson(const ValueMap& map) {
  Json out = Json::object();
  for (const auto& [key, value] : map) out[key] = ValueToJson(value);
  return out;
}

Result<Value> JsonToValue(const nlohmann::json& json);

Result<Value> JsonArrayToValue(const nlohmann::json& json) {
  ValueList list;
  for (const auto& item : json) {
    Result<Value> v = JsonToValue(item);
    if (!v.ok()) return v.status();
    list.push_back(std::move(*v));
  }
  return Value(std::move(list));
}

Result<Value> JsonObjectToValue(const nlohmann::json& json) {
  ValueMap map;
  for (const auto& [key, item] : json.items()) {
    Result<Value> v = JsonToValue(item);
    if (!v.ok()) return v.status();
    map.emplace(key, std::move(*v));
  }
  return Value(std::move(map));
}

Result<Value> JsonToValue(const nlohmann::json& json) {
  switch (json.type()) {
    case nlohmann::json::value_t::null:
      return Value();
    case nlohmann::json::value_t::boolean:
      return Value(json.get<bool>());
    case nlohmann::json::value_t::number_integer:
      return Value(json.get<int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
      uint64_t u = json.get<uint64_t>();
      if (u > uint64_t(std::numeric_limits<int64_t>::max())) {
        return Status::InvalidArgument("integer out of range: " + std::to_string(u));
      }
      return Value(int64_t(u));
    }
    case nlohmann::json::value_t::number_float:
      return Value(json.get<double>());
    case nlohmann::json::value_t::string:
      return Value(json.get<std::string>());
    case nlohmann::json::value_t::array:
      return JsonArrayToValue(json);
    case nlohmann::json::value_t::object:
      return JsonObjectToValue(json);
    default:
      return Status::InvalidArgument("unsupported JSON value");
  }
}

}  // namespace

Json ValueToJson(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kNull:
      return nullptr;
    case ValueKind::kBool:
      return value.as_bool();
    case ValueKind::kInt:
      return value.as_int();
    case ValueKind::kFloat:
      return FloatToJson(value.as_float());
    case ValueKind::kString:
      return value.as_string();
    case ValueKind::kDate:
      return Tagged("_date", value.ToString());
    case ValueKind::kLocalTime:
      return Tagged("_localtime", value.ToString());
    case ValueKind::kTime:
      return Tagged("_time", value.ToString());
    case ValueKind::kLocalDateTime:
      return Tagged("_localdatetime", value.ToString());
    case ValueKind::kDateTime:
      return Tagged("_datetime", value.ToString());
    case ValueKind::kDuration:
      return Tagged("_duration", value.ToString());
    case ValueKind::kList:
      return ListToJson(value.as_list());
    case ValueKind::kMap:
      return MapToJson(value.as_map());
    case ValueKind::kNode:
      return NodeToJson(value.as_node());
    case ValueKind::kRelationship:
      return RelToJson(value.as_rel());
    case ValueKind::kPath:
      return PathToJson(value.as_path());
  }
  return nullptr;
}

std::string DumpJsonLine(const Json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Value> ParseJsonValue(const std::string& text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::InvalidArgument("not a JSON value: " + text);
  return JsonToValue(json);
}

}  // namespace stargraph::cli
