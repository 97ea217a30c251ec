// Unloading an article: its sources, the relationships and entities only it supports, and the
// aliases only it gave (see graph_writer.h for the provenance this reads).
#include "ingest/graph_writer.h"
#include "ingest/statement_runner.h"

namespace stargraph::ingest {

namespace {

Status RetractSources(Session& session, const std::string& id, UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!RunStatement(session,
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
    if (!RunStatement(session, cypher,
                      {{"rid", row[0]}, {"s", Value(kept_sources)}, {"e", Value(kept_evidence)}},
                      nullptr, &error)) {
      return error;
    }
    ++(drop ? stats->relationships_deleted : stats->relationships_kept);
  }
  return Status::OK();
}

// Alias `alias` of node `nid`, given by article `id`: another article that still names the node
// so inherits it (the first by id); else it leaves the node.
Status RetractAlias(Session& session, const std::string& id, const Value& nid, const Value& alias,
                    UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  const ValueMap params = {{"id", id}, {"nid", nid}, {"alias", alias}};
  if (!RunStatement(session,
                    "MATCH (o:Article)-[m:MENTIONS]->(n) WHERE id(n) = $nid AND o.id <> $id "
                    "AND $alias IN coalesce(m.aliases, []) "
                    "RETURN id(m) ORDER BY o.id LIMIT 1",
                    params, &rows, &error)) {
    return error;
  }
  if (!rows.empty()) {
    return RunStatement(session,
                        "MATCH ()-[m]->() WHERE id(m) = $mid "
                        "SET m.aliases_added = coalesce(m.aliases_added, []) + $alias",
                        {{"mid", rows[0][0]}, {"alias", alias}}, nullptr, &error)
               ? Status::OK()
               : error;
  }
  ++stats->aliases_removed;
  return RunStatement(session,
                      "MATCH (n) WHERE id(n) = $nid "
                      "SET n.aliases = [x IN coalesce(n.aliases, []) WHERE x <> $alias]",
                      params, nullptr, &error)
             ? Status::OK()
             : error;
}

Status RetractAliases(Session& session, const std::string& id, UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  if (!RunStatement(session,
                    "MATCH (:Article {id: $id})-[m:MENTIONS]->(n) "
                    "WHERE size(coalesce(m.aliases_added, [])) > 0 "
                    "RETURN id(n), m.aliases_added",
                    {{"id", id}}, &rows, &error)) {
    return error;
  }
  for (const auto& row : rows) {
    for (const Value& alias : row[1].as_list()) {
      Status s = RetractAlias(session, id, row[0], alias, stats);
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

Status RemoveOwnEntities(Session& session, const std::string& id, UnloadStats* stats) {
  Status error;
  std::vector<std::vector<Value>> rows;
  // Entities this article created but others mention pass to the first of those articles.
  if (!RunStatement(session,
                    "MATCH (n {created_by: $id})<-[:MENTIONS]-(o:Article) WHERE o.id <> $id "
                    "WITH n, min(o.id) AS heir SET n.created_by = heir",
                    {{"id", id}}, nullptr, &error)) {
    return error;
  }
  if (!RunStatement(session, "MATCH (n {created_by: $id}) DETACH DELETE n RETURN count(*)",
                    {{"id", id}}, &rows, &error)) {
    return error;
  }
  if (!rows.empty() && rows[0][0].kind() == ValueKind::kInt) {
    stats->entities_deleted = static_cast<int>(rows[0][0].as_int());
  }
  return RunStatement(session, "MATCH (a:Article {id: $id}) DETACH DELETE a", {{"id", id}}, nullptr,
                      &error)
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
  if (!RunStatement(session, "MATCH (a:Article {id: $id}) RETURN a.id", {{"id", article_id}}, &rows,
                    &error) ||
      rows.empty()) {
    session.Rollback().IgnoreError();
    return error.ok() ? Status::NotFound("no article " + article_id + " is loaded") : error;
  }
  s = RetractSources(session, article_id, &stats);
  if (s.ok()) s = RetractAliases(session, article_id, &stats);
  if (s.ok()) s = RemoveOwnEntities(session, article_id, &stats);
  s = FinishTransaction(session, s);
  if (!s.ok()) return s;
  return stats;
}

}  // namespace stargraph::ingest
