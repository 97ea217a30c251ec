#include "query/parse/parser.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "CypherLexer.h"
#include "CypherParser.h"
#include "antlr4-runtime.h"
#include "query/parse/ast_builder.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

using stargraph_cypher::CypherLexer;
using stargraph_cypher::CypherParser;

[[noreturn]] void ThrowSyntax(const std::string& code, const std::string& what, size_t line,
                              size_t column0) {
  int l = static_cast<int>(line);
  int c = static_cast<int>(column0) + 1;
  throw QueryError(ErrorKind::kSyntaxError, code,
                   what + " (line " + std::to_string(l) + ", column " + std::to_string(c) + ")", l,
                   c);
}

// Lexer errors: an unknown character. Non-ASCII ones are usually look-alikes of operators
// (an em dash for '-'), which openCypher reports as InvalidUnicodeCharacter.
class LexerErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token*, size_t line, size_t column,
                   const std::string&, std::exception_ptr) override {
    auto* lexer = static_cast<antlr4::Lexer*>(recognizer);
    antlr4::CharStream* input = lexer->getInputStream();
    size_t at = lexer->tokenStartCharIndex;
    size_t end = std::min(input->index() + 1, input->size());
    std::string bad = input->getText(antlr4::misc::Interval(at, end - 1));
    bool non_ascii = !bad.empty() && static_cast<unsigned char>(bad.back()) >= 0x80;
    ThrowSyntax(non_ascii ? "InvalidUnicodeCharacter" : "UnexpectedSyntax",
                "Invalid input '" + bad + "'", line, column);
  }
};

// "expected ..." from ANTLR's "... expecting {A, B}" message; empty when the list is long
// enough to be noise (any expression may follow) or absent.
std::string ExpectedPart(const std::string& msg) {
  std::string list;
  if (size_t at = msg.find("expecting "); at != std::string::npos) {
    list = msg.substr(at + 10);
  } else if (msg.rfind("missing ", 0) == 0 && msg.find(" at ") != std::string::npos) {
    list = msg.substr(8, msg.find(" at ") - 8);
  } else {
    return "";
  }
  if (!list.empty() && list.front() == '{') list = list.substr(1, list.size() - 2);
  if (std::count(list.begin(), list.end(), ',') >= 8) return "";
  for (auto [from, to] : {std::pair<std::string, std::string>{"<EOF>", "end of input"},
                          {"NULL_", "NULL"},
                          {"SKIP_", "SKIP"}}) {
    for (size_t p; (p = list.find(from)) != std::string::npos;) list.replace(p, from.size(), to);
  }
  return ", expected " + list;
}

// Parser errors: reported with the offending token, as the shell puts a caret under it.
class ParserErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token* token, size_t line, size_t column,
                   const std::string& msg, std::exception_ptr) override {
    std::string what = token == nullptr || token->getType() == antlr4::Token::EOF
                           ? "Unexpected end of input"
                           : "Invalid input '" + token->getText() + "'";
    ThrowSyntax("UnexpectedSyntax", what + ExpectedPart(msg), line, column);
  }
};

// The opening token that `closer` matches, or 0 when `type` closes nothing.
size_t OpenerOf(size_t type) {
  switch (type) {
    case CypherLexer::RPAREN:
      return CypherLexer::LPAREN;
    case CypherLexer::RBRACKET:
      return CypherLexer::LBRACKET;
    case CypherLexer::RBRACE:
      return CypherLexer::LBRACE;
    case CypherLexer::END:
      return CypherLexer::CASE;
    default:
      return 0;
  }
}

// Rejects nesting deeper than kMaxNestingDepth before the recursive-descent parser sees it.
// A closer only pops its own opener, so `n.end` or a stray ')' cannot hide real depth.
void CheckNestingDepth(antlr4::CommonTokenStream& tokens) {
  std::vector<size_t> open;
  for (antlr4::Token* t : tokens.getTokens()) {
    size_t type = t->getType();
    if (type == CypherLexer::LPAREN || type == CypherLexer::LBRACKET ||
        type == CypherLexer::LBRACE || type == CypherLexer::CASE) {
      open.push_back(type);
      if (open.size() > static_cast<size_t>(kMaxNestingDepth)) {
        ThrowSyntax("NestingTooDeep",
                    "Query nested deeper than " + std::to_string(kMaxNestingDepth) + " levels",
                    t->getLine(), t->getCharPositionInLine());
      }
    } else if (size_t opener = OpenerOf(type);
               opener != 0 && !open.empty() && open.back() == opener) {
      open.pop_back();
    }
  }
}

// ANTLR 4.9 decodes the text with std::wstring_convert, which throws std::range_error on bytes
// that are not UTF-8; that must surface as a syntax error, not escape the query layer.
std::unique_ptr<antlr4::ANTLRInputStream> OpenInput(const std::string& text) {
  try {
    return std::make_unique<antlr4::ANTLRInputStream>(text);
  } catch (const std::range_error&) {
    ThrowSyntax("InvalidUnicodeCharacter", "The query text is not valid UTF-8", 0, 0);
  }
}

}  // namespace

ast::Statement Parse(const std::string& text) {
  std::unique_ptr<antlr4::ANTLRInputStream> input = OpenInput(text);
  CypherLexer lexer(input.get());
  LexerErrorListener lexer_errors;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&lexer_errors);
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  CheckNestingDepth(tokens);

  // Two-stage parse: SLL prediction is fast and exact for nearly every input; only when it
  // fails is the input re-parsed with full LL, which also produces the error report.
  CypherParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  CypherParser::StatementContext* tree = nullptr;
  try {
    tree = parser.statement();
  } catch (const antlr4::ParseCancellationException&) {
    ParserErrorListener parser_errors;
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(&parser_errors);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    tree = parser.statement();
  }

  ast::Statement statement = parse::AstBuilder(text).BuildStatement(tree);
  statement.text = text;
  return statement;
}

}  // namespace stargraph::query
