// Statements, queries and schema commands.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::Statement AstBuilder::BuildStatement(P::StatementContext* ctx) {
  ast::Statement statement;
  LocateValue(statement, ctx);
  if (ctx->EXPLAIN() != nullptr) statement.mode = ast::ExplainMode::kExplain;
  if (ctx->PROFILE() != nullptr) statement.mode = ast::ExplainMode::kProfile;
  if (ctx->schemaCommand() != nullptr) {
    BuildSchemaCommand(ctx->schemaCommand(), &statement);
    return statement;
  }
  // A CALL that is the whole query is a standalone call (it may omit YIELD).
  P::QueryContext* query_ctx = ctx->query();
  standalone_call_ = query_ctx->unionPart().empty() &&
                     query_ctx->singleQuery()->clause().size() == 1 &&
                     query_ctx->singleQuery()->clause(0)->callClause() != nullptr;
  ast::Query query = BuildQuery(query_ctx);
  statement.body = std::move(query);
  return statement;
}

ast::Query AstBuilder::BuildQuery(P::QueryContext* ctx) {
  ast::Query query;
  LocateValue(query, ctx);
  query.parts.push_back(BuildSingleQuery(ctx->singleQuery()));
  for (P::UnionPartContext* part : ctx->unionPart()) {
    query.union_all.push_back(part->ALL() != nullptr);
    query.parts.push_back(BuildSingleQuery(part->singleQuery()));
  }
  return query;
}

ast::SingleQuery AstBuilder::BuildSingleQuery(P::SingleQueryContext* ctx) {
  ast::SingleQuery single;
  LocateValue(single, ctx);
  for (P::ClauseContext* clause : ctx->clause()) single.clauses.push_back(BuildClause(clause));
  return single;
}

ast::ClausePtr AstBuilder::BuildClause(P::ClauseContext* ctx) {
  if (auto* c = ctx->matchClause()) return BuildMatch(c);
  if (auto* c = ctx->unwindClause()) return BuildUnwind(c);
  if (auto* c = ctx->withClause()) return BuildWith(c);
  if (auto* c = ctx->returnClause()) return BuildReturn(c);
  if (auto* c = ctx->callClause()) return BuildCall(c);
  if (auto* c = ctx->createClause()) return BuildCreate(c);
  if (auto* c = ctx->mergeClause()) return BuildMerge(c);
  if (auto* c = ctx->setClause()) {
    auto set = std::make_shared<ast::Set>();
    set->items = BuildSetItems(c);
    return Locate(set, c->getStart(), c->getStop());
  }
  if (auto* c = ctx->removeClause()) return BuildRemove(c);
  if (auto* c = ctx->deleteClause()) return BuildDelete(c);
  if (auto* c = ctx->foreachClause()) return BuildForeach(c);
  return BuildLoadCsv(ctx->loadCsvClause());
}

void AstBuilder::BuildSchemaCommand(P::SchemaCommandContext* ctx, ast::Statement* out) {
  if (auto* c = ctx->createIndex()) {
    out->body = BuildCreateIndex(c);
  } else if (auto* c = ctx->dropIndex()) {
    ast::DropIndex drop;
    LocateValue(drop, c);
    drop.name = SymbolicName(c->symbolicName());
    drop.if_exists = c->IF() != nullptr;
    out->body = std::move(drop);
  } else if (auto* c = ctx->createConstraint()) {
    out->body = BuildCreateConstraint(c);
  } else if (auto* c = ctx->dropConstraint()) {
    ast::DropConstraint drop;
    LocateValue(drop, c);
    drop.name = SymbolicName(c->symbolicName());
    drop.if_exists = c->IF() != nullptr;
    out->body = std::move(drop);
  } else if (ctx->INDEXES() != nullptr) {
    ast::ShowIndexes show;
    out->body = LocateValue(show, ctx);
  } else {
    ast::ShowConstraints show;
    out->body = LocateValue(show, ctx);
  }
}

ast::CreateIndex AstBuilder::BuildCreateIndex(P::CreateIndexContext* ctx) {
  ast::CreateIndex index;
  LocateValue(index, ctx);
  if (ctx->symbolicName() != nullptr) index.name = SymbolicName(ctx->symbolicName());
  index.if_not_exists = ctx->IF() != nullptr;
  index.variable = Variable(ctx->variable());
  index.label = SchemaName(ctx->nodeLabel()->labelName()->schemaName());
  for (P::PropertyOfContext* p : ctx->propertyOf()) {
    index.properties.push_back(BuildPropertyOf(p, index.variable));
  }
  return index;
}

ast::CreateConstraint AstBuilder::BuildCreateConstraint(P::CreateConstraintContext* ctx) {
  ast::CreateConstraint constraint;
  LocateValue(constraint, ctx);
  if (ctx->symbolicName() != nullptr) constraint.name = SymbolicName(ctx->symbolicName());
  constraint.if_not_exists = ctx->IF() != nullptr;
  constraint.variable = Variable(ctx->variable());
  constraint.label = SchemaName(ctx->nodeLabel()->labelName()->schemaName());
  for (P::PropertyOfContext* p : ctx->propertyOf()) {
    constraint.properties.push_back(BuildPropertyOf(p, constraint.variable));
  }
  return constraint;
}

std::string AstBuilder::BuildPropertyOf(P::PropertyOfContext* ctx, const std::string& variable) {
  if (Variable(ctx->variable()) != variable) {
    Fail("UndefinedVariable", "Variable `" + Variable(ctx->variable()) + "` not defined",
         ctx->getStart());
  }
  return SchemaName(ctx->propertyKeyName()->schemaName());
}

}  // namespace stargraph::query::parse
