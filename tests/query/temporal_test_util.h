// Helpers for the temporal tests: call an entry of TemporalFunctions() by name.
#pragma once

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/value.h"
#include "query/functions/builtin_tables.h"

namespace stargraph::query {

inline Value CallTemporal(const std::string& name, std::vector<Value> args,
                          int64_t statement_time_nanos = 0) {
  for (const ScalarFunction& f : TemporalFunctions()) {
    if (name == f.name) {
      FunctionContext ctx;
      ctx.statement_time_nanos = statement_time_nanos;
      return f.fn(args, ctx);
    }
  }
  throw std::logic_error("no temporal function " + name);
}

inline std::string CallToString(const std::string& name, std::vector<Value> args) {
  return CallTemporal(name, std::move(args)).ToString();
}

}  // namespace stargraph::query

namespace stargraph::query {

// Evaluates the small Cypher expressions of the TCK temporal tables: integers, floats,
// 'strings', {maps}, null and calls of temporal functions, e.g.
// "{date: date('1816-12-30'), week: 2}" or "datetime.fromepoch(416779, 999999999)".
class TckLiteral {
 public:
  static Value Eval(const std::string& text) {
    TckLiteral p{text};
    Value v = p.Expr();
    p.SkipSpace();
    if (p.pos_ != text.size()) throw std::invalid_argument("trailing text in " + text);
    return v;
  }

 private:
  explicit TckLiteral(const std::string& text) : text_(text) {}

  void SkipSpace() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  void Expect(char c) {
    SkipSpace();
    if (pos_ >= text_.size() || text_[pos_] != c) {
      throw std::invalid_argument(std::string("expected ") + c + " in " + text_);
    }
    ++pos_;
  }
  bool Peek(char c) {
    SkipSpace();
    return pos_ < text_.size() && text_[pos_] == c;
  }
  std::string Name() {
    SkipSpace();
    const size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) ||
                                   text_[pos_] == '.' || text_[pos_] == '_')) {
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }
  Value Expr() {
    SkipSpace();
    const char c = text_[pos_];
    if (c == '\'') {
      const size_t end = text_.find('\'', pos_ + 1);
      std::string s = text_.substr(pos_ + 1, end - pos_ - 1);
      pos_ = end + 1;
      return Value(s);
    }
    if (c == '{') return Map();
    if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return Number();
    const std::string name = Name();
    if (name == "null") return Value();
    std::vector<Value> args;
    Expect('(');
    while (!Peek(')')) {
      args.push_back(Expr());
      if (!Peek(')')) Expect(',');
    }
    Expect(')');
    return CallTemporal(name, args);
  }
  Value Map() {
    ValueMap map;
    Expect('{');
    while (!Peek('}')) {
      const std::string key = Name();
      Expect(':');
      map[key] = Expr();
      if (!Peek('}')) Expect(',');
    }
    Expect('}');
    return Value(std::move(map));
  }
  Value Number() {
    size_t used = 0;
    const std::string rest = text_.substr(pos_);
    const size_t dot = rest.find_first_not_of("-0123456789");
    if (dot != std::string::npos && rest[dot] == '.') {
      const double d = std::stod(rest, &used);
      pos_ += used;
      return Value(d);
    }
    const int64_t i = std::stoll(rest, &used);
    pos_ += used;
    return Value(i);
  }

  const std::string& text_;
  size_t pos_ = 0;
};

// toString() of a TCK expression.
inline std::string EvalToString(const std::string& expression) {
  return TckLiteral::Eval(expression).ToString();
}

}  // namespace stargraph::query
