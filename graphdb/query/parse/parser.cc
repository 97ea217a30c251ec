#include "query/parse/parser.h"

#include "CypherLexer.h"
#include "CypherParser.h"
#include "antlr4-runtime.h"

namespace stargraph::query {
namespace {

class FirstErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t line, size_t column,
                   const std::string& msg, std::exception_ptr) override {
    if (!error.empty()) return;
    error = "line " + std::to_string(line) + ", column " + std::to_string(column + 1) + ": " + msg;
  }
  std::string error;
};

}  // namespace

Status CheckSyntax(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  stargraph_cypher::CypherLexer lexer(&input);
  FirstErrorListener listener;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  antlr4::CommonTokenStream tokens(&lexer);
  stargraph_cypher::CypherParser parser(&tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  parser.statement();
  if (!listener.error.empty()) return Status::InvalidArgument(listener.error);
  return Status::OK();
}

}  // namespace stargraph::query
