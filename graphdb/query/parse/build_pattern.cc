// Patterns: parts, node and relationship patterns, variable-length ranges.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {

ast::Pattern AstBuilder::BuildPattern(P::PatternContext* ctx) {
  ast::Pattern pattern;
  for (P::PatternPartContext* part : ctx->patternPart()) {
    pattern.push_back(BuildPatternPart(part));
  }
  return pattern;
}

ast::PatternPart AstBuilder::BuildPatternPart(P::PatternPartContext* ctx) {
  ast::PatternPart part;
  LocateValue(part, ctx);
  if (ctx->variable() != nullptr) part.path_variable = Variable(ctx->variable());
  P::AnonymousPatternPartContext* anonymous = ctx->anonymousPatternPart();
  if (anonymous->SHORTESTPATH() != nullptr) part.kind = ast::PathKind::kShortest;
  if (anonymous->ALLSHORTESTPATHS() != nullptr) part.kind = ast::PathKind::kAllShortest;
  BuildPatternElement(anonymous->patternElement(), &part);
  return part;
}

void AstBuilder::BuildPatternElement(P::PatternElementContext* ctx, ast::PatternPart* part) {
  if (ctx->patternElement() != nullptr) {  // parenthesized: ((a)-->(b))
    BuildPatternElement(ctx->patternElement(), part);
    return;
  }
  part->nodes.push_back(BuildNodePattern(ctx->nodePattern()));
  for (P::PatternElementChainContext* chain : ctx->patternElementChain()) {
    BuildChain(chain, part);
  }
}

void AstBuilder::BuildChain(P::PatternElementChainContext* ctx, ast::PatternPart* part) {
  part->rels.push_back(BuildRelationshipPattern(ctx->relationshipPattern()));
  part->nodes.push_back(BuildNodePattern(ctx->nodePattern()));
}

ast::NodePattern AstBuilder::BuildNodePattern(P::NodePatternContext* ctx) {
  ast::NodePattern node;
  LocateValue(node, ctx);
  if (ctx->variable() != nullptr) node.variable = Variable(ctx->variable());
  if (ctx->nodeLabels() != nullptr) node.labels = BuildNodeLabels(ctx->nodeLabels());
  node.properties = BuildProperties(ctx->properties());
  return node;
}

ast::RelationshipPattern AstBuilder::BuildRelationshipPattern(P::RelationshipPatternContext* ctx) {
  ast::RelationshipPattern rel;
  LocateValue(rel, ctx);
  bool left = ctx->LT() != nullptr;
  bool right = ctx->GT() != nullptr;
  rel.direction = left == right ? ast::RelDirection::kUndirected
                  : right       ? ast::RelDirection::kOutgoing
                                : ast::RelDirection::kIncoming;
  P::RelationshipDetailContext* detail = ctx->relationshipDetail();
  if (detail == nullptr) return rel;
  if (detail->variable() != nullptr) rel.variable = Variable(detail->variable());
  if (detail->relationshipTypes() != nullptr) {
    for (P::RelTypeNameContext* type : detail->relationshipTypes()->relTypeName()) {
      rel.types.push_back(SchemaName(type->schemaName()));
    }
  }
  if (detail->rangeLiteral() != nullptr) BuildRange(detail->rangeLiteral(), &rel);
  rel.properties = BuildProperties(detail->properties());
  return rel;
}

// `*` any length from 1; `*n` exactly n; `*n..`, `*..m`, `*n..m` bounded ranges.
void AstBuilder::BuildRange(P::RangeLiteralContext* ctx, ast::RelationshipPattern* rel) {
  rel->var_length = true;
  std::vector<P::IntegerLiteralContext*> bounds = ctx->integerLiteral();
  if (ctx->DOTDOT() == nullptr) {
    if (!bounds.empty()) rel->min_hops = rel->max_hops = IntegerValue(bounds[0], false);
    return;
  }
  size_t next = 0;
  // With `..`, a bound before it is the minimum; the one after it (or the only one when the
  // first token after '*' is '..') is the maximum.
  if (!bounds.empty() &&
      bounds[0]->getStart()->getTokenIndex() < ctx->DOTDOT()->getSymbol()->getTokenIndex()) {
    rel->min_hops = IntegerValue(bounds[next++], false);
  }
  if (next < bounds.size()) rel->max_hops = IntegerValue(bounds[next], false);
}

ast::ExprPtr AstBuilder::BuildProperties(P::PropertiesContext* ctx) {
  if (ctx == nullptr) return nullptr;
  if (ctx->parameter() != nullptr) {
    // Only CREATE takes a whole map from a parameter; matching on one is not allowed.
    if (!in_create_) {
      Fail("InvalidParameterUse", "A parameter map is only allowed in CREATE patterns",
           ctx->getStart());
    }
    return BuildParameter(ctx->parameter());
  }
  return BuildMap(ctx->mapLiteral());
}

std::vector<std::string> AstBuilder::BuildNodeLabels(P::NodeLabelsContext* ctx) {
  std::vector<std::string> labels;
  for (P::NodeLabelContext* label : ctx->nodeLabel()) {
    labels.push_back(SchemaName(label->labelName()->schemaName()));
  }
  return labels;
}

std::shared_ptr<const ast::PatternPart> AstBuilder::BuildRelationshipsPattern(
    P::RelationshipsPatternContext* ctx, P::VariableContext* path_variable) {
  auto part = std::make_shared<ast::PatternPart>();
  LocateValue(*part, ctx);
  if (path_variable != nullptr) part->path_variable = Variable(path_variable);
  part->nodes.push_back(BuildNodePattern(ctx->nodePattern()));
  for (P::PatternElementChainContext* chain : ctx->patternElementChain()) {
    BuildChain(chain, part.get());
  }
  return part;
}

}  // namespace stargraph::query::parse
