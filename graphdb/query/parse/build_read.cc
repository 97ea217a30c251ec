// Reading and projecting clauses: MATCH, UNWIND, WITH, RETURN, CALL, LOAD CSV.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::ExprPtr AstBuilder::BuildWhere(P::WhereContext* ctx) {
  if (ctx == nullptr) return nullptr;
  ++where_depth_;
  ast::ExprPtr where = BuildExpression(ctx->expression());
  --where_depth_;
  return where;
}

ast::ClausePtr AstBuilder::BuildMatch(P::MatchClauseContext* ctx) {
  auto match = std::make_shared<ast::Match>();
  match->optional = ctx->OPTIONAL() != nullptr;
  match->pattern = BuildPattern(ctx->pattern());
  match->where = BuildWhere(ctx->where());
  return Locate(match, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildUnwind(P::UnwindClauseContext* ctx) {
  auto unwind = std::make_shared<ast::Unwind>();
  unwind->list = BuildExpression(ctx->expression());
  unwind->variable = Variable(ctx->variable());
  return Locate(unwind, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildWith(P::WithClauseContext* ctx) {
  auto with = std::make_shared<ast::With>();
  with->body = BuildProjectionBody(ctx->projectionBody());
  with->where = BuildWhere(ctx->where());
  return Locate(with, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildReturn(P::ReturnClauseContext* ctx) {
  auto ret = std::make_shared<ast::Return>();
  ret->body = BuildProjectionBody(ctx->projectionBody());
  return Locate(ret, ctx->getStart(), ctx->getStop());
}

ast::ProjectionBody AstBuilder::BuildProjectionBody(P::ProjectionBodyContext* ctx) {
  ast::ProjectionBody body;
  body.distinct = ctx->DISTINCT() != nullptr;
  body.star = ctx->projectionItems()->STAR() != nullptr;
  for (P::ProjectionItemContext* item : ctx->projectionItems()->projectionItem()) {
    body.items.push_back(BuildProjectionItem(item));
  }
  if (ctx->order() != nullptr) {
    for (P::SortItemContext* s : ctx->order()->sortItem()) {
      ast::SortItem sort;
      LocateValue(sort, s);
      sort.expr = BuildExpression(s->expression());
      sort.ascending = s->DESC() == nullptr && s->DESCENDING() == nullptr;
      body.order_by.push_back(std::move(sort));
    }
  }
  if (ctx->skip() != nullptr) body.skip = BuildExpression(ctx->skip()->expression());
  if (ctx->limit() != nullptr) body.limit = BuildExpression(ctx->limit()->expression());
  return body;
}

ast::ProjectionItem AstBuilder::BuildProjectionItem(P::ProjectionItemContext* ctx) {
  ast::ProjectionItem item;
  LocateValue(item, ctx);
  item.expr = BuildExpression(ctx->expression());
  item.text = TextOf(ctx->expression());
  if (ctx->variable() != nullptr) item.alias = Variable(ctx->variable());
  return item;
}

ast::ClausePtr AstBuilder::BuildCall(P::CallClauseContext* ctx) {
  auto call = std::make_shared<ast::Call>();
  call->standalone = standalone_call_;
  standalone_call_ = false;
  P::ProcedureNameContext* name = ctx->procedureName();
  call->procedure = QualifiedName(name->namespacePrefix(), SymbolicName(name->symbolicName()));
  call->explicit_args = ctx->LPAREN() != nullptr;
  for (P::ExpressionContext* arg : ctx->expression()) call->args.push_back(BuildExpression(arg));
  if (P::YieldClauseContext* yield = ctx->yieldClause()) {
    call->yield_star = yield->STAR() != nullptr;
    if (call->yield_star && !call->standalone) {
      Fail("UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL", yield->getStart());
    }
    for (P::YieldItemContext* y : yield->yieldItem()) {
      ast::YieldItem item;
      LocateValue(item, y);
      item.field = SymbolicName(y->symbolicName());
      if (y->variable() != nullptr) item.alias = Variable(y->variable());
      call->yields.push_back(std::move(item));
    }
    call->where = BuildWhere(yield->where());
  }
  return Locate(call, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildLoadCsv(P::LoadCsvClauseContext* ctx) {
  auto load = std::make_shared<ast::LoadCsv>();
  load->with_headers = ctx->HEADERS() != nullptr;
  load->source = BuildExpression(ctx->expression());
  load->variable = Variable(ctx->variable());
  if (ctx->StringLiteral() != nullptr) {
    load->field_terminator = StringValue(ctx->StringLiteral()->getSymbol());
  }
  return Locate(load, ctx->getStart(), ctx->getStop());
}

}  // namespace stargraph::query::parse
