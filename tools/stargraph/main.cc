// The stargraph command (skeleton: checks the syntax of statements read from stdin).
#include <iostream>
#include <string>

#include "query/parse/parser.h"

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    stargraph::Status s = stargraph::query::CheckSyntax(line);
    std::cout << (s.ok() ? "ok" : s.ToString()) << "\n";
  }
  return 0;
}
