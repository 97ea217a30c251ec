// Clauses of a single query, in the order the user wrote them.
//
// Like expressions: switch over `clause.kind` and downcast with `clause.As<T>()`.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/expression.h"
#include "query/ast/pattern.h"
#include "query/ast/source.h"

namespace stargraph::query::ast {

enum class ClauseKind {
  kMatch,    // Match: [OPTIONAL] MATCH pattern [WHERE]
  kUnwind,   // Unwind
  kWith,     // With: WITH projection [WHERE]
  kReturn,   // Return
  kCall,     // Call: CALL proc(args) [YIELD ...], in-query or standalone
  kCreate,   // Create
  kMerge,    // Merge: MERGE part [ON CREATE SET ...] [ON MATCH SET ...]
  kSet,      // Set
  kRemove,   // Remove
  kDelete,   // Delete: [DETACH] DELETE
  kForeach,  // Foreach
  kLoadCsv,  // LoadCsv
};

struct Clause : Located {
  explicit Clause(ClauseKind k) : kind(k) {}
  virtual ~Clause() = default;
  Clause(const Clause&) = delete;
  Clause& operator=(const Clause&) = delete;

  template <class T>
  const T& As() const {
    return static_cast<const T&>(*this);
  }

  const ClauseKind kind;
};
using ClausePtr = std::shared_ptr<const Clause>;

template <ClauseKind K>
struct ClauseOf : Clause {
  static constexpr ClauseKind kKind = K;
  ClauseOf() : Clause(K) {}
};

struct Match : ClauseOf<ClauseKind::kMatch> {
  bool optional = false;
  Pattern pattern;
  ExprPtr where;  // may be null
};

struct Unwind : ClauseOf<ClauseKind::kUnwind> {
  ExprPtr list;
  std::string variable;
};

// One projected column. `text` is the expression's source text, which names the column when
// there is no alias (`RETURN n.name` -> "n.name", `RETURN count(*)` -> "count(*)").
struct ProjectionItem : Located {
  ExprPtr expr;
  std::optional<std::string> alias;
  std::string text;

  const std::string& ColumnName() const { return alias ? *alias : text; }
};

struct SortItem : Located {
  ExprPtr expr;
  bool ascending = true;
};

// The part shared by WITH and RETURN. `star` is `*` (all variables in scope, before `items`).
// `skip` and `limit` may be null.
struct ProjectionBody {
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
};

struct With : ClauseOf<ClauseKind::kWith> {
  ProjectionBody body;
  ExprPtr where;  // may be null
};

struct Return : ClauseOf<ClauseKind::kReturn> {
  ProjectionBody body;
};

// `YIELD field [AS alias]`.
struct YieldItem : Located {
  std::string field;
  std::optional<std::string> alias;

  const std::string& Name() const { return alias ? *alias : field; }
};

// `CALL ns.proc(args) YIELD ...`. `explicit_args` is false for `CALL proc` without parentheses
// (arguments then come from parameters of the same names). `yield_star` is `YIELD *`.
// `standalone` is true when the CALL is the whole query (no clauses around it).
struct Call : ClauseOf<ClauseKind::kCall> {
  std::string procedure;  // dotted, as written: "db.labels"
  bool explicit_args = false;
  std::vector<ExprPtr> args;
  bool yield_star = false;
  std::vector<YieldItem> yields;
  ExprPtr where;  // may be null
  bool standalone = false;
};

// The parser has rejected variable-length relationships here and in MERGE, and anonymous
// relationships without exactly one type (CREATE: or without a direction). Named relationships
// are left to the binder: a bound name is VariableAlreadyBound, a new one needs the same checks.
// Only CREATE accepts a parameter as a whole property map (`(n $props)`); elsewhere the parser
// reports InvalidParameterUse.
struct Create : ClauseOf<ClauseKind::kCreate> {
  Pattern pattern;
};

enum class SetItemKind {
  kProperty,    // target.key = value   (target is a Property expression)
  kReplaceMap,  // variable = value
  kMergeMap,    // variable += value
  kLabels,      // variable:L1:L2
};

struct SetItem : Located {
  SetItemKind kind = SetItemKind::kProperty;
  ExprPtr property;      // kProperty: the Property expression being assigned (n.p, (n).p)
  std::string variable;  // kReplaceMap, kMergeMap, kLabels
  ExprPtr value;         // all but kLabels
  std::vector<std::string> labels;  // kLabels
};

struct Merge : ClauseOf<ClauseKind::kMerge> {
  PatternPart pattern;
  std::vector<SetItem> on_create;
  std::vector<SetItem> on_match;
};

struct Set : ClauseOf<ClauseKind::kSet> {
  std::vector<SetItem> items;
};

enum class RemoveItemKind {
  kProperty,  // n.p
  kLabels,    // n:L1:L2
};

struct RemoveItem : Located {
  RemoveItemKind kind = RemoveItemKind::kProperty;
  ExprPtr property;                 // kProperty: a Property expression
  std::string variable;             // kLabels
  std::vector<std::string> labels;  // kLabels
};

struct Remove : ClauseOf<ClauseKind::kRemove> {
  std::vector<RemoveItem> items;
};

struct Delete : ClauseOf<ClauseKind::kDelete> {
  bool detach = false;
  std::vector<ExprPtr> targets;
};

// `FOREACH (variable IN list | updates)`; updates are CREATE/MERGE/SET/REMOVE/DELETE/FOREACH.
struct Foreach : ClauseOf<ClauseKind::kForeach> {
  std::string variable;
  ExprPtr list;
  std::vector<ClausePtr> updates;
};

// `LOAD CSV [WITH HEADERS] FROM source AS variable [FIELDTERMINATOR 'c']`.
struct LoadCsv : ClauseOf<ClauseKind::kLoadCsv> {
  bool with_headers = false;
  ExprPtr source;
  std::string variable;
  std::optional<std::string> field_terminator;
};

}  // namespace stargraph::query::ast
