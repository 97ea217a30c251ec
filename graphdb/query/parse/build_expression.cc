// Operator expressions, from OR (lowest precedence) down to postfix lookups.
#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {
namespace {

// The operator token between two operands, if `tree` is one.
antlr4::Token* OperatorToken(antlr4::tree::ParseTree* tree) {
  auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(tree);
  return terminal == nullptr ? nullptr : terminal->getSymbol();
}

ast::BinaryOp ArithmeticOp(size_t token_type) {
  switch (token_type) {
    case P::PLUS:
      return ast::BinaryOp::kAdd;
    case P::MINUS:
      return ast::BinaryOp::kSub;
    case P::STAR:
      return ast::BinaryOp::kMul;
    case P::SLASH:
      return ast::BinaryOp::kDiv;
    case P::PERCENT:
      return ast::BinaryOp::kMod;
    default:
      return ast::BinaryOp::kPow;
  }
}

ast::BinaryOp ComparisonOp(P::ComparisonOperatorContext* ctx) {
  switch (ctx->getStart()->getType()) {
    case P::EQ:
      return ast::BinaryOp::kEq;
    case P::NE:
      return ast::BinaryOp::kNe;
    case P::LT:
      return ast::BinaryOp::kLt;
    case P::GT:
      return ast::BinaryOp::kGt;
    case P::LE:
      return ast::BinaryOp::kLe;
    default:
      return ast::BinaryOp::kGe;
  }
}

}  // namespace

ast::ExprPtr AstBuilder::MakeBinary(ast::BinaryOp op, ast::ExprPtr lhs, ast::ExprPtr rhs,
                                    antlr4::Token* start, antlr4::Token* stop) const {
  auto binary = std::make_shared<ast::Binary>();
  binary->op = op;
  binary->lhs = std::move(lhs);
  binary->rhs = std::move(rhs);
  return Locate(binary, start, stop);
}

ast::ExprPtr AstBuilder::BuildExpression(P::ExpressionContext* ctx) {
  return BuildOr(ctx->orExpression());
}

ast::ExprPtr AstBuilder::BuildOr(P::OrExpressionContext* ctx) {
  std::vector<P::XorExpressionContext*> operands = ctx->xorExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildXor(operands[0]);
  for (size_t i = 1; i < operands.size(); ++i) {
    result = MakeBinary(ast::BinaryOp::kOr, result, BuildXor(operands[i]), ctx->getStart(),
                        operands[i]->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildXor(P::XorExpressionContext* ctx) {
  std::vector<P::AndExpressionContext*> operands = ctx->andExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildAnd(operands[0]);
  for (size_t i = 1; i < operands.size(); ++i) {
    result = MakeBinary(ast::BinaryOp::kXor, result, BuildAnd(operands[i]), ctx->getStart(),
                        operands[i]->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildAnd(P::AndExpressionContext* ctx) {
  std::vector<P::NotExpressionContext*> operands = ctx->notExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildNot(operands[0]);
  for (size_t i = 1; i < operands.size(); ++i) {
    result = MakeBinary(ast::BinaryOp::kAnd, result, BuildNot(operands[i]), ctx->getStart(),
                        operands[i]->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildNot(P::NotExpressionContext* ctx) {
  ast::ExprPtr result = BuildComparison(ctx->comparisonExpression());
  std::vector<antlr4::tree::TerminalNode*> nots = ctx->NOT();
  CheckChain(nots.size(), ctx->getStart());
  for (size_t i = nots.size(); i-- > 0;) {
    auto unary = std::make_shared<ast::Unary>();
    unary->op = ast::UnaryOp::kNot;
    unary->operand = result;
    result = Locate(unary, nots[i]->getSymbol(), ctx->getStop());
  }
  return result;
}

// `a < b <= c` means `a < b AND b <= c`; the middle operand is shared by both comparisons.
ast::ExprPtr AstBuilder::BuildComparison(P::ComparisonExpressionContext* ctx) {
  std::vector<P::PredicateExpressionContext*> operands = ctx->predicateExpression();
  CheckChain(operands.size(), ctx->getStart());
  std::vector<P::ComparisonOperatorContext*> ops = ctx->comparisonOperator();
  ast::ExprPtr lhs = BuildPredicate(operands[0]);
  ast::ExprPtr result;
  for (size_t i = 0; i < ops.size(); ++i) {
    ast::ExprPtr rhs = BuildPredicate(operands[i + 1]);
    ast::ExprPtr comparison = MakeBinary(ComparisonOp(ops[i]), lhs, rhs, operands[i]->getStart(),
                                         operands[i + 1]->getStop());
    result = result == nullptr ? comparison
                               : MakeBinary(ast::BinaryOp::kAnd, result, comparison,
                                            ctx->getStart(), operands[i + 1]->getStop());
    lhs = rhs;
  }
  return result == nullptr ? lhs : result;
}

ast::ExprPtr AstBuilder::BuildPredicate(P::PredicateExpressionContext* ctx) {
  CheckChain(ctx->predicateSuffix().size(), ctx->getStart());
  ast::ExprPtr result = BuildAdd(ctx->addExpression());
  for (P::PredicateSuffixContext* suffix : ctx->predicateSuffix()) {
    antlr4::Token* stop = suffix->getStop();
    if (dynamic_cast<P::IsNullContext*>(suffix) != nullptr ||
        dynamic_cast<P::IsNotNullContext*>(suffix) != nullptr) {
      auto is_null = std::make_shared<ast::IsNull>();
      is_null->operand = result;
      is_null->negated = dynamic_cast<P::IsNotNullContext*>(suffix) != nullptr;
      result = Locate(is_null, ctx->getStart(), stop);
      continue;
    }
    ast::BinaryOp op = ast::BinaryOp::kIn;
    if (dynamic_cast<P::StartsWithContext*>(suffix)) op = ast::BinaryOp::kStartsWith;
    if (dynamic_cast<P::EndsWithContext*>(suffix)) op = ast::BinaryOp::kEndsWith;
    if (dynamic_cast<P::ContainsContext*>(suffix)) op = ast::BinaryOp::kContains;
    if (dynamic_cast<P::RegexMatchContext*>(suffix)) op = ast::BinaryOp::kRegexMatch;
    auto* rhs = dynamic_cast<P::AddExpressionContext*>(suffix->children.back());
    result = MakeBinary(op, result, BuildAdd(rhs), ctx->getStart(), stop);
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildAdd(P::AddExpressionContext* ctx) {
  std::vector<P::MultiplyExpressionContext*> operands = ctx->multiplyExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildMultiply(operands[0]);
  size_t next = 1;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    antlr4::Token* op = OperatorToken(child);
    if (op == nullptr) continue;
    P::MultiplyExpressionContext* rhs = operands[next++];
    result = MakeBinary(ArithmeticOp(op->getType()), result, BuildMultiply(rhs), ctx->getStart(),
                        rhs->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildMultiply(P::MultiplyExpressionContext* ctx) {
  std::vector<P::PowerExpressionContext*> operands = ctx->powerExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildPower(operands[0]);
  size_t next = 1;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    antlr4::Token* op = OperatorToken(child);
    if (op == nullptr) continue;
    P::PowerExpressionContext* rhs = operands[next++];
    result = MakeBinary(ArithmeticOp(op->getType()), result, BuildPower(rhs), ctx->getStart(),
                        rhs->getStop());
  }
  return result;
}

// `^` is left-associative in openCypher: 2^3^2 = 64.
ast::ExprPtr AstBuilder::BuildPower(P::PowerExpressionContext* ctx) {
  std::vector<P::UnaryExpressionContext*> operands = ctx->unaryExpression();
  CheckChain(operands.size(), ctx->getStart());
  ast::ExprPtr result = BuildUnary(operands[0]);
  for (size_t i = 1; i < operands.size(); ++i) {
    result = MakeBinary(ast::BinaryOp::kPow, result, BuildUnary(operands[i]), ctx->getStart(),
                        operands[i]->getStop());
  }
  return result;
}

// Signs apply innermost first; a '-' directly before a number literal is folded into it so
// that -9223372036854775808 is representable.
ast::ExprPtr AstBuilder::BuildUnary(P::UnaryExpressionContext* ctx) {
  std::vector<antlr4::Token*> signs;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (antlr4::Token* sign = OperatorToken(child)) signs.push_back(sign);
  }
  CheckChain(signs.size(), ctx->getStart());
  P::PostfixExpressionContext* postfix = ctx->postfixExpression();
  P::LiteralContext* literal = postfix->atom()->literal();
  ast::ExprPtr result;
  if (!signs.empty() && signs.back()->getType() == P::MINUS && postfix->children.size() == 1 &&
      literal != nullptr && literal->numberLiteral() != nullptr) {
    result = BuildNumber(literal->numberLiteral(), true, signs.back());
    signs.pop_back();
  } else {
    result = BuildPostfix(postfix);
  }
  for (size_t i = signs.size(); i-- > 0;) {
    auto unary = std::make_shared<ast::Unary>();
    unary->op = signs[i]->getType() == P::MINUS ? ast::UnaryOp::kMinus : ast::UnaryOp::kPlus;
    unary->operand = result;
    result = Locate(unary, signs[i], ctx->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildPostfix(P::PostfixExpressionContext* ctx) {
  CheckChain(ctx->postfixSuffix().size(), ctx->getStart());
  ast::ExprPtr result = BuildAtom(ctx->atom());
  for (P::PostfixSuffixContext* suffix : ctx->postfixSuffix()) {
    result = BuildPostfixSuffix(suffix, result, ctx->getStart());
  }
  if (ctx->nodeLabels() != nullptr) {
    auto labels = std::make_shared<ast::LabelPredicate>();
    labels->operand = result;
    labels->labels = BuildNodeLabels(ctx->nodeLabels());
    result = Locate(labels, ctx->getStart(), ctx->getStop());
  }
  return result;
}

ast::ExprPtr AstBuilder::BuildPostfixSuffix(P::PostfixSuffixContext* ctx, ast::ExprPtr object,
                                            antlr4::Token* start) {
  if (auto* property = dynamic_cast<P::PropertySuffixContext*>(ctx)) {
    auto node = std::make_shared<ast::Property>();
    node->object = std::move(object);
    node->key = SchemaName(property->propertyLookup()->propertyKeyName()->schemaName());
    return Locate(node, start, ctx->getStop());
  }
  if (auto* index = dynamic_cast<P::IndexSuffixContext*>(ctx)) {
    auto node = std::make_shared<ast::Subscript>();
    node->object = std::move(object);
    node->index = BuildExpression(index->expression());
    return Locate(node, start, ctx->getStop());
  }
  auto* slice = static_cast<P::SliceSuffixContext*>(ctx);
  auto node = std::make_shared<ast::Slice>();
  node->object = std::move(object);
  if (slice->from != nullptr) node->from = BuildExpression(slice->from);
  if (slice->to != nullptr) node->to = BuildExpression(slice->to);
  return Locate(node, start, ctx->getStop());
}

}  // namespace stargraph::query::parse
