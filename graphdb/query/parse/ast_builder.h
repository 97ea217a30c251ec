// AstBuilder: turns an ANTLR parse tree of CypherParser into our AST (internal to parse/).
//
// One method per grammar rule family; the definitions are split by clause family across
// build_*.cc. Semantic checks that the grammar leaves open but the TCK classifies as syntax
// errors (number literal ranges, bad escapes, pattern predicates outside WHERE) are done here
// and thrown as QueryError(kSyntaxError).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "CypherParser.h"
#include "query/ast/statement.h"

namespace stargraph::query::parse {

using P = stargraph_cypher::CypherParser;

class AstBuilder {
 public:
  // `text` must outlive the builder; it is the text the parse tree was built from.
  explicit AstBuilder(const std::string& text);

  ast::Statement BuildStatement(P::StatementContext* ctx);

 private:
  // build_statement.cc
  ast::Query BuildQuery(P::QueryContext* ctx);
  ast::SingleQuery BuildSingleQuery(P::SingleQueryContext* ctx);
  ast::ClausePtr BuildClause(P::ClauseContext* ctx);
  void BuildSchemaCommand(P::SchemaCommandContext* ctx, ast::Statement* out);
  ast::CreateIndex BuildCreateIndex(P::CreateIndexContext* ctx);
  ast::CreateConstraint BuildCreateConstraint(P::CreateConstraintContext* ctx);
  std::string BuildPropertyOf(P::PropertyOfContext* ctx, const std::string& variable);

  // build_read.cc
  ast::ClausePtr BuildMatch(P::MatchClauseContext* ctx);
  ast::ClausePtr BuildUnwind(P::UnwindClauseContext* ctx);
  ast::ClausePtr BuildWith(P::WithClauseContext* ctx);
  ast::ClausePtr BuildReturn(P::ReturnClauseContext* ctx);
  ast::ProjectionBody BuildProjectionBody(P::ProjectionBodyContext* ctx);
  ast::ProjectionItem BuildProjectionItem(P::ProjectionItemContext* ctx);
  ast::ClausePtr BuildCall(P::CallClauseContext* ctx);
  ast::ClausePtr BuildLoadCsv(P::LoadCsvClauseContext* ctx);
  ast::ExprPtr BuildWhere(P::WhereContext* ctx);

  // build_update.cc
  ast::ClausePtr BuildCreate(P::CreateClauseContext* ctx);
  ast::ClausePtr BuildMerge(P::MergeClauseContext* ctx);
  std::vector<ast::SetItem> BuildSetItems(P::SetClauseContext* ctx);
  ast::SetItem BuildSetItem(P::SetItemContext* ctx);
  ast::ClausePtr BuildRemove(P::RemoveClauseContext* ctx);
  ast::ClausePtr BuildDelete(P::DeleteClauseContext* ctx);
  ast::ClausePtr BuildForeach(P::ForeachClauseContext* ctx);
  ast::ExprPtr BuildPropertyExpression(P::PropertyExpressionContext* ctx);
  // CREATE and MERGE relationships need a fixed length, and anonymous ones exactly one type and
  // (for CREATE) a direction; openCypher reports these as syntax errors at compile time.
  void CheckWritablePart(const ast::PatternPart& part, bool require_direction) const;

  // build_pattern.cc
  ast::Pattern BuildPattern(P::PatternContext* ctx);
  ast::PatternPart BuildPatternPart(P::PatternPartContext* ctx);
  void BuildPatternElement(P::PatternElementContext* ctx, ast::PatternPart* part);
  void BuildChain(P::PatternElementChainContext* ctx, ast::PatternPart* part);
  ast::NodePattern BuildNodePattern(P::NodePatternContext* ctx);
  ast::RelationshipPattern BuildRelationshipPattern(P::RelationshipPatternContext* ctx);
  void BuildRange(P::RangeLiteralContext* ctx, ast::RelationshipPattern* rel);
  ast::ExprPtr BuildProperties(P::PropertiesContext* ctx);
  std::vector<std::string> BuildNodeLabels(P::NodeLabelsContext* ctx);
  std::shared_ptr<const ast::PatternPart> BuildRelationshipsPattern(
      P::RelationshipsPatternContext* ctx, P::VariableContext* path_variable);

  // build_expression.cc: operators, lowest precedence first.
  ast::ExprPtr MakeBinary(ast::BinaryOp op, ast::ExprPtr lhs, ast::ExprPtr rhs,
                          antlr4::Token* start, antlr4::Token* stop) const;
  ast::ExprPtr BuildExpression(P::ExpressionContext* ctx);
  ast::ExprPtr BuildOr(P::OrExpressionContext* ctx);
  ast::ExprPtr BuildXor(P::XorExpressionContext* ctx);
  ast::ExprPtr BuildAnd(P::AndExpressionContext* ctx);
  ast::ExprPtr BuildNot(P::NotExpressionContext* ctx);
  ast::ExprPtr BuildComparison(P::ComparisonExpressionContext* ctx);
  ast::ExprPtr BuildPredicate(P::PredicateExpressionContext* ctx);
  ast::ExprPtr BuildAdd(P::AddExpressionContext* ctx);
  ast::ExprPtr BuildMultiply(P::MultiplyExpressionContext* ctx);
  ast::ExprPtr BuildPower(P::PowerExpressionContext* ctx);
  ast::ExprPtr BuildUnary(P::UnaryExpressionContext* ctx);
  ast::ExprPtr BuildPostfix(P::PostfixExpressionContext* ctx);
  ast::ExprPtr BuildPostfixSuffix(P::PostfixSuffixContext* ctx, ast::ExprPtr object,
                                  antlr4::Token* start);

  // build_atom.cc
  ast::ExprPtr BuildAtom(P::AtomContext* ctx);
  ast::ExprPtr BuildCase(P::CaseExpressionContext* ctx);
  ast::ExprPtr BuildListComprehension(P::ListComprehensionContext* ctx);
  ast::ExprPtr BuildPatternComprehension(P::PatternComprehensionContext* ctx);
  ast::ExprPtr BuildQuantifier(P::QuantifierContext* ctx);
  ast::ExprPtr BuildReduce(P::ReduceExpressionContext* ctx);
  ast::ExprPtr BuildExists(P::ExistsSubqueryContext* ctx);
  ast::ExprPtr BuildShortestPath(P::ShortestPathExpressionContext* ctx);
  ast::ExprPtr BuildPatternPredicate(P::RelationshipsPatternContext* ctx);
  ast::ExprPtr BuildFunctionCall(P::FunctionInvocationContext* ctx);
  ast::ExprPtr BuildMapProjection(P::MapProjectionContext* ctx);

  // build_literal.cc
  ast::ExprPtr BuildLiteral(P::LiteralContext* ctx);
  ast::ExprPtr BuildNumber(P::NumberLiteralContext* ctx, bool negate, antlr4::Token* start);
  int64_t IntegerValue(P::IntegerLiteralContext* ctx, bool negate);
  ast::ExprPtr BuildList(P::ListLiteralContext* ctx);
  ast::ExprPtr BuildMap(P::MapLiteralContext* ctx);
  ast::ExprPtr BuildParameter(P::ParameterContext* ctx);
  std::string StringValue(antlr4::Token* token);
  std::string SymbolicName(P::SymbolicNameContext* ctx);
  std::string SchemaName(P::SchemaNameContext* ctx);
  std::string Variable(P::VariableContext* ctx) { return SymbolicName(ctx->symbolicName()); }
  std::string QualifiedName(P::NamespacePrefixContext* ns, const std::string& last);

  // Positions (builder.cc).
  ast::SourcePos PosOf(antlr4::Token* token) const;
  ast::SourceSpan SpanOf(antlr4::Token* start, antlr4::Token* stop) const;
  std::string TextOf(antlr4::ParserRuleContext* ctx) const;
  // Stamps `node` with the position and span of [start, stop] and returns it.
  template <class T>
  std::shared_ptr<T> Locate(std::shared_ptr<T> node, antlr4::Token* start,
                            antlr4::Token* stop) const {
    node->pos = PosOf(start);
    node->span = SpanOf(start, stop);
    return node;
  }
  template <class T>
  T& LocateValue(T& node, antlr4::ParserRuleContext* ctx) const {
    node.pos = PosOf(ctx->getStart());
    node.span = SpanOf(ctx->getStart(), ctx->getStop());
    return node;
  }
  // Fails with NestingTooDeep when an operator run of `length` exceeds kMaxOperatorChain.
  void CheckChain(size_t length, antlr4::Token* at) const;
  [[noreturn]] void Fail(const std::string& code, const std::string& message,
                         antlr4::Token* at) const;
  [[noreturn]] void Fail(const std::string& code, const std::string& message,
                         ast::SourcePos pos) const;

  const std::string& text_;
  std::vector<size_t> byte_offset_;  // code point index -> byte offset in text_
  int where_depth_ = 0;              // > 0 while building a WHERE (pattern predicates allowed)
  bool standalone_call_ = false;     // the statement is a single CALL clause
  bool in_create_ = false;           // building a CREATE pattern (`(n $map)` allowed)
};

}  // namespace stargraph::query::parse
