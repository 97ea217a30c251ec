// QueryPlanner: binds a parsed query (scopes, slots, semantic checks) and turns it into a plan.
//
// Clauses are planned in order into one pipeline; each clause family has its own file
// (plan_match.cc, plan_projection.cc, plan_write.cc, plan_misc.cc), and expressions are bound
// in bind/bind_expression.cc. Errors are thrown as QueryError (SemanticError, ...).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "query/ast/statement.h"
#include "query/bind/expression.h"
#include "query/bind/scope.h"
#include "query/plan/anchor_choice.h"
#include "query/plan/plan_nodes.h"

namespace stargraph::query {

// Throws the SemanticError `code` at the position of `at`.
[[noreturn]] void FailSemantic(const ast::Located& at, const std::string& code,
                               const std::string& message);

// What the planner knows of the schema: which (label, key) pairs have a property index, and
// roughly how many nodes carry a label (a callback into the storage snapshot, valid only while
// the statement is being planned; unset: every label counts the same).
struct SchemaInfo {
  std::vector<std::pair<std::string, std::string>> indexes;
  std::function<uint64_t(const std::string& label)> label_count;
  std::function<uint64_t(const std::string& type)> rel_type_count;
  bool HasIndex(const std::string& label, const std::string& key) const;
  uint64_t LabelCount(const std::string& label) const;
  uint64_t RelTypeCount(const std::string& type) const;
};

struct PlannedQuery {
  PlanP root;
  std::vector<std::string> columns;
  std::vector<size_t> column_slots;
  size_t row_width = 0;
  bool writes = false;
  std::set<std::string> parameters;  // every $name the plan reads
};

class QueryPlanner {
 public:
  QueryPlanner(const std::string& text, SchemaInfo schema);
  PlannedQuery Plan(const ast::Query& query);

  // --- used by the clause planners and the expression binder
  size_t NewSlot() { return next_slot_++; }
  // Identifies a cached constant subexpression within the statement (ExecContext::CacheConstant).
  size_t NewConstantId() { return next_constant_id_++; }
  ExprP BindExpr(const ast::ExprPtr& expr, const Scope& scope);
  // Reads parameter `name`, which the statement then requires (PlannedQuery::parameters).
  ExprP ParameterRef(const std::string& name);
  // A pattern matched from a Start leaf with `scope`'s variables bound; binds new variables in
  // `scope`. `where` (may be null) is applied at the end.
  PlanP PlanPatternSubplan(const std::vector<const ast::PatternPart*>& parts, Scope& scope,
                           const ast::ExprPtr& where);
  // The body of EXISTS { }: its clauses planned from a Start leaf with `scope`'s variables
  // visible (the subquery holds when the plan yields a row). Throws InvalidClauseComposition
  // for update clauses or a clause after RETURN.
  PlanP PlanExistsSubquery(const ast::SingleQuery& q, const Scope& scope);

 private:
  struct Projection {
    std::vector<std::string> names;
    std::vector<size_t> slots;
  };

  PlanP PlanSingleQuery(const ast::SingleQuery& q, Projection* out);
  PlanP PlanClause(const ast::Clause& clause, PlanP plan, Scope& scope, Projection* out);
  PlanP PlanMatch(const ast::Match& m, PlanP plan, Scope& scope);
  PlanP PlanPatternParts(const std::vector<const ast::PatternPart*>& parts, PlanP plan,
                         Scope& scope, std::vector<ast::ExprPtr>* predicates);
  PlanP PlanPart(const ast::PatternPart& part, PlanP plan, Scope& scope,
                 std::vector<ast::ExprPtr>* predicates, std::vector<size_t>* rel_slots);
  // Scans or seeks the anchor node `choice` names (anchor_choice.h) and checks its constraints.
  PlanP PlanAnchor(const ast::PatternPart& part, AnchorChoice choice, PlanP plan, Scope& scope);
  // Scans relationship `rel_index` of `part` (anchor_choice.h), binding it and its end nodes,
  // and checks their constraints.
  PlanP PlanRelationshipAnchor(const ast::PatternPart& part, size_t rel_index, PlanP plan,
                               Scope& scope, std::vector<size_t>* rel_slots);
  // Filters for a node's labels (all but `checked_label`, which the anchor's scan or seek
  // guarantees; may be null) and inline properties.
  PlanP PlanNodeConstraints(const ast::NodePattern& node, const std::string* checked_label,
                            PlanP plan, Scope& scope);
  // Applies (and removes) the predicates whose variables are all bound in `scope`.
  PlanP FilterReady(PlanP plan, const Scope& scope, std::vector<ast::ExprPtr>* predicates);
  // Expands relationship `rel_index` of `part`; the predicates that `to` does not take part in
  // filter before its constraints (the relationship's properties are in the entry just read, a
  // label or property test of `to` may cost a read).
  PlanP PlanHop(const ast::PatternPart& part, size_t rel_index, bool forward, PlanP plan,
                Scope& scope, std::vector<size_t>* rel_slots,
                std::vector<ast::ExprPtr>* predicates);
  PlanP PlanProjection(const ast::ProjectionBody& body, const ast::ExprPtr& where, PlanP plan,
                       Scope& scope, Projection* out, bool is_return);
  // Binds a SKIP or LIMIT count: NonConstantExpression when it refers to variables, and a
  // literal must be a non-negative integer (checked before the query runs).
  ExprP BindCount(const ast::ExprPtr& count, const char* what);
  PlanP PlanAggregation(const ast::ProjectionBody& body, PlanP plan, Scope& scope, Scope* next,
                        Projection* proj);
  PlanP PlanUnwind(const ast::Unwind& u, PlanP plan, Scope& scope);
  PlanP PlanCreate(const ast::Create& c, PlanP plan, Scope& scope);
  CreatePathSpec CreateSpecFor(const ast::PatternPart& part, Scope& scope, bool merge);
  PlanP PlanMerge(const ast::Merge& m, PlanP plan, Scope& scope);
  std::vector<SetSpec> BindSetItems(const std::vector<ast::SetItem>& items, const Scope& scope);
  PlanP PlanRemove(const ast::Remove& r, PlanP plan, Scope& scope);
  PlanP PlanDelete(const ast::Delete& d, PlanP plan, Scope& scope);
  PlanP PlanForeach(const ast::Foreach& f, PlanP plan, Scope& scope);
  PlanP PlanCall(const ast::Call& c, PlanP plan, Scope& scope, Projection* out);
  PlanP PlanLoadCsv(const ast::LoadCsv& l, PlanP plan, Scope& scope);
  // Inserts an Eager barrier when the previous clauses read (or wrote) what the next one writes
  // (or reads), so that every clause sees the complete effects of the clauses before it.
  PlanP BeforeRead(PlanP plan);
  PlanP BeforeWrite(PlanP plan);
  ExprP BindPathExpr(const ast::PatternPart& part, const Scope& scope);
  std::string Text(const ast::Located& node) const;

  friend class ExpressionBinder;
  const std::string& text_;
  SchemaInfo schema_;
  size_t next_slot_ = 0;
  size_t next_constant_id_ = 0;
  bool read_since_barrier_ = false;
  bool wrote_since_barrier_ = false;
  bool writes_ = false;
  std::set<std::string> parameters_;
  // Post-aggregation binding: aggregate calls and grouping-key texts resolved to slots.
  std::unordered_map<const ast::Expr*, size_t> aggregate_slots_;
  std::map<std::string, size_t> grouping_key_slots_;
  bool in_aggregation_ = false;
  // Node variables whose records the query reads (record_reads.h): their Expands prefetch.
  std::set<std::string> record_reads_;
};

// True when `expr` contains an aggregate function call (outside nested subqueries).
bool ContainsAggregate(const ast::Expr& expr);

}  // namespace stargraph::query
