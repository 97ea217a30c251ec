// `stargraph export --format csv`: nodes.csv and relationships.csv with neo4j-admin headers.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "csv_writer.h"
#include "export_command.h"
#include "progress_bar.h"

namespace stargraph::cli {
namespace {

// The import column type of a value ("int", "date", "string[]"), or "" when it has none.
std::string ColumnType(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kBool:
      return "boolean";
    case ValueKind::kInt:
      return "int";
    case ValueKind::kFloat:
      return "float";
    case ValueKind::kString:
      return "string";
    case ValueKind::kList:
      if (v.as_list().empty()) return "";
      return ColumnType(v.as_list()[0]) + "[]";
    default: {
      const char* temporal = TemporalTypeName(v.kind());
      return temporal ? temporal : "";
    }
  }
}

// Property columns: key -> type; a key seen with two types becomes a string column.
using Columns = std::map<std::string, std::string>;

void NoteColumns(const ValueMap& properties, Columns* columns) {
  for (const auto& [key, value] : properties) {
    const std::string type = ColumnType(value);
    if (type.empty()) continue;
    auto [it, inserted] = columns->emplace(key, type);
    if (!inserted && it->second != type) it->second = "string";
  }
}

std::string Cell(const Value& v, const std::string& type) {
  if (v.is_null()) return "";
  if (v.kind() == ValueKind::kList && type != "string") {
    std::string out;
    for (const Value& item : v.as_list()) out += (out.empty() ? "" : ";") + item.ToString();
    return out;
  }
  return v.ToString();
}

std::string Header(const std::vector<std::string>& fixed, const Columns& columns) {
  std::string out;
  for (const std::string& f : fixed) out += (out.empty() ? "" : ",") + CsvField(f);
  for (const auto& [key, type] : columns) out += "," + CsvField(key + ":" + type);
  return out + "\n";
}

std::string Cells(const ValueMap& properties, const Columns& columns) {
  std::string out;
  for (const auto& [key, type] : columns) {
    auto it = properties.find(key);
    out += "," + CsvField(it == properties.end() ? "" : Cell(it->second, type));
  }
  return out;
}

template <typename RowFn>
bool Scan(Session& session, const std::string& cypher, RowFn fn) {
  QueryResult r = session.Execute(cypher);
  while (r.Next()) fn(r.row()[0]);
  if (!r.ok()) std::cerr << "stargraph export: " << r.error().message << "\n";
  return r.ok();
}

}  // namespace

bool WriteCsvExport(Session& session, const std::string& directory, bool show_progress) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  std::ofstream nodes(std::filesystem::path(directory) / "nodes.csv", std::ios::binary);
  std::ofstream rels(std::filesystem::path(directory) / "relationships.csv", std::ios::binary);
  if (!nodes || !rels) {
    std::cerr << "stargraph export: cannot write into " << directory << "\n";
    return false;
  }
  Columns node_columns, rel_columns;
  const std::string all_nodes = "MATCH (n) RETURN n ORDER BY id(n)";
  const std::string all_rels = "MATCH ()-[r]->() RETURN r ORDER BY id(r)";
  bool ok = Scan(session, all_nodes,
                 [&](const Value& n) { NoteColumns(n.as_node().data->properties, &node_columns); });
  ok = ok && Scan(session, all_rels,
                  [&](const Value& r) { NoteColumns(r.as_rel().data->properties, &rel_columns); });
  if (!ok) return false;
  ProgressBar progress(std::cerr, show_progress, "entities written",
                       show_progress ? CountEntities(session) : 0);
  uint64_t written = 0;
  nodes << Header({":ID", ":LABEL"}, node_columns);
  ok = Scan(session, all_nodes, [&](const Value& v) {
    const NodeRef& n = v.as_node();
    std::string labels;
    for (const std::string& l : n.data->labels) labels += (labels.empty() ? "" : ";") + l;
    nodes << n.id << "," << CsvField(labels) << Cells(n.data->properties, node_columns) << "\n";
    progress.Update(++written);
  });
  rels << Header({":START_ID", ":END_ID", ":TYPE"}, rel_columns);
  ok = ok && Scan(session, all_rels, [&](const Value& v) {
         const RelRef& r = v.as_rel();
         rels << r.start << "," << r.end << "," << CsvField(r.data->labels[0])
              << Cells(r.data->properties, rel_columns) << "\n";
         progress.Update(++written);
       });
  if (ok) progress.Finish();
  return ok && nodes && rels;
}

}  // namespace stargraph::cli
