#include "cypher_notation.h"

#include <cctype>

namespace stargraph::cli {
namespace {

std::string Properties(const ValueMap& properties) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : properties) {
    if (!first) out += ", ";
    first = false;
    out += CypherName(key) + ": " + CypherLiteral(value);
  }
  return out + "}";
}

// ":A:B {k: v}" (or ":T {..}" for a relationship); empty when there is nothing to show.
std::string EntityBody(const std::shared_ptr<const EntityData>& data) {
  if (!data) return "";
  std::string out;
  for (const std::string& label : data->labels) out += ":" + CypherName(label);
  if (!data->properties.empty()) {
    if (!out.empty()) out += " ";
    out += Properties(data->properties);
  }
  return out;
}

std::string Node(const NodeRef& node) { return "(" + EntityBody(node.data) + ")"; }
std::string Rel(const RelRef& rel) { return "[" + EntityBody(rel.data) + "]"; }

std::string Path(const PathData& path) {
  std::string out = path.nodes.empty() ? "" : Node(path.nodes[0]);
  for (size_t i = 0; i < path.rels.size() && i + 1 < path.nodes.size(); ++i) {
    const RelRef& rel = path.rels[i];
    bool forward = rel.start == path.nodes[i].id;
    out += forward ? "-" + Rel(rel) + "->" : "<-" + Rel(rel) + "-";
    out += Node(path.nodes[i + 1]);
  }
  return out;
}

std::string List(const ValueList& list) {
  std::string out = "[";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    out += CypherLiteral(list[i]);
  }
  return out + "]";
}

bool IsIdentifierByte(unsigned char c, bool first) {
  if (c >= 0x80) return true;  // a byte of a non-ASCII (Unicode) letter
  return std::isalpha(c) || c == '_' || (!first && std::isdigit(c));
}

}  // namespace

std::string QuoteCypherString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string CypherName(const std::string& name) {
  bool plain = !name.empty();
  for (size_t i = 0; i < name.size() && plain; ++i) {
    plain = IsIdentifierByte(static_cast<unsigned char>(name[i]), i == 0);
  }
  if (plain) return name;
  std::string out = "`";
  for (char c : name) out += c == '`' ? std::string("``") : std::string(1, c);
  return out + "`";
}

std::string CypherLiteral(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kString:
      return QuoteCypherString(value.as_string());
    case ValueKind::kList:
      return List(value.as_list());
    case ValueKind::kMap:
      return Properties(value.as_map());
    case ValueKind::kNode:
      return Node(value.as_node());
    case ValueKind::kRelationship:
      return Rel(value.as_rel());
    case ValueKind::kPath:
      return Path(value.as_path());
    default:
      return value.ToString();  // null, booleans, numbers and temporals
  }
}

std::string CypherCell(const Value& value) {
  return value.kind() == ValueKind::kString ? value.as_string() : CypherLiteral(value);
}

}  // namespace stargraph::cli
