#include "ingest/extraction_json.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

namespace stargraph::ingest {

using Json = nlohmann::ordered_json;

bool IsSchemaRelationType(const std::string& type) {
  static const std::set<std::string> kTypes = {
      "INVESTED_IN",   "HOLDS_STAKE", "DEAL_WITH",  "SUPPLIES",  "PARTNERS_WITH",
      "COMPETES_WITH", "ACQUIRED",    "DEPENDS_ON", "REGULATES", "SUED",
      "LEADS",         "LOCATED_IN",  "OPERATES",   "REPORTED"};
  return kTypes.count(type) > 0;
}

bool IsSchemaLabel(const std::string& label) {
  static const std::set<std::string> kLabels = {
      "Company", "Person", "Product", "Project", "Facility", "Place", "Agency", "Media", "Concept"};
  return kLabels.count(label) > 0;
}

namespace {

Json PropertyToJson(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kInt:
      return v.as_int();
    case ValueKind::kFloat:
      return v.as_float();
    case ValueKind::kBool:
      return v.as_bool();
    case ValueKind::kString:
      return v.as_string();
    default:
      return v.ToString();
  }
}

const std::set<std::string>& NumericProperties() {
  static const std::set<std::string> kNumeric = {"amount",         "value",       "percent",
                                                 "duration_years", "capacity_mw", "capacity_gw"};
  return kNumeric;
}

Status ReadProperty(const std::string& where, const std::string& key, const Json& v,
                    ValueMap* out) {
  if (NumericProperties().count(key)) {
    if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0) {
      return Status::InvalidArgument(where + ": property " + key + " must be a number >= 0");
    }
  }
  // Dates as precise as the text: "2025", "2025-09" or "2025-09-10".
  static const std::regex kDate("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$");
  if (key == "date" && (!v.is_string() || !std::regex_match(v.get<std::string>(), kDate))) {
    return Status::InvalidArgument(where + ": property date must be an ISO date text " +
                                   "(yyyy, yyyy-mm or yyyy-mm-dd)");
  }
  if (v.is_number_integer()) {
    (*out)[key] = Value(v.get<int64_t>());
  } else if (v.is_number()) {
    (*out)[key] = Value(v.get<double>());
  } else if (v.is_string()) {
    (*out)[key] = Value(v.get<std::string>());
  } else if (v.is_boolean()) {
    (*out)[key] = Value(v.get<bool>());
  } else {
    return Status::InvalidArgument(where + ": property " + key + " must be a string or number");
  }
  return Status::OK();
}

// The closed vocabularies of shared/SCHEMA.md: DEAL_WITH kind and SUPPLIES what.
Status CheckVocabulary(const std::string& where, const ExtractedRelation& r) {
  static const std::set<std::string> kKinds = {"cloud",   "chips",     "power",
                                               "funding", "licensing", "other"};
  static const std::set<std::string> kSupplies = {"compute", "chips", "cloud", "power", "models"};
  const char* key = r.type == "DEAL_WITH" ? "kind" : r.type == "SUPPLIES" ? "what" : nullptr;
  if (key == nullptr) return Status::OK();
  auto it = r.properties.find(key);
  if (it == r.properties.end()) return Status::OK();
  const std::set<std::string>& allowed = r.type == "DEAL_WITH" ? kKinds : kSupplies;
  if (it->second.kind() == ValueKind::kString && allowed.count(it->second.as_string())) {
    return Status::OK();
  }
  return Status::InvalidArgument(where + ": " + r.type + " " + key + " must be one of the " +
                                 "SCHEMA values, not " + it->second.ToString());
}

std::string Str(const Json& object, const char* key) {
  return object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : "";
}

Status ReadEntities(const Json& json, Extraction* out, std::set<std::string>* names) {
  if (!json.contains("entities") || !json["entities"].is_array()) {
    return Status::InvalidArgument("extractor output: \"entities\" must be an array");
  }
  for (size_t i = 0; i < json["entities"].size(); ++i) {
    const Json& e = json["entities"][i];
    const std::string where = "entities[" + std::to_string(i) + "]";
    ExtractedEntity entity;
    entity.name = Str(e, "name");
    entity.label = Str(e, "label");
    if (entity.name.empty()) return Status::InvalidArgument(where + ": missing name");
    if (!IsSchemaLabel(entity.label)) {
      return Status::InvalidArgument(where + ": unknown label \"" + entity.label + "\"");
    }
    if (e.contains("aliases")) {
      if (!e["aliases"].is_array()) return Status::InvalidArgument(where + ": aliases not a list");
      for (const Json& a : e["aliases"]) {
        if (!a.is_string()) return Status::InvalidArgument(where + ": alias not a string");
        entity.aliases.push_back(a.get<std::string>());
      }
    }
    entity.mentions =
        e.contains("mentions") && e["mentions"].is_number_integer() ? e["mentions"].get<int>() : 1;
    if (!names->insert(entity.name).second) {
      return Status::InvalidArgument(where + ": \"" + entity.name + "\" is listed twice");
    }
    out->entities.push_back(std::move(entity));
  }
  return Status::OK();
}

Status ReadRelations(const Json& json, const std::set<std::string>& names, Extraction* out) {
  if (!json.contains("relations") || !json["relations"].is_array()) {
    return Status::InvalidArgument("extractor output: \"relations\" must be an array");
  }
  for (size_t i = 0; i < json["relations"].size(); ++i) {
    const Json& r = json["relations"][i];
    const std::string where = "relations[" + std::to_string(i) + "]";
    ExtractedRelation relation;
    relation.type = Str(r, "type");
    relation.from = Str(r, "from");
    relation.to = Str(r, "to");
    relation.evidence = Str(r, "evidence");
    if (!IsSchemaRelationType(relation.type)) {
      return Status::InvalidArgument(where + ": unknown relation type \"" + relation.type + "\"");
    }
    for (const std::string* end : {&relation.from, &relation.to}) {
      if (!names.count(*end)) {
        return Status::InvalidArgument(where + ": \"" + *end + "\" is not a listed entity");
      }
    }
    if (r.contains("properties")) {
      if (!r["properties"].is_object()) {
        return Status::InvalidArgument(where + ": properties must be an object");
      }
      for (auto it = r["properties"].begin(); it != r["properties"].end(); ++it) {
        Status s = ReadProperty(where, it.key(), it.value(), &relation.properties);
        if (!s.ok()) return s;
      }
    }
    Status s = CheckVocabulary(where, relation);
    if (!s.ok()) return s;
    out->relations.push_back(std::move(relation));
  }
  return Status::OK();
}

}  // namespace

std::string ExtractionToJson(const Extraction& x) {
  Json json;
  json["article"] = {{"title", x.article.title},
                     {"date", x.article.date},
                     {"source", x.article.source},
                     {"url", x.article.url},
                     {"sha256", x.article.sha256}};
  json["entities"] = Json::array();
  for (const ExtractedEntity& e : x.entities) {
    json["entities"].push_back(
        {{"name", e.name}, {"label", e.label}, {"aliases", e.aliases}, {"mentions", e.mentions}});
  }
  json["relations"] = Json::array();
  for (const ExtractedRelation& r : x.relations) {
    Json properties = Json::object();
    for (const auto& [key, value] : r.properties) properties[key] = PropertyToJson(value);
    json["relations"].push_back({{"type", r.type},
                                 {"from", r.from},
                                 {"to", r.to},
                                 {"properties", properties},
                                 {"evidence", r.evidence}});
  }
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string ArticleToJson(const Article& a) {
  Json json = {{"id", a.id},
               {"title", a.title},
               {"date", a.date},
               {"source", a.source},
               {"url", a.url},
               {"language", a.language},
               {"text", a.dateline.empty() ? a.body : a.dateline + " " + a.body}};
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Status ExtractionFromJson(const std::string& text, const Article& article, Extraction* out) {
  Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return Status::InvalidArgument("extractor output is not one JSON object");
  }
  out->article = article;
  std::set<std::string> names;
  Status s = ReadEntities(json, out, &names);
  if (!s.ok()) return s;
  return ReadRelations(json, names, out);
}

}  // namespace stargraph::ingest
