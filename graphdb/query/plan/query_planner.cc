// The planner's entry point: union parts, clause dispatch, barriers, and the small clauses
// (UNWIND, CALL, LOAD CSV).
#include "query/plan/query_planner.h"

#include <strings.h>

#include <algorithm>

#include "query/bind/expressions.h"
#include "query/plan/record_reads.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

bool IsUpdateClause(ast::ClauseKind kind) {
  using K = ast::ClauseKind;
  return kind == K::kCreate || kind == K::kMerge || kind == K::kSet || kind == K::kRemove ||
         kind == K::kDelete || kind == K::kForeach;
}

}  // namespace

bool SchemaInfo::HasIndex(const std::string& label, const std::string& key) const {
  for (const auto& [l, k] : indexes) {
    if (l == label && k == key) return true;
  }
  return false;
}

uint64_t SchemaInfo::LabelCount(const std::string& label) const {
  return label_count ? label_count(label) : 0;
}

uint64_t SchemaInfo::RelTypeCount(const std::string& type) const {
  return rel_type_count ? rel_type_count(type) : 0;
}

QueryPlanner::QueryPlanner(const std::string& text, SchemaInfo schema)
    : text_(text), schema_(std::move(schema)) {}

std::string QueryPlanner::Text(const ast::Located& node) const {
  if (node.span.end <= node.span.begin || node.span.end > text_.size()) return "";
  return text_.substr(node.span.begin, node.span.end - node.span.begin);
}

PlannedQuery QueryPlanner::Plan(const ast::Query& query) {
  PlannedQuery out;
  record_reads_ = VariablesWithRecordReads(query);
  Projection first;
  PlanP plan = PlanSingleQuery(query.parts[0], &first);
  out.columns = first.names;
  out.column_slots = first.slots;
  for (size_t i = 1; i < query.union_all.size(); ++i) {
    if (query.union_all[i] != query.union_all[0]) {
      throw QueryError(ErrorKind::kSemanticError, "InvalidClauseComposition",
                       "UNION and UNION ALL cannot be mixed", query.parts[i + 1].pos.line,
                       query.parts[i + 1].pos.column);
    }
  }
  for (size_t i = 1; i < query.parts.size(); ++i) {
    Projection next;
    PlanP right = PlanSingleQuery(query.parts[i], &next);
    if (next.names != out.columns) {
      throw QueryError(ErrorKind::kSemanticError, "DifferentColumnsInUnion",
                       "All sub queries in a UNION must have the same return column names",
                       query.parts[i].pos.line, query.parts[i].pos.column);
    }
    // Both sides write their columns into the union's slots.
    std::vector<ProjectItem> move;
    for (size_t c = 0; c < next.slots.size(); ++c) {
      move.push_back({std::make_shared<SlotExpr>(next.slots[c], next.names[c]), out.column_slots[c],
                      next.names[c]});
    }
    right = MakeProject(std::move(right), std::move(move));
    plan = MakeUnion(std::move(plan), std::move(right), !query.union_all[i - 1], out.column_slots);
  }
  out.root = plan;
  out.row_width = next_slot_;
  out.writes = writes_;
  out.parameters = parameters_;
  return out;
}

PlanP QueryPlanner::PlanSingleQuery(const ast::SingleQuery& q, Projection* out) {
  Scope scope;
  PlanP plan = MakeStart();
  read_since_barrier_ = false;
  wrote_since_barrier_ = false;
  bool returned = false;
  for (size_t i = 0; i < q.clauses.size(); ++i) {
    const ast::Clause& clause = *q.clauses[i];
    if (returned) {
      throw QueryError(ErrorKind::kSyntaxError, "InvalidClauseComposition",
                       "RETURN can only be used at the end of the query", clause.pos.line,
                       clause.pos.column);
    }
    plan = PlanClause(clause, std::move(plan), scope, out);
    returned = clause.kind == ast::ClauseKind::kReturn ||
               (clause.kind == ast::ClauseKind::kCall && clause.As<ast::Call>().standalone);
  }
  const ast::ClauseKind last =
      q.clauses.empty() ? ast::ClauseKind::kReturn : q.clauses.back()->kind;
  if (!returned && !IsUpdateClause(last)) {
    const ast::Clause& clause = *q.clauses.back();
    throw QueryError(
        ErrorKind::kSyntaxError, "InvalidClauseComposition",
        "Query cannot conclude with " +
            std::string(clause.kind == ast::ClauseKind::kWith ? "WITH" : "this clause") +
            " (must be a RETURN clause, an update clause or a procedure call)",
        clause.pos.line, clause.pos.column);
  }
  return plan;
}

PlanP QueryPlanner::PlanExistsSubquery(const ast::SingleQuery& q, const Scope& scope) {
  // The subquery is planned on its own: barriers and aggregation state of the enclosing clause
  // are restored afterwards.
  const bool saved_read = read_since_barrier_;
  const bool saved_wrote = wrote_since_barrier_;
  const bool saved_in_aggregation = in_aggregation_;
  auto saved_aggregates = aggregate_slots_;
  auto saved_keys = grouping_key_slots_;
  read_since_barrier_ = false;
  wrote_since_barrier_ = false;
  in_aggregation_ = false;
  Scope inner = scope;
  PlanP plan = MakeStart();
  bool returned = false;
  for (const ast::ClausePtr& clause : q.clauses) {
    if (returned || IsUpdateClause(clause->kind)) {
      throw QueryError(ErrorKind::kSyntaxError, "InvalidClauseComposition",
                       returned ? "RETURN can only be used at the end of a subquery"
                                : "An EXISTS subquery cannot contain updates",
                       clause->pos.line, clause->pos.column);
    }
    plan = PlanClause(*clause, std::move(plan), inner, nullptr);
    returned = clause->kind == ast::ClauseKind::kReturn;
  }
  read_since_barrier_ = saved_read;
  wrote_since_barrier_ = saved_wrote;
  in_aggregation_ = saved_in_aggregation;
  aggregate_slots_ = std::move(saved_aggregates);
  grouping_key_slots_ = std::move(saved_keys);
  return plan;
}

PlanP QueryPlanner::PlanClause(const ast::Clause& clause, PlanP plan, Scope& scope,
                               Projection* out) {
  using K = ast::ClauseKind;
  switch (clause.kind) {
    case K::kMatch:
      return PlanMatch(clause.As<ast::Match>(), std::move(plan), scope);
    case K::kUnwind:
      return PlanUnwind(clause.As<ast::Unwind>(), std::move(plan), scope);
    case K::kWith: {
      const auto& w = clause.As<ast::With>();
      return PlanProjection(w.body, w.where, std::move(plan), scope, nullptr, false);
    }
    case K::kReturn:
      return PlanProjection(clause.As<ast::Return>().body, nullptr, std::move(plan), scope, out,
                            true);
    case K::kCall:
      return PlanCall(clause.As<ast::Call>(), std::move(plan), scope, out);
    case K::kCreate:
      return PlanCreate(clause.As<ast::Create>(), std::move(plan), scope);
    case K::kMerge:
      return PlanMerge(clause.As<ast::Merge>(), std::move(plan), scope);
    case K::kSet: {
      plan = BeforeWrite(std::move(plan));
      return MakeSet(std::move(plan), BindSetItems(clause.As<ast::Set>().items, scope));
    }
    case K::kRemove:
      return PlanRemove(clause.As<ast::Remove>(), std::move(plan), scope);
    case K::kDelete:
      return PlanDelete(clause.As<ast::Delete>(), std::move(plan), scope);
    case K::kForeach:
      return PlanForeach(clause.As<ast::Foreach>(), std::move(plan), scope);
    case K::kLoadCsv:
      return PlanLoadCsv(clause.As<ast::LoadCsv>(), std::move(plan), scope);
  }
  throw QueryError(ErrorKind::kSemanticError, "UnsupportedClause", "unsupported clause");
}

ExprP QueryPlanner::ParameterRef(const std::string& name) {
  parameters_.insert(name);
  return std::make_shared<ParameterExpr>(name);
}

PlanP QueryPlanner::BeforeRead(PlanP plan) {
  if (wrote_since_barrier_) {
    plan = MakeEager(std::move(plan));
    wrote_since_barrier_ = false;
  }
  read_since_barrier_ = true;
  return plan;
}

PlanP QueryPlanner::BeforeWrite(PlanP plan) {
  if (read_since_barrier_) {
    plan = MakeEager(std::move(plan));
    read_since_barrier_ = false;
  }
  wrote_since_barrier_ = true;
  writes_ = true;
  return plan;
}

PlanP QueryPlanner::PlanUnwind(const ast::Unwind& u, PlanP plan, Scope& scope) {
  if (u.list->kind == ast::ExprKind::kFunctionCall) {
    // UNWIND range(...) streams its integers instead of building the list first.
    const auto& call = u.list->As<ast::FunctionCall>();
    if (strcasecmp(call.name.c_str(), "range") == 0 && !call.distinct &&
        (call.args.size() == 2 || call.args.size() == 3)) {
      std::vector<ExprP> args;
      for (const auto& arg : call.args) args.push_back(BindExpr(arg, scope));
      const size_t slot = NewSlot();
      scope.Bind(u.variable, BoundVariable{slot, VariableKind::kValue});
      return MakeUnwindRange(std::move(plan), std::move(args), slot);
    }
  }
  ExprP list = BindExpr(u.list, scope);
  const size_t slot = NewSlot();
  scope.Bind(u.variable, BoundVariable{slot, VariableKind::kValue});
  return MakeUnwind(std::move(plan), std::move(list), slot);
}

PlanP QueryPlanner::PlanLoadCsv(const ast::LoadCsv& l, PlanP plan, Scope& scope) {
  ExprP source = BindExpr(l.source, scope);
  const size_t slot = NewSlot();
  scope.Bind(l.variable, BoundVariable{slot, VariableKind::kValue});
  char delimiter = ',';
  if (l.field_terminator) {
    if (l.field_terminator->size() != 1) {
      throw QueryError(ErrorKind::kSemanticError, "InvalidFieldTerminator",
                       "FIELDTERMINATOR must be a single character", l.pos.line, l.pos.column);
    }
    delimiter = (*l.field_terminator)[0];
  }
  return MakeLoadCsv(std::move(plan), std::move(source), l.with_headers, delimiter, slot);
}

void FailSemantic(const ast::Located& at, const std::string& code, const std::string& message) {
  throw QueryError(ErrorKind::kSemanticError, code, message, at.pos.line, at.pos.column);
}

namespace {

std::shared_ptr<const ProcedureDef> ResolveProcedure(const ast::Call& c) {
  auto proc = FindProcedure(c.procedure);
  if (!proc) {
    FailSemantic(c, "ProcedureNotFound",
                 "There is no procedure with the name `" + c.procedure + "` registered");
  }
  if (c.explicit_args && c.args.size() != proc->inputs.size()) {
    FailSemantic(c, "InvalidNumberOfArguments",
                 c.procedure + " takes " + std::to_string(proc->inputs.size()) + " arguments");
  }
  if (c.yield_star && !c.standalone) {
    FailSemantic(c, "UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL");
  }
  return proc;
}

}  // namespace

// Arguments: as written, or (standalone CALL without parentheses) the parameters named like the
// inputs. Outputs: those yielded; a standalone CALL without YIELD returns every output.
PlanP QueryPlanner::PlanCall(const ast::Call& c, PlanP plan, Scope& scope, Projection* out) {
  auto proc = ResolveProcedure(c);
  std::vector<ExprP> args;
  for (const auto& a : c.args) args.push_back(BindExpr(a, scope));
  if (!c.explicit_args) {
    for (const ProcedureField& in : proc->inputs) {
      args.push_back(ParameterRef(in.name));
    }
  }
  std::vector<ProcedureOutput> outputs;
  Projection proj;
  auto bind_output = [&](const std::string& field, const std::string& name,
                         const ast::Located& at) {
    if (scope.Find(name))
      FailSemantic(at, "VariableAlreadyBound", "`" + name + "` is already bound");
    const size_t slot = NewSlot();
    outputs.push_back({field, slot});
    scope.Bind(name, BoundVariable{slot, VariableKind::kValue});
    proj.names.push_back(name);
    proj.slots.push_back(slot);
  };
  if ((c.yields.empty() && c.standalone) || c.yield_star) {
    for (const ProcedureField& f : proc->outputs) bind_output(f.name, f.name, c);
  } else {
    for (const auto& y : c.yields) {
      auto known = [&](const ProcedureField& f) { return f.name == y.field; };
      if (std::none_of(proc->outputs.begin(), proc->outputs.end(), known)) {
        FailSemantic(y, "UndefinedVariable", "Unknown procedure output: `" + y.field + "`");
      }
      bind_output(y.field, y.Name(), y);
    }
  }
  plan =
      MakeProcedureCall(std::move(plan), proc, std::move(args), std::move(outputs), !c.standalone);
  if (c.where) plan = MakeFilter(std::move(plan), BindExpr(c.where, scope));
  if (c.standalone && out) *out = proj;
  return plan;
}

}  // namespace stargraph::query
