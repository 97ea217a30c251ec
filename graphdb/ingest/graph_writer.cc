#include "ingest/graph_writer.h"

#include <map>

namespace stargraph::ingest {

namespace {

// Runs one statement; on failure fills *error and returns false.
bool Run(Session& session, const std::string& cypher, const ValueMap& params,
         std::vector<std::vector<Value>>* rows, Status* error) {
  QueryResult r = session.Execute(cypher, params);
  std::vector<std::vector<Value>> all = r.FetchAll();
  if (!r.ok()) {
    *error = Status::Internal(r.error().kind + ": " + r.error().message);
    return false;
  }
  if (rows != nullptr) *rows = std::move(all);
  return true;
}

ValueList Strings(const std::vector<std::string>& items) {
  ValueList list;
  for (const std::string& s : items) list.emplace_back(s);
  return list;
}

bool IsIdentifier(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

Status WriteArticleNode(Session& session, const Article& a) {
  Status error;
  Run(session,
      "CREATE (a:Article {id: $id, title: $title, source: $source, url: $url, language: $language, "
      "sha256: $sha}) SET a.date = CASE WHEN size($date) = 10 THEN date($date) ELSE $date END",
      {{"id", a.id},
       {"title", a.title},
       {"source", a.source},
       {"url", a.url},
       {"language", a.language},
       {"sha", a.sha256},
       {"date", a.date}},
      nullptr, &error);
  return error;
}

// Finds or creates the node of `e`; returns its id.
Result<int64_t> WriteEntity(Session& session, const Article& a, const ExtractedEntity& e,
                            WriteStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!Run(session, "MATCH (n) WHERE n.name = $name AND NOT n:Article RETURN id(n)",
           {{"name", e.name}}, &rows, &error)) {
    return error;
  }
  int64_t id = -1;
  if (!rows.empty()) {
    id = rows[0][0].as_int();
    ++stats->entities_linked;
    if (!Run(session,
             "MATCH (n) WHERE id(n) = $nid SET n.aliases = coalesce(n.aliases, []) + "
             "[x IN $aliases WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])]",
             {{"nid", id}, {"aliases", Strings(e.aliases)}}, nullptr, &error)) {
      return error;
    }
  } else {
    if (!IsIdentifier(e.label)) return Status::InvalidArgument("bad label " + e.label);
    std::vector<std::string> aliases;
    for (const std::string& alias : e.aliases) {
      if (alias != e.name) aliases.push_back(alias);
    }
    if (!Run(session,
             "CREATE (n:" + e.label +
                 " {name: $name, aliases: $aliases, created_by: $article}) RETURN id(n)",
             {{"name", e.name}, {"aliases", Strings(aliases)}, {"article", a.id}}, &rows, &error)) {
      return error;
    }
    id = rows[0][0].as_int();
    ++stats->entities_created;
  }
  if (!Run(session,
           "MATCH (a:Article {id: $article}) MATCH (n) WHERE id(n) = $nid "
           "CREATE (a)-[:MENTIONS {evidence: $evidence, mentions: $count}]->(n)",
           {{"article", a.id},
            {"nid", id},
            {"evidence", e.evidence},
            {"count", int64_t{e.mentions}}},
           nullptr, &error)) {
    return error;
  }
  return id;
}

Status WriteRelation(Session& session, const Article& a, const ExtractedRelation& r, int64_t from,
                     int64_t to, WriteStats* stats) {
  if (!IsSchemaRelationType(r.type)) return Status::InvalidArgument("bad type " + r.type);
  ValueMap props = r.properties;
  std::string date;
  if (auto it = props.find("date"); it != props.end() && it->second.kind() == ValueKind::kString) {
    date = it->second.as_string();
    props.erase(it);
  }
  Status error;
  std::vector<std::vector<Value>> rows;
  const std::string key = r.type + ":" + r.from + "->" + r.to;
  const ValueMap params = {{"from", from},          {"to", to},        {"key", key},
                           {"props", Value(props)}, {"article", a.id}, {"evidence", r.evidence},
                           {"date", date}};
  if (!Run(session,
           "MATCH (a)-[r:" + r.type +
               " {key: $key}]->(b) WHERE id(a) = $from AND id(b) = $to "
               "SET r.sources = r.sources + $article, r.evidence = r.evidence + $evidence "
               "RETURN id(r)",
           params, &rows, &error)) {
    return error;
  }
  const bool created = rows.empty();
  if (created && !Run(session,
                      "MATCH (a) WHERE id(a) = $from MATCH (b) WHERE id(b) = $to "
                      "CREATE (a)-[r:" +
                          r.type +
                          " {key: $key}]->(b) "
                          "SET r += $props, r.sources = [$article], r.evidence = [$evidence]",
                      params, nullptr, &error)) {
    return error;
  }
  if (created) {
    ++stats->relationships_created;
    if (!date.empty() &&
        !Run(session,
             "MATCH (a)-[r:" + r.type +
                 " {key: $key}]->(b) WHERE id(a) = $from AND id(b) = $to "
                 "SET r.date = CASE WHEN size($date) = 10 THEN date($date) ELSE $date END",
             params, nullptr, &error)) {
      return error;
    }
  } else {
    ++stats->relationships_supported;
  }
  return Status::OK();
}

// Already loaded? OK(true) for the same content, an error for other content under the same id.
Result<bool> AlreadyLoaded(Session& session, const Article& a) {
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!Run(session, "MATCH (a:Article {id: $id}) RETURN a.sha256", {{"id", a.id}}, &rows, &error)) {
    return error;
  }
  if (rows.empty()) return false;
  if (rows[0][0].kind() == ValueKind::kString && rows[0][0].as_string() == a.sha256) return true;
  return Status::InvalidArgument("article " + a.id +
                                 " is already loaded with other content; unload it first");
}

Status WriteAll(Session& session, const Extraction& x, WriteStats* stats) {
  Status s = WriteArticleNode(session, x.article);
  if (!s.ok()) return s;
  std::map<std::string, int64_t> ids;
  for (const ExtractedEntity& e : x.entities) {
    if (!IsSchemaLabel(e.label)) return Status::InvalidArgument("bad label " + e.label);
    Result<int64_t> id = WriteEntity(session, x.article, e, stats);
    if (!id.ok()) return id.status();
    ids[e.name] = *id;
  }
  for (const ExtractedRelation& r : x.relations) {
    if (!ids.count(r.from) || !ids.count(r.to)) {
      return Status::InvalidArgument("relation " + r.type + " names an unlisted entity");
    }
    s = WriteRelation(session, x.article, r, ids[r.from], ids[r.to], stats);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

Result<WriteStats> WriteExtraction(Session& session, const Extraction& extraction) {
  WriteStats stats;
  Status s = session.Begin();
  if (!s.ok()) return s;
  Result<bool> loaded = AlreadyLoaded(session, extraction.article);
  if (!loaded.ok() || *loaded) {
    session.Rollback().IgnoreError();
    if (!loaded.ok()) return loaded.status();
    stats.already_loaded = true;
    return stats;
  }
  s = WriteAll(session, extraction, &stats);
  if (!s.ok()) {
    session.Rollback().IgnoreError();
    return s;
  }
  s = session.Commit();
  if (!s.ok()) return s;
  return stats;
}

namespace {

Status RetractSources(Session& session, const std::string& id, UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!Run(session,
           "MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND $id IN r.sources "
           "RETURN id(r), r.sources, r.evidence",
           {{"id", id}}, &rows, &error)) {
    return error;
  }
  for (const auto& row : rows) {
    const ValueList& sources = row[1].as_list();
    const ValueList evidence = row[2].kind() == ValueKind::kList ? row[2].as_list() : ValueList{};
    ValueList kept_sources;
    ValueList kept_evidence;
    for (size_t i = 0; i < sources.size(); ++i) {
      if (sources[i].kind() == ValueKind::kString && sources[i].as_string() == id) continue;
      kept_sources.push_back(sources[i]);
      if (i < evidence.size()) kept_evidence.push_back(evidence[i]);
    }
    const bool drop = kept_sources.empty();
    const std::string cypher =
        drop ? "MATCH ()-[r]->() WHERE id(r) = $rid DELETE r"
             : "MATCH ()-[r]->() WHERE id(r) = $rid SET r.sources = $s, r.evidence = $e";
    if (!Run(session, cypher,
             {{"rid", row[0]}, {"s", Value(kept_sources)}, {"e", Value(kept_evidence)}}, nullptr,
             &error)) {
      return error;
    }
    ++(drop ? stats->relationships_deleted : stats->relationships_kept);
  }
  return Status::OK();
}

Status RemoveOwnEntities(Session& session, const std::string& id, UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  // Entities this article created but others mention pass to the first of those articles.
  if (!Run(session,
           "MATCH (n {created_by: $id})<-[:MENTIONS]-(o:Article) WHERE o.id <> $id "
           "WITH n, min(o.id) AS heir SET n.created_by = heir",
           {{"id", id}}, nullptr, &error)) {
    return error;
  }
  if (!Run(session, "MATCH (n {created_by: $id}) DETACH DELETE n RETURN count(*)", {{"id", id}},
           &rows, &error)) {
    return error;
  }
  if (!rows.empty() && rows[0][0].kind() == ValueKind::kInt) {
    stats->entities_deleted = static_cast<int>(rows[0][0].as_int());
  }
  return Run(session, "MATCH (a:Article {id: $id}) DETACH DELETE a", {{"id", id}}, nullptr, &error)
             ? Status::OK()
             : error;
}

}  // namespace

Result<UnloadStats> UnloadArticle(Session& session, const std::string& article_id) {
  UnloadStats stats;
  Status s = session.Begin();
  if (!s.ok()) return s;
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!Run(session, "MATCH (a:Article {id: $id}) RETURN a.id", {{"id", article_id}}, &rows,
           &error) ||
      rows.empty()) {
    session.Rollback().IgnoreError();
    return error.ok() ? Status::NotFound("no article " + article_id + " is loaded") : error;
  }
  s = RetractSources(session, article_id, &stats);
  if (s.ok()) s = RemoveOwnEntities(session, article_id, &stats);
  if (!s.ok()) {
    session.Rollback().IgnoreError();
    return s;
  }
  s = session.Commit();
  if (!s.ok()) return s;
  return stats;
}

}  // namespace stargraph::ingest
