#include "export_command.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <map>

#include "cypher_notation.h"
#include "progress_bar.h"

namespace stargraph::cli {
namespace {

constexpr size_t kBatch = 500;
constexpr const char* kExportLabel = "_StargraphExport";
constexpr const char* kExportKey = "_stargraph_export_id";

std::string PropertiesLiteral(const ValueMap& properties) {
  std::string out = "{";
  for (const auto& [key, value] : properties) {
    out += (out.size() > 1 ? ", " : "") + CypherName(key) + ": " + ExactCypherLiteral(value);
  }
  return out + "}";
}

// Runs `cypher`, calling `row_fn` per row; false (after printing the error) on failure.
template <typename RowFn>
bool ForEachRow(Session& session, const std::string& cypher, RowFn row_fn) {
  QueryResult r = session.Execute(cypher);
  while (r.Next()) row_fn(r.row());
  if (!r.ok()) std::cerr << "stargraph export: " << r.error().message << "\n";
  return r.ok();
}

std::string Labels(const std::vector<std::string>& labels) {
  std::string out;
  for (const std::string& l : labels) out += ":" + CypherName(l);
  return out;
}

// Collects rows of one kind (a label set or a relationship type) and flushes them as one UNWIND.
class BatchWriter {
 public:
  BatchWriter(std::ostream& out, std::string statement_tail)
      : out_(out), tail_(std::move(statement_tail)) {}
  ~BatchWriter() { Flush(); }
  void Add(const std::string& row_literal) {
    rows_.push_back(row_literal);
    if (rows_.size() >= kBatch) Flush();
  }
  void Flush() {
    if (rows_.empty()) return;
    out_ << "UNWIND [";
    for (size_t i = 0; i < rows_.size(); ++i) out_ << (i ? ",\n  " : "") << rows_[i];
    out_ << "] AS row\n" << tail_ << ";\n";
    rows_.clear();
  }

 private:
  std::ostream& out_;
  std::string tail_;
  std::vector<std::string> rows_;
};

}  // namespace

const char* TemporalTypeName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kDate:
      return "date";
    case ValueKind::kLocalTime:
      return "localtime";
    case ValueKind::kTime:
      return "time";
    case ValueKind::kLocalDateTime:
      return "localdatetime";
    case ValueKind::kDateTime:
      return "datetime";
    case ValueKind::kDuration:
      return "duration";
    default:
      return nullptr;
  }
}

std::string ExactCypherLiteral(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kFloat: {
      const std::string text = value.ToString();
      if (text == "NaN") return "(0.0 / 0.0)";
      if (text == "Infinity") return "(1.0 / 0.0)";
      if (text == "-Infinity") return "(-1.0 / 0.0)";
      return text;
    }
    case ValueKind::kString:
      return QuoteCypherString(value.as_string());
    case ValueKind::kList: {
      std::string out = "[";
      for (const Value& v : value.as_list())
        out += (out.size() > 1 ? ", " : "") + ExactCypherLiteral(v);
      return out + "]";
    }
    case ValueKind::kMap:
      return PropertiesLiteral(value.as_map());
    default:
      if (const char* fn = TemporalTypeName(value.kind())) {
        return std::string(fn) + "(" + QuoteCypherString(value.ToString()) + ")";
      }
      return value.ToString();
  }
}

uint64_t CountEntities(Session& session) {
  QueryResult r = session.Execute(
      "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r)");
  if (!r.Next()) return 0;
  return static_cast<uint64_t>(r.row()[0].as_int() + r.row()[1].as_int());
}

bool WriteCypherExport(Session& session, std::ostream& out, bool show_progress) {
  ProgressBar progress(std::cerr, show_progress, "entities written",
                       show_progress ? CountEntities(session) : 0);
  out << "// stargraph export: run with `stargraph query --db NEW -f THIS_FILE`\n";
  bool ok = ForEachRow(session, "SHOW INDEXES", [&](const std::vector<Value>& row) {
    const std::string name = CypherName(row[0].as_string());
    const std::string label = CypherName(row[2].as_string());
    const std::string key = CypherName(row[3].as_list()[0].as_string());
    if (row[1].as_string() == "RANGE") {
      out << "CREATE INDEX " << name << " IF NOT EXISTS FOR (n:" << label << ") ON (n." << key
          << ");\n";
    } else {
      out << "CREATE CONSTRAINT " << name << " IF NOT EXISTS FOR (n:" << label << ") REQUIRE n."
          << key << " IS UNIQUE;\n";
    }
  });
  if (!ok) return false;
  out << "CREATE INDEX stargraph_export IF NOT EXISTS FOR (n:" << kExportLabel << ") ON (n."
      << kExportKey << ");\n";
  uint64_t written = 0;
  std::unique_ptr<BatchWriter> nodes;
  std::vector<std::string> current_labels;
  ok = ForEachRow(session, "MATCH (n) RETURN n ORDER BY labels(n), id(n)",
                  [&](const std::vector<Value>& row) {
                    const NodeRef& n = row[0].as_node();
                    if (!nodes || n.data->labels != current_labels) {
                      current_labels = n.data->labels;
                      nodes.reset();
                      nodes = std::make_unique<BatchWriter>(
                          out, "CREATE (n:" + std::string(kExportLabel) + Labels(current_labels) +
                                   " {" + kExportKey + ": row.id}) SET n += row.properties");
                    }
                    progress.Update(++written);
                    nodes->Add("{id: " + std::to_string(n.id) +
                               ", properties: " + PropertiesLiteral(n.data->properties) + "}");
                  });
  nodes.reset();
  if (!ok) return false;
  std::unique_ptr<BatchWriter> rels;
  std::string current_type;
  ok = ForEachRow(
      session, "MATCH ()-[r]->() RETURN r ORDER BY type(r), id(r)",
      [&](const std::vector<Value>& row) {
        const RelRef& r = row[0].as_rel();
        if (!rels || r.data->labels[0] != current_type) {
          current_type = r.data->labels[0];
          rels.reset();
          const std::string match_by_id =
              std::string(":") + kExportLabel + " {" + kExportKey + ": row.";
          rels = std::make_unique<BatchWriter>(
              out, "MATCH (a" + match_by_id + "start}), (b" + match_by_id + "end}) CREATE (a)-[r:" +
                       CypherName(current_type) + "]->(b) SET r += row.properties");
        }
        progress.Update(++written);
        rels->Add("{start: " + std::to_string(r.start) + ", end: " + std::to_string(r.end) +
                  ", properties: " + PropertiesLiteral(r.data->properties) + "}");
      });
  rels.reset();
  if (!ok) return false;
  progress.Finish();
  out << "MATCH (n:" << kExportLabel << ") REMOVE n:" << kExportLabel << ", n." << kExportKey
      << ";\nDROP INDEX stargraph_export;\n";
  return static_cast<bool>(out);
}

int RunExportCommand(const ExportCommandOptions& options) {
  if (options.format == "csv" && options.output.empty()) {
    std::cerr << "stargraph export: --format csv needs --output DIRECTORY\n";
    return 2;
  }
  DatabaseOptions open;
  open.create_if_missing = false;
  open.read_only = true;
  auto db = Database::Open(options.db, open);
  if (!db.ok()) {
    std::cerr << "stargraph export: " << db.status().message() << "\n";
    return 1;
  }
  auto session = (*db)->Connect();
  // Progress goes to stderr, so not when the script itself is printed on that terminal.
  const bool show_progress = ProgressWanted(options.output.empty() && isatty(STDOUT_FILENO) != 0);
  if (options.format == "csv") {
    return WriteCsvExport(*session, options.output, show_progress) ? 0 : 1;
  }
  if (options.output.empty()) return WriteCypherExport(*session, std::cout, show_progress) ? 0 : 1;
  std::ofstream file(options.output, std::ios::binary);
  if (!file) {
    std::cerr << "stargraph export: cannot write " << options.output << "\n";
    return 1;
  }
  return WriteCypherExport(*session, file, show_progress) ? 0 : 1;
}

}  // namespace stargraph::cli
