// Updating clauses: CREATE, MERGE, SET, REMOVE, DELETE, FOREACH.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::ClausePtr AstBuilder::BuildCreate(P::CreateClauseContext* ctx) {
  auto create = std::make_shared<ast::Create>();
  create->pattern = BuildPattern(ctx->pattern());
  return Locate(create, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildMerge(P::MergeClauseContext* ctx) {
  auto merge = std::make_shared<ast::Merge>();
  merge->pattern = BuildPatternPart(ctx->patternPart());
  for (P::MergeActionContext* action : ctx->mergeAction()) {
    std::vector<ast::SetItem> items = BuildSetItems(action->setClause());
    auto& target = action->CREATE() != nullptr ? merge->on_create : merge->on_match;
    for (ast::SetItem& item : items) target.push_back(std::move(item));
  }
  return Locate(merge, ctx->getStart(), ctx->getStop());
}

std::vector<ast::SetItem> AstBuilder::BuildSetItems(P::SetClauseContext* ctx) {
  std::vector<ast::SetItem> items;
  for (P::SetItemContext* item : ctx->setItem()) items.push_back(BuildSetItem(item));
  return items;
}

ast::SetItem AstBuilder::BuildSetItem(P::SetItemContext* ctx) {
  ast::SetItem item;
  LocateValue(item, ctx);
  if (ctx->propertyExpression() != nullptr) {
    item.kind = ast::SetItemKind::kProperty;
    item.property = BuildPropertyExpression(ctx->propertyExpression());
  } else {
    item.variable = Variable(ctx->variable());
    if (ctx->nodeLabels() != nullptr) {
      item.kind = ast::SetItemKind::kLabels;
      item.labels = BuildNodeLabels(ctx->nodeLabels());
      return item;
    }
    item.kind =
        ctx->PLUS_EQ() != nullptr ? ast::SetItemKind::kMergeMap : ast::SetItemKind::kReplaceMap;
  }
  item.value = BuildExpression(ctx->expression());
  return item;
}

ast::ClausePtr AstBuilder::BuildRemove(P::RemoveClauseContext* ctx) {
  auto remove = std::make_shared<ast::Remove>();
  for (P::RemoveItemContext* r : ctx->removeItem()) {
    ast::RemoveItem item;
    LocateValue(item, r);
    if (r->propertyExpression() != nullptr) {
      item.kind = ast::RemoveItemKind::kProperty;
      item.property = BuildPropertyExpression(r->propertyExpression());
    } else {
      item.kind = ast::RemoveItemKind::kLabels;
      item.variable = Variable(r->variable());
      item.labels = BuildNodeLabels(r->nodeLabels());
    }
    remove->items.push_back(std::move(item));
  }
  return Locate(remove, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildDelete(P::DeleteClauseContext* ctx) {
  auto del = std::make_shared<ast::Delete>();
  del->detach = ctx->DETACH() != nullptr;
  for (P::ExpressionContext* e : ctx->expression()) del->targets.push_back(BuildExpression(e));
  return Locate(del, ctx->getStart(), ctx->getStop());
}

ast::ClausePtr AstBuilder::BuildForeach(P::ForeachClauseContext* ctx) {
  auto foreach = std::make_shared<ast::Foreach>();
  foreach
    ->variable = Variable(ctx->variable());
  foreach
    ->list = BuildExpression(ctx->expression());
  for (P::ClauseContext* c : ctx->clause())
    foreach
      ->updates.push_back(BuildClause(c));
  return Locate(foreach, ctx->getStart(), ctx->getStop());
}

// `atom.k1.k2`: the atom, then one Property node per lookup; the outermost is returned.
ast::ExprPtr AstBuilder::BuildPropertyExpression(P::PropertyExpressionContext* ctx) {
  ast::ExprPtr object = BuildAtom(ctx->atom());
  for (P::PropertyLookupContext* lookup : ctx->propertyLookup()) {
    auto property = std::make_shared<ast::Property>();
    property->object = object;
    property->key = SchemaName(lookup->propertyKeyName()->schemaName());
    object = Locate(property, ctx->getStart(), lookup->getStop());
  }
  return object;
}

}  // namespace stargraph::query::parse
