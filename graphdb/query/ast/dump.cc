#include "query/ast/dump.h"

namespace stargraph::query::ast {
namespace {

std::string DumpOrDash(const ExprPtr& e) { return e == nullptr ? "-" : Dump(*e); }

std::string Join(const std::vector<ExprPtr>& items) {
  std::string out;
  for (const ExprPtr& e : items) out += " " + Dump(*e);
  return out;
}

std::string DumpMap(const MapLiteral& map) {
  std::string out = "{";
  for (size_t i = 0; i < map.entries.size(); ++i) {
    out += (i ? ", " : "") + map.entries[i].first + ": " + Dump(*map.entries[i].second);
  }
  return out + "}";
}

std::string DumpMapProjection(const MapProjection& projection) {
  std::string out = "(project " + projection.variable;
  for (const MapProjectionItem& item : projection.items) {
    switch (item.kind) {
      case MapProjectionItemKind::kProperty:
        out += " ." + item.key;
        break;
      case MapProjectionItemKind::kAllProperties:
        out += " .*";
        break;
      case MapProjectionItemKind::kLiteral:
        out += " " + item.key + ":" + Dump(*item.value);
        break;
      case MapProjectionItemKind::kVariable:
        out += " " + item.key;
        break;
    }
  }
  return out + ")";
}

std::string DumpCase(const Case& node) {
  std::string out = "(case " + DumpOrDash(node.subject);
  for (const CaseAlternative& alt : node.alternatives) {
    out += " (" + Dump(*alt.when) + " " + Dump(*alt.then) + ")";
  }
  return out + " " + DumpOrDash(node.otherwise) + ")";
}

const char* QuantifierName(QuantifierKind kind) {
  switch (kind) {
    case QuantifierKind::kAll:
      return "all";
    case QuantifierKind::kAny:
      return "any";
    case QuantifierKind::kNone:
      return "none";
    case QuantifierKind::kSingle:
      return "single";
  }
  return "?";
}

std::string DumpLiteral(const Value& value) {
  if (value.kind() == ValueKind::kString) return "'" + value.as_string() + "'";
  return value.ToString();
}

std::string DumpNode(const NodePattern& node) {
  std::string out = "(" + node.variable;
  for (const std::string& label : node.labels) out += ":" + label;
  if (node.properties != nullptr) out += " " + Dump(*node.properties);
  return out + ")";
}

std::string DumpRel(const RelationshipPattern& rel) {
  std::string out = rel.direction == RelDirection::kIncoming ? "<-[" : "-[";
  out += rel.variable;
  for (size_t i = 0; i < rel.types.size(); ++i) out += (i ? "|" : ":") + rel.types[i];
  if (rel.var_length) {
    out += "*";
    if (rel.min_hops) out += std::to_string(*rel.min_hops);
    if (rel.min_hops != rel.max_hops || !rel.min_hops) out += "..";
    if (rel.max_hops && rel.min_hops != rel.max_hops) out += std::to_string(*rel.max_hops);
  }
  if (rel.properties != nullptr) out += " " + Dump(*rel.properties);
  return out + (rel.direction == RelDirection::kOutgoing ? "]->" : "]-");
}

}  // namespace

std::string Dump(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::kLiteral:
      return DumpLiteral(expr.As<Literal>().value);
    case ExprKind::kParameter:
      return "$" + expr.As<Parameter>().name;
    case ExprKind::kVariable:
      return expr.As<Variable>().name;
    case ExprKind::kProperty: {
      const auto& p = expr.As<Property>();
      return "(. " + Dump(*p.object) + " " + p.key + ")";
    }
    case ExprKind::kSubscript: {
      const auto& s = expr.As<Subscript>();
      return "([] " + Dump(*s.object) + " " + Dump(*s.index) + ")";
    }
    case ExprKind::kSlice: {
      const auto& s = expr.As<Slice>();
      return "([..] " + Dump(*s.object) + " " + DumpOrDash(s.from) + " " + DumpOrDash(s.to) + ")";
    }
    case ExprKind::kList:
      return "[" + Join(expr.As<ListLiteral>().items) + " ]";
    case ExprKind::kMap:
      return DumpMap(expr.As<MapLiteral>());
    case ExprKind::kUnary: {
      const auto& u = expr.As<Unary>();
      const char* op = u.op == UnaryOp::kNot ? "NOT" : u.op == UnaryOp::kMinus ? "-" : "+";
      return std::string("(") + op + " " + Dump(*u.operand) + ")";
    }
    case ExprKind::kBinary: {
      const auto& b = expr.As<Binary>();
      return std::string("(") + BinaryOpName(b.op) + " " + Dump(*b.lhs) + " " + Dump(*b.rhs) + ")";
    }
    case ExprKind::kIsNull: {
      const auto& n = expr.As<IsNull>();
      return std::string(n.negated ? "(notnull " : "(isnull ") + Dump(*n.operand) + ")";
    }
    case ExprKind::kLabelPredicate: {
      const auto& l = expr.As<LabelPredicate>();
      std::string out = "(: " + Dump(*l.operand);
      for (const std::string& label : l.labels) out += " " + label;
      return out + ")";
    }
    case ExprKind::kFunctionCall: {
      const auto& f = expr.As<FunctionCall>();
      return "(fn " + f.name + (f.distinct ? " DISTINCT" : "") + Join(f.args) + ")";
    }
    case ExprKind::kCountStar:
      return "(count*)";
    case ExprKind::kCase:
      return DumpCase(expr.As<Case>());
    case ExprKind::kListComprehension: {
      const auto& c = expr.As<ListComprehension>();
      return "(listcomp " + c.variable + " " + Dump(*c.list) + " " + DumpOrDash(c.where) + " " +
             DumpOrDash(c.projection) + ")";
    }
    case ExprKind::kPatternComprehension: {
      const auto& c = expr.As<PatternComprehension>();
      return "(patterncomp " + Dump(*c.pattern) + " " + DumpOrDash(c.where) + " " +
             Dump(*c.projection) + ")";
    }
    case ExprKind::kQuantifier: {
      const auto& q = expr.As<Quantifier>();
      return std::string("(") + QuantifierName(q.quantifier) + " " + q.variable + " " +
             Dump(*q.list) + " " + DumpOrDash(q.where) + ")";
    }
    case ExprKind::kReduce: {
      const auto& r = expr.As<Reduce>();
      return "(reduce " + r.accumulator + " " + Dump(*r.init) + " " + r.variable + " " +
             Dump(*r.list) + " " + Dump(*r.expression) + ")";
    }
    case ExprKind::kMapProjection:
      return DumpMapProjection(expr.As<MapProjection>());
    case ExprKind::kPatternPredicate:
      return "(pattern " + Dump(*expr.As<PatternPredicate>().pattern) + ")";
    case ExprKind::kExists:
      return "(exists)";
  }
  return "?";
}

std::string Dump(const PatternPart& part) {
  std::string out;
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    if (i > 0) out += DumpRel(part.rels[i - 1]);
    out += DumpNode(part.nodes[i]);
  }
  if (part.kind == PathKind::kShortest) out = "shortestPath(" + out + ")";
  if (part.kind == PathKind::kAllShortest) out = "allShortestPaths(" + out + ")";
  return part.path_variable.empty() ? out : part.path_variable + " = " + out;
}

}  // namespace stargraph::query::ast
