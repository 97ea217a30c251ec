#include "error_text.h"

#include <sstream>

#include "display_width.h"

namespace stargraph::cli {
namespace {

// Line `number` (1-based) of `text`, or false when there is no such line.
bool LineOf(const std::string& text, int number, std::string* line) {
  std::istringstream in(text);
  for (int i = 1; std::getline(in, *line); ++i) {
    if (i == number) return true;
  }
  return false;
}

// The display column where the `column`-th code point (1-based) of `line` starts.
int CaretOffset(const std::string& line, int column) {
  std::string prefix;
  int code_points = 0;
  for (size_t i = 0; i < line.size() && code_points < column - 1; ++i) {
    prefix += line[i];
    bool continues =
        i + 1 < line.size() && (static_cast<unsigned char>(line[i + 1]) & 0xC0) == 0x80;
    if (!continues) ++code_points;
  }
  return DisplayWidth(SingleLine(prefix));
}

}  // namespace

std::string ErrorText(const QueryError& error, const std::string& statement) {
  std::string out = error.kind.empty() ? "Error" : error.kind;
  if (!error.code.empty()) out += " (" + error.code + ")";
  if (error.line > 0) {
    out += " at line " + std::to_string(error.line) + ", column " + std::to_string(error.column);
  }
  out += ": " + error.message + "\n";
  std::string line;
  if (error.line > 0 && error.column > 0 && LineOf(statement, error.line, &line)) {
    out += "  " + SingleLine(line) + "\n";
    out += "  " + std::string(CaretOffset(line, error.column), ' ') + "^\n";
  }
  return out;
}

}  // namespace stargraph::cli
