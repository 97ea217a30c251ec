#include "graph_picture.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "cypher_notation.h"

extern char** environ;

namespace stargraph::cli {
namespace {

const char* const kPalette[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3",
                                "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd"};

// The labels of ../shared/SCHEMA.md and the loader's Article, each in a colour of its own: hashed
// into the palette, several of them would share one.
const std::pair<const char*, const char*> kSchemaColours[] = {
    {"Company", "#b3de69"},  {"Person", "#8dd3c7"}, {"Product", "#d9d9d9"}, {"Project", "#fb8072"},
    {"Facility", "#80b1d3"}, {"Place", "#bebada"},  {"Agency", "#fccde5"},  {"Media", "#bc80bd"},
    {"Concept", "#fdb462"},  {"Article", "#ffffb3"}};

// A stable colour for a label: the schema's own, else by FNV-1a of its bytes, so pictures agree
// across runs.
const char* LabelColour(const std::string& label) {
  for (const auto& [name, colour] : kSchemaColours) {
    if (label == name) return colour;
  }
  uint32_t hash = 2166136261u;
  for (unsigned char c : label) hash = (hash ^ c) * 16777619u;
  return kPalette[hash % (sizeof kPalette / sizeof kPalette[0])];
}

std::string DotString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";  // a line break inside a DOT label
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The caption of a node: its name (or title), else its first label and id.
std::string NodeCaption(const NodeRef& node) {
  if (node.data) {
    for (const char* key : {"name", "title"}) {
      auto it = node.data->properties.find(key);
      if (it != node.data->properties.end()) return CypherCell(it->second);
    }
    if (!node.data->labels.empty()) return node.data->labels[0] + " " + std::to_string(node.id);
  }
  return std::to_string(node.id);
}

// The type, plus the amount (value, amount) when the relationship has one.
std::string EdgeCaption(const RelRef& rel) {
  std::string out = rel.data && !rel.data->labels.empty() ? rel.data->labels[0] : "";
  if (!rel.data) return out;
  for (const char* key : {"value", "amount"}) {
    auto it = rel.data->properties.find(key);
    if (it != rel.data->properties.end()) return out + "\n" + CypherCell(it->second);
  }
  return out;
}

std::string NodeLine(const NodeRef& node) {
  std::string label = node.data && !node.data->labels.empty() ? node.data->labels[0] : "";
  return "  n" + std::to_string(node.id) + " [label=" + DotString(NodeCaption(node)) +
         ", fillcolor=\"" + LabelColour(label) + "\", tooltip=" + DotString(label) + "];\n";
}

Status RunDot(const std::string& format, const std::string& input, const std::string& output) {
  std::string type_flag = "-T" + format;
  std::string output_flag = "-o" + output;
  char* argv[] = {const_cast<char*>("dot"), type_flag.data(), output_flag.data(),
                  const_cast<char*>(input.c_str()), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "dot", nullptr, nullptr, argv, environ) != 0) {
    return Status::NotFound("the Graphviz `dot` program is not installed; DOT text is in " + input);
  }
  int wait_status = 0;
  if (waitpid(pid, &wait_status, 0) < 0 || !WIFEXITED(wait_status) ||
      WEXITSTATUS(wait_status) != 0) {
    return Status::IOError("dot failed to render " + output);
  }
  return Status::OK();
}

}  // namespace

void CollectEntities(const Value& value, GraphPicture* picture) {
  switch (value.kind()) {
    case ValueKind::kNode:
      picture->nodes[value.as_node().id] = value.as_node();
      break;
    case ValueKind::kRelationship:
      picture->relationships[value.as_rel().id] = value.as_rel();
      break;
    case ValueKind::kPath:
      for (const NodeRef& n : value.as_path().nodes) picture->nodes[n.id] = n;
      for (const RelRef& r : value.as_path().rels) picture->relationships[r.id] = r;
      break;
    case ValueKind::kList:
      for (const Value& item : value.as_list()) CollectEntities(item, picture);
      break;
    case ValueKind::kMap:
      for (const auto& entry : value.as_map()) CollectEntities(entry.second, picture);
      break;
    default:
      break;
  }
}

std::string ToDot(const GraphPicture& picture) {
  std::string out = "digraph stargraph {\n  graph [rankdir=LR];\n";
  out +=
      "  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC,sans-serif\"];\n";
  out += "  edge [fontname=\"Noto Sans CJK SC,sans-serif\", fontsize=10];\n";
  for (const auto& entry : picture.nodes) out += NodeLine(entry.second);
  for (const auto& [id, rel] : picture.relationships) {
    if (!picture.nodes.count(rel.start) || !picture.nodes.count(rel.end)) continue;
    out += "  n" + std::to_string(rel.start) + " -> n" + std::to_string(rel.end) +
           " [label=" + DotString(EdgeCaption(rel)) + "];\n";
  }
  return out + "}\n";
}

Status WritePicture(const std::string& dot_text, const std::string& output) {
  size_t dot = output.rfind('.');
  std::string extension = dot == std::string::npos ? "" : output.substr(dot + 1);
  std::string dot_path = extension == "dot" ? output : output + ".dot";
  std::ofstream file(dot_path);
  file << dot_text;
  if (!file.good()) return Status::IOError("cannot write " + dot_path);
  file.close();
  if (extension == "dot") return Status::OK();
  Status rendered = RunDot(extension.empty() ? "svg" : extension, dot_path, output);
  if (rendered.ok()) std::remove(dot_path.c_str());
  return rendered;
}

void PictureCollector::Begin(const std::vector<std::string>& columns) {
  *picture_ = GraphPicture();
  inner_.Begin(columns);
}

void PictureCollector::Row(const std::vector<Value>& row) {
  for (const Value& v : row) CollectEntities(v, picture_);
  inner_.Row(row);
}

void PictureCollector::End(const QueryStats& stats, double elapsed_ms) {
  inner_.End(stats, elapsed_ms);
}

void PictureCollector::Error(const QueryError& error, const std::string& statement) {
  inner_.Error(error, statement);
}

}  // namespace stargraph::cli
