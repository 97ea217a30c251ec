#include "query/parse/ast_builder.h"
#include "query/parse/parser.h"
#include "query/query_error.h"

namespace stargraph::query::parse {

AstBuilder::AstBuilder(const std::string& text) : text_(text) {
  // ANTLR indexes characters by code point; the AST reports byte offsets into `text`.
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_offset_.push_back(i);
  }
  byte_offset_.push_back(text.size());
}

ast::SourcePos AstBuilder::PosOf(antlr4::Token* token) const {
  return {static_cast<int>(token->getLine()), static_cast<int>(token->getCharPositionInLine()) + 1};
}

ast::SourceSpan AstBuilder::SpanOf(antlr4::Token* start, antlr4::Token* stop) const {
  auto at = [this](size_t cp) { return byte_offset_[std::min(cp, byte_offset_.size() - 1)]; };
  size_t begin = at(start->getStartIndex());
  size_t end = stop == nullptr || stop->getStopIndex() + 1 < start->getStartIndex()
                   ? begin
                   : at(stop->getStopIndex() + 1);
  return {begin, end};
}

std::string AstBuilder::TextOf(antlr4::ParserRuleContext* ctx) const {
  ast::SourceSpan span = SpanOf(ctx->getStart(), ctx->getStop());
  return text_.substr(span.begin, span.end - span.begin);
}

void AstBuilder::CheckChain(size_t length, antlr4::Token* at) const {
  if (length > kMaxOperatorChain) {
    Fail("NestingTooDeep",
         "More than " + std::to_string(kMaxOperatorChain) + " operators in one expression", at);
  }
}

void AstBuilder::Fail(const std::string& code, const std::string& message,
                      antlr4::Token* at) const {
  Fail(code, message, PosOf(at));
}

void AstBuilder::Fail(const std::string& code, const std::string& message,
                      ast::SourcePos pos) const {
  throw QueryError(ErrorKind::kSyntaxError, code,
                   message + " (line " + std::to_string(pos.line) + ", column " +
                       std::to_string(pos.column) + ")",
                   pos.line, pos.column);
}

}  // namespace stargraph::query::parse
