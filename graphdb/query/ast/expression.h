// Expressions of the AST.
//
// A class hierarchy with a `kind` tag: switch over `expr.kind` and downcast with `expr.As<T>()`.
// Nodes are immutable once Parse() returns and are held by shared_ptr<const>; a subtree may be
// shared by two parents (the middle operand of a chained comparison `a < b < c`, which is
// rewritten to `a < b AND b < c` as openCypher defines it).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/value.h"
#include "query/ast/source.h"

namespace stargraph::query::ast {

struct Query;
struct PatternPart;

enum class ExprKind {
  kLiteral,               // Literal: null, true, 42, 1.5, 'text'
  kParameter,             // Parameter: $name, $0
  kVariable,              // Variable: n
  kProperty,              // Property: n.name, {a: 1}.a, (n).p
  kSubscript,             // Subscript: list[0], map['key']
  kSlice,                 // Slice: list[1..3], list[..2], list[1..]
  kList,                  // ListLiteral: [1, 2]
  kMap,                   // MapLiteral: {a: 1}
  kUnary,                 // Unary: NOT x, -x, +x
  kBinary,                // Binary: arithmetic, boolean, comparison, string and list operators
  kIsNull,                // IsNull: x IS NULL, x IS NOT NULL
  kLabelPredicate,        // LabelPredicate: n:Person:Admin
  kFunctionCall,          // FunctionCall: f(x), count(DISTINCT x), date.truncate('day', d)
  kCountStar,             // CountStar: count(*)
  kCase,                  // Case: both the simple and the generic form
  kListComprehension,     // ListComprehension: [x IN l WHERE p | e]
  kPatternComprehension,  // PatternComprehension: [p = (a)-->(b) WHERE q | e]
  kQuantifier,            // Quantifier: all/any/none/single(x IN l WHERE p)
  kReduce,                // Reduce: reduce(acc = 0, x IN l | acc + x)
  kMapProjection,         // MapProjection: n {.name, .*, k: v, other}
  kPatternPredicate,      // PatternPredicate: (a)-[:R]->(b) used as a boolean or list of paths
  kExists,                // ExistsSubquery: EXISTS { MATCH ... WHERE ... } or EXISTS { (a)-->() }
};

struct Expr : Located {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;

  // Downcast to the node type whose kKind equals `kind`; asserting the kind is the caller's job.
  template <class T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }

  const ExprKind kind;
};
using ExprPtr = std::shared_ptr<const Expr>;

// Base of the concrete node types: records the kind once.
template <ExprKind K>
struct ExprOf : Expr {
  static constexpr ExprKind kKind = K;
  ExprOf() : Expr(K) {}
};

// Null, boolean, integer, float or string. Negative number literals are folded: `-1` is
// Literal(-1), which is how `-9223372036854775808` stays in range.
struct Literal : ExprOf<ExprKind::kLiteral> {
  Value value;
};

// `$name` or `$0`; `name` is "name" or "0".
struct Parameter : ExprOf<ExprKind::kParameter> {
  std::string name;
};

struct Variable : ExprOf<ExprKind::kVariable> {
  std::string name;
};

struct Property : ExprOf<ExprKind::kProperty> {
  ExprPtr object;
  std::string key;
};

struct Subscript : ExprOf<ExprKind::kSubscript> {
  ExprPtr object;
  ExprPtr index;
};

// `from` and/or `to` may be null (open bound).
struct Slice : ExprOf<ExprKind::kSlice> {
  ExprPtr object;
  ExprPtr from;
  ExprPtr to;
};

struct ListLiteral : ExprOf<ExprKind::kList> {
  std::vector<ExprPtr> items;
};

// Entries in source order; a repeated key is kept as written (the binder decides).
struct MapLiteral : ExprOf<ExprKind::kMap> {
  std::vector<std::pair<std::string, ExprPtr>> entries;
};

enum class UnaryOp { kNot, kMinus, kPlus };

struct Unary : ExprOf<ExprKind::kUnary> {
  UnaryOp op = UnaryOp::kNot;
  ExprPtr operand;
};

enum class BinaryOp {
  kOr,
  kXor,
  kAnd,
  kEq,
  kNe,  // <>
  kLt,
  kLe,
  kGt,
  kGe,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kPow,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kRegexMatch,  // =~
};

// "OR", "=", "STARTS WITH", ... as written in Cypher.
const char* BinaryOpName(BinaryOp op);

struct Binary : ExprOf<ExprKind::kBinary> {
  BinaryOp op = BinaryOp::kAnd;
  ExprPtr lhs;
  ExprPtr rhs;
};

struct IsNull : ExprOf<ExprKind::kIsNull> {
  ExprPtr operand;
  bool negated = false;  // IS NOT NULL
};

// `operand:A:B` — true when the node has all the labels (or the relationship has the type).
struct LabelPredicate : ExprOf<ExprKind::kLabelPredicate> {
  ExprPtr operand;
  std::vector<std::string> labels;
};

// `name` is the full dotted name as written ("toUpper", "date.truncate"); Cypher function names
// are case-insensitive, so compare them case-insensitively.
struct FunctionCall : ExprOf<ExprKind::kFunctionCall> {
  std::string name;
  bool distinct = false;
  std::vector<ExprPtr> args;
};

struct CountStar : ExprOf<ExprKind::kCountStar> {};

struct CaseAlternative {
  ExprPtr when;
  ExprPtr then;
};

// Simple form `CASE subject WHEN v THEN r ... END` when `subject` is set; generic form
// `CASE WHEN cond THEN r ... END` otherwise. `otherwise` (ELSE) may be null.
struct Case : ExprOf<ExprKind::kCase> {
  ExprPtr subject;
  std::vector<CaseAlternative> alternatives;
  ExprPtr otherwise;
};

// `[variable IN list WHERE where | projection]`; `where` and `projection` may be null.
struct ListComprehension : ExprOf<ExprKind::kListComprehension> {
  std::string variable;
  ExprPtr list;
  ExprPtr where;
  ExprPtr projection;
};

// `[path_variable = pattern WHERE where | projection]`; `path_variable` may be empty and
// `where` null. The pattern is a single path (nodes and relationships alternate).
struct PatternComprehension : ExprOf<ExprKind::kPatternComprehension> {
  std::shared_ptr<const PatternPart> pattern;
  ExprPtr where;
  ExprPtr projection;
};

enum class QuantifierKind { kAll, kAny, kNone, kSingle };

// `all(variable IN list WHERE where)`; `where` may be null (then every element counts as true).
struct Quantifier : ExprOf<ExprKind::kQuantifier> {
  QuantifierKind quantifier = QuantifierKind::kAll;
  std::string variable;
  ExprPtr list;
  ExprPtr where;
};

// `reduce(accumulator = init, variable IN list | expression)`.
struct Reduce : ExprOf<ExprKind::kReduce> {
  std::string accumulator;
  ExprPtr init;
  std::string variable;
  ExprPtr list;
  ExprPtr expression;
};

enum class MapProjectionItemKind {
  kProperty,       // .name         -> key "name", value variable.name
  kAllProperties,  // .*            -> every property of the subject
  kLiteral,        // key: expr     -> key, value
  kVariable,       // other         -> key "other", value the variable `other`
};

struct MapProjectionItem {
  MapProjectionItemKind kind = MapProjectionItemKind::kProperty;
  std::string key;  // empty for kAllProperties
  ExprPtr value;    // set for kLiteral and kVariable (a Variable)
};

// `variable {items}`; items in source order.
struct MapProjection : ExprOf<ExprKind::kMapProjection> {
  std::string variable;
  std::vector<MapProjectionItem> items;
};

// A relationship pattern used as an expression: in WHERE it is true when a match exists.
struct PatternPredicate : ExprOf<ExprKind::kPatternPredicate> {
  std::shared_ptr<const PatternPart> pattern;
};

// `EXISTS { ... }`: true when the subquery produces a row. The short form
// `EXISTS { (a)-->(b) WHERE p }` is normalized to a Query with one MATCH clause.
struct ExistsSubquery : ExprOf<ExprKind::kExists> {
  std::shared_ptr<const Query> query;
};

}  // namespace stargraph::query::ast
