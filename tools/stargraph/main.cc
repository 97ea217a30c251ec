// The stargraph command (skeleton: checks the syntax of statements read from stdin).
#include <iostream>
#include <string>

#include "query/parse/parser.h"
#include "query/query_error.h"

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    try {
      stargraph::query::Parse(line);
      std::cout << "ok\n";
    } catch (const stargraph::query::QueryError& e) {
      std::cout << stargraph::query::ErrorKindName(e.kind()) << " " << e.code() << ": " << e.what()
                << "\n";
    }
  }
  return 0;
}
