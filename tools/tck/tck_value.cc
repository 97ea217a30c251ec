#include "tck_value.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace stargraph::tck {
namespace {

// A recursive-descent reader over one literal.
class LiteralReader {
 public:
  explicit LiteralReader(const std::string& text) : s_(text) {}

  std::optional<Value> ReadAll(std::string* error) {
    std::optional<Value> v = ReadValue();
    SkipSpace();
    if (v && pos_ != s_.size()) Fail("trailing text");
    if (!error_.empty()) {
      *error = error_ + " at offset " + std::to_string(pos_) + " in: " + s_;
      return std::nullopt;
    }
    return v;
  }

 private:
  void SkipSpace() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool Peek(char c) {
    SkipSpace();
    return pos_ < s_.size() && s_[pos_] == c;
  }
  bool Accept(const std::string& token) {
    SkipSpace();
    if (s_.compare(pos_, token.size(), token) != 0) return false;
    pos_ += token.size();
    return true;
  }
  void Expect(const std::string& token) {
    if (!Accept(token)) Fail("expected '" + token + "'");
  }
  std::optional<Value> Fail(const std::string& message) {
    if (error_.empty()) error_ = message;
    pos_ = s_.size();
    return std::nullopt;
  }

  std::optional<Value> ReadValue() {
    SkipSpace();
    if (pos_ >= s_.size()) return Fail("unexpected end");
    const char c = s_[pos_];
    if (c == '\'' || c == '"') return Value(ReadString());
    if (c == '[') return Peek('[') && IsRelationshipStart() ? ReadRelationship() : ReadList();
    if (c == '{') return ReadMap();
    if (c == '(') return Value(ReadNode());
    if (c == '<') return ReadPath();
    if (Accept("null")) return Value();
    if (Accept("true")) return Value(true);
    if (Accept("false")) return Value(false);
    if (Accept("NaN")) return Value(std::nan(""));
    if (Accept("Infinity")) return Value(HUGE_VAL);
    if (Accept("-Infinity")) return Value(-HUGE_VAL);
    return ReadNumber();
  }

  bool IsRelationshipStart() {
    size_t p = pos_ + 1;
    while (p < s_.size() && s_[p] == ' ') ++p;
    return p < s_.size() && s_[p] == ':';
  }

  std::string ReadString() {
    const char quote = s_[pos_++];
    std::string out;
    while (pos_ < s_.size() && s_[pos_] != quote) {
      char c = s_[pos_++];
      if (c == '\\' && pos_ < s_.size()) {
        c = s_[pos_++];
        if (c == 'n') c = '\n';
        if (c == 't') c = '\t';
        if (c == 'r') c = '\r';
      }
      out += c;
    }
    if (pos_ >= s_.size()) Fail("unterminated string");
    ++pos_;
    return out;
  }

  std::optional<Value> ReadNumber() {
    const size_t start = pos_;
    if (s_[pos_] == '-' || s_[pos_] == '+') ++pos_;
    bool is_float = false;
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == '.' || c == 'e' || c == 'E' ||
                 ((c == '-' || c == '+') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E'))) {
        is_float = true;
        ++pos_;
      } else {
        break;
      }
    }
    const std::string text = s_.substr(start, pos_ - start);
    if (text.empty() || text == "-" || text == "+") return Fail("expected a value");
    if (is_float) return Value(std::strtod(text.c_str(), nullptr));
    return Value(static_cast<int64_t>(std::strtoll(text.c_str(), nullptr, 10)));
  }

  std::string ReadName() {
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '`') {
      const size_t end = s_.find('`', pos_ + 1);
      if (end == std::string::npos) return Fail("unterminated name"), "";
      std::string name = s_.substr(pos_ + 1, end - pos_ - 1);
      pos_ = end + 1;
      return name;
    }
    const size_t start = pos_;
    while (pos_ < s_.size() &&
           (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) {
      ++pos_;
    }
    if (start == pos_) Fail("expected a name");
    return s_.substr(start, pos_ - start);
  }

  std::optional<Value> ReadList() {
    Expect("[");
    ValueList items;
    while (error_.empty() && !Accept("]")) {
      if (!items.empty()) Expect(",");
      std::optional<Value> v = ReadValue();
      if (!v) return std::nullopt;
      items.push_back(*v);
    }
    return Value(std::move(items));
  }

  ValueMap ReadProperties() {
    ValueMap map;
    Expect("{");
    while (error_.empty() && !Accept("}")) {
      if (!map.empty()) Expect(",");
      std::string key = ReadName();
      Expect(":");
      std::optional<Value> v = ReadValue();
      if (!v) break;
      map[key] = *v;
    }
    return map;
  }

  std::optional<Value> ReadMap() {
    ValueMap map = ReadProperties();
    if (!error_.empty()) return std::nullopt;
    return Value(std::move(map));
  }

  // ":A:B {props}" inside a node or relationship.
  std::shared_ptr<EntityData> ReadEntity(char close) {
    auto data = std::make_shared<EntityData>();
    while (Accept(":")) data->labels.push_back(ReadName());
    if (Peek('{')) data->properties = ReadProperties();
    Expect(std::string(1, close));
    return data;
  }

  NodeRef ReadNode() {
    Expect("(");
    NodeRef node;
    node.data = ReadEntity(')');
    return node;
  }

  std::optional<Value> ReadRelationship() {
    Expect("[");
    RelRef rel;
    rel.data = ReadEntity(']');
    return Value(rel);
  }

  // <(:A)-[:T]->(:B)<-[:U]-(:C)>; nodes get ids 0, 1, 2 ... in path order.
  std::optional<Value> ReadPath() {
    Expect("<");
    PathData path;
    NodeRef first = ReadNode();
    path.nodes.push_back(first);
    while (error_.empty() && !Accept(">")) {
      const bool incoming = Accept("<-");
      if (!incoming) Expect("-");
      Expect("[");
      RelRef rel;
      rel.data = ReadEntity(']');
      const bool outgoing = Accept("->");
      if (!outgoing) Expect("-");
      NodeRef next = ReadNode();
      next.id = path.nodes.size();
      rel.start = incoming ? next.id : next.id - 1;
      rel.end = incoming ? next.id - 1 : next.id;
      path.rels.push_back(rel);
      path.nodes.push_back(next);
    }
    if (!error_.empty()) return std::nullopt;
    return Value(std::move(path));
  }

  const std::string& s_;
  size_t pos_ = 0;
  std::string error_;
};

std::string FloatText(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return "0.0";  // floats compare by value: -0.0 = 0.0
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string MapText(const ValueMap& map, bool sort_lists) {
  std::string out = "{";
  for (const auto& [k, v] : map) {
    if (out.size() > 1) out += ", ";
    out += k + ": " + CanonicalText(v, sort_lists);
  }
  return out + "}";
}

std::string EntityText(const std::shared_ptr<const EntityData>& data, bool sort_lists) {
  if (!data) return "?";
  std::vector<std::string> labels = data->labels;
  std::sort(labels.begin(), labels.end());
  std::string out;
  for (const std::string& l : labels) out += ":" + l;
  if (!data->properties.empty()) {
    out += (out.empty() ? "" : " ") + MapText(data->properties, sort_lists);
  }
  return out;
}

std::string PathText(const PathData& path, bool sort_lists) {
  std::string out = "<(" + EntityText(path.nodes[0].data, sort_lists) + ")";
  for (size_t i = 0; i < path.rels.size(); ++i) {
    const RelRef& r = path.rels[i];
    const bool forward = r.start == path.nodes[i].id && r.end == path.nodes[i + 1].id;
    const std::string rel = "[" + EntityText(r.data, sort_lists) + "]";
    out += forward ? "-" + rel + "->" : "<-" + rel + "-";
    out += "(" + EntityText(path.nodes[i + 1].data, sort_lists) + ")";
  }
  return out + ">";
}

std::string ListText(const ValueList& list, bool sort_lists) {
  std::vector<std::string> items;
  for (const Value& v : list) items.push_back(CanonicalText(v, sort_lists));
  if (sort_lists) std::sort(items.begin(), items.end());
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

}  // namespace

std::optional<Value> ParseTckValue(const std::string& text, std::string* error) {
  return LiteralReader(text).ReadAll(error);
}

std::string CanonicalText(const Value& value, bool sort_lists) {
  switch (value.kind()) {
    case ValueKind::kNull:
      return "null";
    case ValueKind::kBool:
      return value.as_bool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(value.as_int());
    case ValueKind::kFloat:
      return FloatText(value.as_float());
    case ValueKind::kString:
      return Quote(value.as_string());
    case ValueKind::kList:
      return ListText(value.as_list(), sort_lists);
    case ValueKind::kMap:
      return MapText(value.as_map(), sort_lists);
    case ValueKind::kNode:
      return "(" + EntityText(value.as_node().data, sort_lists) + ")";
    case ValueKind::kRelationship:
      return "[" + EntityText(value.as_rel().data, sort_lists) + "]";
    case ValueKind::kPath:
      return PathText(value.as_path(), sort_lists);
    default:  // temporal values compare by their string form
      return Quote(value.ToString());
  }
}

}  // namespace stargraph::tck
