#include "statement_splitter.h"

#include <cctype>

namespace stargraph::cli {
namespace {

enum class Mode { kCode, kSingleQuote, kDoubleQuote, kBacktick, kLineComment, kBlockComment };

std::string Trim(const std::string& s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
  return s.substr(begin, end - begin);
}

// Scans Cypher text one character at a time, tracking strings and comments.
class Scanner {
 public:
  explicit Scanner(const std::string& text) : text_(text) {}

  // Advances past text_[i] (and its escape or comment partner); returns the next index.
  // Sets *terminator when text_[i] is a `;` in code, *code when it is code other than space.
  size_t Step(size_t i, bool* terminator, bool* code) {
    *terminator = false;
    *code = false;
    char c = text_[i];
    char next = i + 1 < text_.size() ? text_[i + 1] : '\0';
    switch (mode_) {
      case Mode::kCode:
        return StepCode(i, c, next, terminator, code);
      case Mode::kSingleQuote:
        return StepQuoted(i, c, '\'');
      case Mode::kDoubleQuote:
        return StepQuoted(i, c, '"');
      case Mode::kBacktick:
        if (c == '`') mode_ = Mode::kCode;  // a doubled `` reopens on the next step
        return i + 1;
      case Mode::kLineComment:
        if (c == '\n') mode_ = Mode::kCode;
        return i + 1;
      case Mode::kBlockComment:
        if (c == '*' && next == '/') {
          mode_ = Mode::kCode;
          return i + 2;
        }
        return i + 1;
    }
    return i + 1;
  }

 private:
  size_t StepCode(size_t i, char c, char next, bool* terminator, bool* code) {
    if (c == '/' && next == '/') {
      mode_ = Mode::kLineComment;
      return i + 2;
    }
    if (c == '/' && next == '*') {
      mode_ = Mode::kBlockComment;
      return i + 2;
    }
    if (c == '\'') mode_ = Mode::kSingleQuote;
    if (c == '"') mode_ = Mode::kDoubleQuote;
    if (c == '`') mode_ = Mode::kBacktick;
    *terminator = c == ';';
    *code = !*terminator && !std::isspace(static_cast<unsigned char>(c));
    return i + 1;
  }

  size_t StepQuoted(size_t i, char c, char quote) {
    if (c == '\\') return i + 2;  // skips the escaped character
    if (c == quote) mode_ = Mode::kCode;
    return i + 1;
  }

  const std::string& text_;
  Mode mode_ = Mode::kCode;
};

}  // namespace

SplitText SplitStatements(const std::string& text) {
  SplitText out;
  Scanner scanner(text);
  size_t start = 0;
  bool has_code = false;
  for (size_t i = 0; i < text.size();) {
    bool terminator = false;
    bool code = false;
    size_t next = scanner.Step(i, &terminator, &code);
    has_code = has_code || code;
    if (terminator) {
      if (has_code) out.statements.push_back(Trim(text.substr(start, i - start)));
      start = i + 1;
      has_code = false;
    }
    i = next;
  }
  out.remainder = start < text.size() ? text.substr(start) : std::string();
  return out;
}

bool IsBlankCypher(const std::string& text) {
  Scanner scanner(text);
  for (size_t i = 0; i < text.size();) {
    bool terminator = false;
    bool code = false;
    i = scanner.Step(i, &terminator, &code);
    if (code || terminator) return false;
  }
  return true;
}

std::vector<std::string> SplitScript(const std::string& text) {
  SplitText split = SplitStatements(text);
  if (!IsBlankCypher(split.remainder)) split.statements.push_back(Trim(split.remainder));
  return split.statements;
}

std::string LeadingKeyword(const std::string& statement) {
  std::string word;
  for (char c : statement) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return word;
}

}  // namespace stargraph::cli
