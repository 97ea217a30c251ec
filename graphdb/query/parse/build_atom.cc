// Atoms: everything that is not an operator expression.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::ExprPtr AstBuilder::BuildAtom(P::AtomContext* ctx) {
  if (auto* c = ctx->literal()) return BuildLiteral(c);
  if (auto* c = ctx->variable()) {
    auto variable = std::make_shared<ast::Variable>();
    variable->name = Variable(c);
    return Locate(variable, ctx->getStart(), ctx->getStop());
  }
  if (auto* c = ctx->parameter()) return BuildParameter(c);
  if (auto* c = ctx->functionInvocation()) return BuildFunctionCall(c);
  if (auto* c = ctx->parenthesizedExpression()) return BuildExpression(c->expression());
  if (ctx->COUNT() != nullptr) {
    return Locate(std::make_shared<ast::CountStar>(), ctx->getStart(), ctx->getStop());
  }
  if (auto* c = ctx->caseExpression()) return BuildCase(c);
  if (auto* c = ctx->listComprehension()) return BuildListComprehension(c);
  if (auto* c = ctx->patternComprehension()) return BuildPatternComprehension(c);
  if (auto* c = ctx->quantifier()) return BuildQuantifier(c);
  if (auto* c = ctx->reduceExpression()) return BuildReduce(c);
  if (auto* c = ctx->existsSubquery()) return BuildExists(c);
  if (auto* c = ctx->shortestPathExpression()) return BuildShortestPath(c);
  if (auto* c = ctx->mapProjection()) return BuildMapProjection(c);
  return BuildPatternPredicate(ctx->relationshipsPattern());
}

ast::ExprPtr AstBuilder::BuildCase(P::CaseExpressionContext* ctx) {
  auto node = std::make_shared<ast::Case>();
  // Expressions directly under CASE: the subject (if before the first WHEN), then ELSE.
  for (P::ExpressionContext* e : ctx->expression()) {
    if (e->getStart()->getTokenIndex() < ctx->caseAlternative(0)->getStart()->getTokenIndex()) {
      node->subject = BuildExpression(e);
    } else {
      node->otherwise = BuildExpression(e);
    }
  }
  for (P::CaseAlternativeContext* alt : ctx->caseAlternative()) {
    node->alternatives.push_back(
        {BuildExpression(alt->expression(0)), BuildExpression(alt->expression(1))});
  }
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildListComprehension(P::ListComprehensionContext* ctx) {
  auto node = std::make_shared<ast::ListComprehension>();
  node->variable = Variable(ctx->variable());
  node->list = BuildExpression(ctx->expression(0));
  size_t next = 1;
  if (ctx->WHERE() != nullptr) node->where = BuildExpression(ctx->expression(next++));
  if (ctx->PIPE() != nullptr) node->projection = BuildExpression(ctx->expression(next));
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildPatternComprehension(P::PatternComprehensionContext* ctx) {
  auto node = std::make_shared<ast::PatternComprehension>();
  node->pattern = BuildRelationshipsPattern(ctx->relationshipsPattern(), ctx->variable());
  size_t next = 0;
  if (ctx->WHERE() != nullptr) {
    ++where_depth_;
    node->where = BuildExpression(ctx->expression(next++));
    --where_depth_;
  }
  node->projection = BuildExpression(ctx->expression(next));
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildQuantifier(P::QuantifierContext* ctx) {
  auto node = std::make_shared<ast::Quantifier>();
  node->quantifier = ctx->ALL()    ? ast::QuantifierKind::kAll
                     : ctx->ANY()  ? ast::QuantifierKind::kAny
                     : ctx->NONE() ? ast::QuantifierKind::kNone
                                   : ast::QuantifierKind::kSingle;
  node->variable = Variable(ctx->variable());
  node->list = BuildExpression(ctx->expression(0));
  if (ctx->WHERE() != nullptr) node->where = BuildExpression(ctx->expression(1));
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildReduce(P::ReduceExpressionContext* ctx) {
  auto node = std::make_shared<ast::Reduce>();
  node->accumulator = Variable(ctx->variable(0));
  node->init = BuildExpression(ctx->expression(0));
  node->variable = Variable(ctx->variable(1));
  node->list = BuildExpression(ctx->expression(1));
  node->expression = BuildExpression(ctx->expression(2));
  return Locate(node, ctx->getStart(), ctx->getStop());
}

// The short form `EXISTS { pattern [WHERE p] }` becomes `EXISTS { MATCH pattern [WHERE p] }`.
ast::ExprPtr AstBuilder::BuildExists(P::ExistsSubqueryContext* ctx) {
  auto node = std::make_shared<ast::ExistsSubquery>();
  if (ctx->query() != nullptr) {
    node->query = std::make_shared<ast::Query>(BuildQuery(ctx->query()));
  } else {
    auto match = std::make_shared<ast::Match>();
    match->pattern = BuildPattern(ctx->pattern());
    match->where = BuildWhere(ctx->where());
    auto query = std::make_shared<ast::Query>();
    ast::SingleQuery single;
    single.clauses.push_back(Locate(match, ctx->pattern()->getStart(), ctx->getStop()));
    LocateValue(single, ctx);
    query->parts.push_back(std::move(single));
    LocateValue(*query, ctx);
    node->query = std::move(query);
  }
  return Locate(node, ctx->getStart(), ctx->getStop());
}

// shortestPath((a)-[*]-(b)) used as an expression: a pattern predicate over a shortest path.
ast::ExprPtr AstBuilder::BuildShortestPath(P::ShortestPathExpressionContext* ctx) {
  auto part = std::make_shared<ast::PatternPart>();
  LocateValue(*part, ctx);
  part->kind =
      ctx->SHORTESTPATH() != nullptr ? ast::PathKind::kShortest : ast::PathKind::kAllShortest;
  BuildPatternElement(ctx->patternElement(), part.get());
  auto node = std::make_shared<ast::PatternPredicate>();
  node->pattern = std::move(part);
  return Locate(node, ctx->getStart(), ctx->getStop());
}

// Pattern predicates are only valid inside WHERE (openCypher reports UnexpectedSyntax).
ast::ExprPtr AstBuilder::BuildPatternPredicate(P::RelationshipsPatternContext* ctx) {
  if (where_depth_ == 0) {
    Fail("UnexpectedSyntax", "A pattern expression is only allowed in WHERE: " + TextOf(ctx),
         ctx->getStart());
  }
  auto node = std::make_shared<ast::PatternPredicate>();
  node->pattern = BuildRelationshipsPattern(ctx, nullptr);
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildFunctionCall(P::FunctionInvocationContext* ctx) {
  auto node = std::make_shared<ast::FunctionCall>();
  P::FunctionNameContext* name = ctx->functionName();
  std::string last = name->symbolicName() != nullptr ? SymbolicName(name->symbolicName())
                                                     : name->EXISTS()->getText();
  node->name = QualifiedName(name->namespacePrefix(), last);
  node->distinct = ctx->DISTINCT() != nullptr;
  for (P::ExpressionContext* arg : ctx->expression()) node->args.push_back(BuildExpression(arg));
  return Locate(node, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildMapProjection(P::MapProjectionContext* ctx) {
  auto node = std::make_shared<ast::MapProjection>();
  node->variable = Variable(ctx->variable());
  for (P::MapProjectionItemContext* item : ctx->mapProjectionItem()) {
    ast::MapProjectionItem out;
    if (dynamic_cast<P::AllPropertiesItemContext*>(item) != nullptr) {
      out.kind = ast::MapProjectionItemKind::kAllProperties;
    } else if (auto* p = dynamic_cast<P::PropertyItemContext*>(item)) {
      out.kind = ast::MapProjectionItemKind::kProperty;
      out.key = SchemaName(p->propertyLookup()->propertyKeyName()->schemaName());
    } else if (auto* l = dynamic_cast<P::LiteralItemContext*>(item)) {
      out.kind = ast::MapProjectionItemKind::kLiteral;
      out.key = SchemaName(l->propertyKeyName()->schemaName());
      out.value = BuildExpression(l->expression());
    } else {
      auto* v = static_cast<P::VariableItemContext*>(item);
      auto variable = std::make_shared<ast::Variable>();
      variable->name = Variable(v->variable());
      out.kind = ast::MapProjectionItemKind::kVariable;
      out.key = variable->name;
      out.value = Locate(variable, v->getStart(), v->getStop());
    }
    node->items.push_back(std::move(out));
  }
  return Locate(node, ctx->getStart(), ctx->getStop());
}

}  // namespace stargraph::query::parse
