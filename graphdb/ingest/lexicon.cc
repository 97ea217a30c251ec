#include "ingest/lexicon.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/article.h"

namespace stargraph::ingest {

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

ValueList StringList(const std::vector<std::string>& items) {
  ValueList list;
  for (const std::string& s : items) list.emplace_back(s);
  return list;
}

std::vector<std::string> Strings(const Value& value) {
  std::vector<std::string> out;
  if (value.kind() != ValueKind::kList) return out;
  for (const Value& v : value.as_list()) {
    if (v.kind() == ValueKind::kString) out.push_back(v.as_string());
  }
  return out;
}

}  // namespace

Result<std::vector<EntityRecord>> ReadLexiconFile(const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text)) return Status::IOError("cannot read lexicon " + path);
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_array()) {
    return Status::InvalidArgument(path + ": a lexicon is a JSON array of entities");
  }
  std::vector<EntityRecord> out;
  for (const nlohmann::json& item : json) {
    if (!item.is_object() || !item.contains("name") || !item["name"].is_string() ||
        !item.contains("label") || !item["label"].is_string()) {
      return Status::InvalidArgument(path + ": every entry needs a string name and label");
    }
    EntityRecord record;
    record.name = item["name"].get<std::string>();
    record.label = item["label"].get<std::string>();
    record.description = item.value("description", "");
    for (const auto& a : item.value("aliases", nlohmann::json::array())) {
      if (a.is_string() && a.get<std::string>() != record.name) record.aliases.push_back(a);
    }
    for (const auto& a : item.value("ambiguous_aliases", nlohmann::json::array())) {
      if (a.is_string()) record.ambiguous_aliases.insert(a.get<std::string>());
    }
    out.push_back(std::move(record));
  }
  return out;
}

std::vector<std::string> DefaultLexiconPaths() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("STARGRAPH_LEXICON_DIR"); env != nullptr && *env != 0) {
    dirs.push_back(env);
  }
  dirs.push_back("/usr/local/share/stargraph/seed/lexicon");
  dirs.push_back(STARGRAPH_LEXICON_SOURCE_DIR);
  for (const std::string& dir : dirs) {
    std::vector<std::string> files;
    for (const char* name : {"industry.json", "seed_entities.json"}) {
      struct stat info {};
      const std::string path = dir + "/" + name;
      if (stat(path.c_str(), &info) == 0) files.push_back(path);
    }
    if (!files.empty()) return files;
  }
  return {};
}

bool LexiconLoaded(Session& session, const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text)) return false;
  QueryResult r = session.Execute("MATCH (m:Lexicon {file: $file}) RETURN m.sha256",
                                  {{"file", std::filesystem::path(path).filename().string()}});
  const auto rows = r.FetchAll();
  return r.ok() && !rows.empty() && rows[0][0].kind() == ValueKind::kString &&
         rows[0][0].as_string() == Sha256Hex(text);
}

Status LoadLexicon(Session& session, const std::string& path) {
  if (LexiconLoaded(session, path)) return Status::OK();
  Result<std::vector<EntityRecord>> records = ReadLexiconFile(path);
  if (!records.ok()) return records.status();
  std::map<std::string, ValueList> rows_by_label;
  for (const EntityRecord& e : *records) {
    std::vector<std::string> ambiguous(e.ambiguous_aliases.begin(), e.ambiguous_aliases.end());
    rows_by_label[e.label].emplace_back(ValueMap{{"name", e.name},
                                                 {"aliases", StringList(e.aliases)},
                                                 {"description", e.description},
                                                 {"ambiguous", StringList(ambiguous)}});
  }
  std::string text;
  ReadFile(path, &text);
  Status begin = session.Begin();
  if (!begin.ok()) return begin;
  for (const auto& [label, rows] : rows_by_label) {
    for (char c : label) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
        session.Rollback().IgnoreError();
        return Status::InvalidArgument(path + ": bad label " + label);
      }
    }
    // Labels cannot be parameters; they are checked identifiers from the schema's vocabulary.
    QueryResult r = session.Execute(
        "UNWIND $rows AS row MERGE (n:" + label +
            " {name: row.name}) ON CREATE SET n.aliases = row.aliases, n.description = "
            "row.description, n.ambiguous_aliases = row.ambiguous ON MATCH SET n.aliases = "
            "coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])], "
            "n.description = coalesce(n.description, row.description)",
        {{"rows", Value(rows)}});
    r.FetchAll();
    if (!r.ok()) {
      session.Rollback().IgnoreError();
      return Status::Internal("loading lexicon " + path + ": " + r.error().message);
    }
  }
  QueryResult marker = session.Execute(
      "MERGE (m:Lexicon {file: $file}) SET m.sha256 = $sha",
      {{"file", std::filesystem::path(path).filename().string()}, {"sha", Sha256Hex(text)}});
  marker.FetchAll();
  if (!marker.ok()) {
    session.Rollback().IgnoreError();
    return Status::Internal(marker.error().message);
  }
  return session.Commit();
}

Result<EntityDictionary> DictionaryFromGraph(Session& session) {
  QueryResult r = session.Execute(
      "MATCH (n) WHERE n.name IS NOT NULL AND NOT n:Article AND NOT n:Lexicon "
      "RETURN n.name, labels(n), n.aliases, n.description, n.ambiguous_aliases");
  EntityDictionary dictionary;
  while (r.Next()) {
    const auto& row = r.row();
    if (row[0].kind() != ValueKind::kString) continue;
    EntityRecord record;
    record.name = row[0].as_string();
    const std::vector<std::string> labels = Strings(row[1]);
    record.label = labels.empty() ? "Concept" : labels[0];
    record.aliases = Strings(row[2]);
    if (row[3].kind() == ValueKind::kString) record.description = row[3].as_string();
    for (const std::string& a : Strings(row[4])) record.ambiguous_aliases.insert(a);
    record.in_graph = true;
    dictionary.Add(record);
  }
  if (!r.ok()) return Status::Internal("reading the graph's names: " + r.error().message);
  return dictionary;
}

}  // namespace stargraph::ingest
