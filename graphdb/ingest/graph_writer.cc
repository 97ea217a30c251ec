#include "ingest/graph_writer.h"

#include <map>

#include "ingest/statement_runner.h"

namespace stargraph::ingest {

namespace {

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
  RunStatement(
      session,
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
  if (!RunStatement(session, "MATCH (n) WHERE n.name = $name AND NOT n:Article RETURN id(n)",
                    {{"name", e.name}}, &rows, &error)) {
    return error;
  }
  int64_t id = -1;
  Value added;  // the aliases this article gives the node (recorded for unload)
  if (!rows.empty()) {
    id = rows[0][0].as_int();
    ++stats->entities_linked;
    if (!RunStatement(session,
                      "MATCH (n) WHERE id(n) = $nid "
                      "WITH n, [x IN $aliases WHERE x <> n.name AND "
                      "NOT x IN coalesce(n.aliases, [])] AS added "
                      "SET n.aliases = coalesce(n.aliases, []) + added RETURN added",
                      {{"nid", id}, {"aliases", Strings(e.aliases)}}, &rows, &error)) {
      return error;
    }
    added = rows.empty() ? Value(ValueList{}) : rows[0][0];
  } else {
    if (!IsIdentifier(e.label)) return Status::InvalidArgument("bad label " + e.label);
    std::vector<std::string> aliases;
    for (const std::string& alias : e.aliases) {
      if (alias != e.name) aliases.push_back(alias);
    }
    if (!RunStatement(session,
                      "CREATE (n:" + e.label +
                          " {name: $name, aliases: $aliases, created_by: $article}) RETURN id(n)",
                      {{"name", e.name}, {"aliases", Strings(aliases)}, {"article", a.id}}, &rows,
                      &error)) {
      return error;
    }
    id = rows[0][0].as_int();
    ++stats->entities_created;
    added = Strings(aliases);
  }
  if (!RunStatement(
          session,
          "MATCH (a:Article {id: $article}) MATCH (n) WHERE id(n) = $nid "
          "CREATE (a)-[:MENTIONS {evidence: $evidence, mentions: $count, aliases: $aliases, "
          "aliases_added: $added}]->(n)",
          {{"article", a.id},
           {"nid", id},
           {"evidence", e.evidence},
           {"count", int64_t{e.mentions}},
           {"aliases", Strings(e.aliases)},
           {"added", added}},
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
  if (!RunStatement(session,
                    "MATCH (a)-[r:" + r.type +
                        " {key: $key}]->(b) WHERE id(a) = $from AND id(b) = $to "
                        "SET r.sources = r.sources + $article, r.evidence = r.evidence + $evidence "
                        "RETURN id(r)",
                    params, &rows, &error)) {
    return error;
  }
  const bool created = rows.empty();
  if (created &&
      !RunStatement(session,
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
        !RunStatement(session,
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
  if (!RunStatement(session, "MATCH (a:Article {id: $id}) RETURN a.sha256", {{"id", a.id}}, &rows,
                    &error)) {
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
  s = FinishTransaction(session, s);
  if (!s.ok()) return s;
  return stats;
}

}  // namespace stargraph::ingest
