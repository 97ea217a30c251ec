// Updating clauses: CREATE, MERGE, SET, REMOVE, DELETE, FOREACH.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::ClausePtr AstBuilder::BuildCreate(P::CreateClauseContext* ctx) {
  auto create = std::make_shared<ast::Create>();
  in_create_ = true;
  create->pattern = BuildPattern(ctx->pattern());
  in_create_ = false;
  for (const ast::PatternPart& part : create->pattern) CheckWritablePart(part, true);
  return Locate(create, ctx->getStart(), ctx->getStop());
}

void AstBuilder::CheckWritablePart(const ast::PatternPart& part, bool require_direction) const {
  for (const ast::RelationshipPattern& rel : part.rels) {
    if (rel.var_length) {
      Fail("CreatingVarLength", "Variable-length relationships cannot be created", rel.pos);
    }
    // A named relationship may already be bound (VariableAlreadyBound wins); the binder checks.
    if (!rel.variable.empty()) continue;
    if (rel.types.size() != 1) {
      Fail("NoSingleRelationshipType", "A created relationship needs exactly one type", rel.pos);
    }
    if (require_direction && rel.direction == ast::RelDirection::kUndirected) {
      Fail("RequiresDirectedRelationship", "A created relationship needs a direction", rel.pos);
    }
  }
}

ast::ClausePtr AstBuilder::BuildMerge(P::MergeClauseContext* ctx) {
  auto merge = std::make_shared<ast::Merge>();
  merge->pattern = BuildPatternPart(ctx->patternPart());
  CheckWritablePart(merge->pattern, false);
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
  for (P::ExpressionContext* e : ctx->expression()) {
    del->targets.push_back(BuildExpression(e));
    if (del->targets.back()->kind == ast::ExprKind::kLabelPredicate) {
      Fail("InvalidDelete", "DELETE removes nodes and relationships, not labels: " + TextOf(e),
           e->getStart());
    }
  }
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
