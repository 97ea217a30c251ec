// Literals and names: numbers, strings, lists, maps, parameters, symbolic names.
#include <cmath>
#include <cstdlib>
#include <limits>

#include "query/parse/ast_builder.h"

namespace stargraph::query::parse {
namespace {

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

uint32_t HexValue(const std::string& s, size_t at, size_t digits) {
  uint32_t value = 0;
  for (size_t i = 0; i < digits; ++i) value = value * 16 + DigitValue(s[at + i]);
  return value;
}

}  // namespace

ast::ExprPtr AstBuilder::BuildLiteral(P::LiteralContext* ctx) {
  if (auto* c = ctx->numberLiteral()) return BuildNumber(c, false, ctx->getStart());
  if (auto* c = ctx->listLiteral()) return BuildList(c);
  if (auto* c = ctx->mapLiteral()) return BuildMap(c);
  auto literal = std::make_shared<ast::Literal>();
  if (ctx->StringLiteral() != nullptr) literal->value = StringValue(ctx->getStart());
  if (ctx->TRUE() != nullptr) literal->value = true;
  if (ctx->FALSE() != nullptr) literal->value = false;
  return Locate(literal, ctx->getStart(), ctx->getStop());
}

// `start` is the first token of the literal (the '-' when `negate` is set).
ast::ExprPtr AstBuilder::BuildNumber(P::NumberLiteralContext* ctx, bool negate,
                                     antlr4::Token* start) {
  auto literal = std::make_shared<ast::Literal>();
  if (ctx->integerLiteral() != nullptr) {
    literal->value = IntegerValue(ctx->integerLiteral(), negate);
  } else {
    std::string text = ctx->getText();
    double value = std::strtod(text.c_str(), nullptr);
    if (std::isinf(value)) {
      Fail("FloatingPointOverflow", "Floating point number is too large: " + text, start);
    }
    literal->value = negate ? -value : value;
  }
  return Locate(literal, start, ctx->getStop());
}

// Decimal, hexadecimal (0x), octal (0o, or a legacy leading 0). The magnitude may reach 2^63
// only when negated, so that the full int64 range can be written.
int64_t AstBuilder::IntegerValue(P::IntegerLiteralContext* ctx, bool negate) {
  antlr4::Token* token = ctx->getStart();
  std::string text = token->getText();
  int base = 10;
  size_t begin = 0;
  if (token->getType() == P::HexInteger) {
    base = 16, begin = 2;
  } else if (token->getType() == P::OctalInteger) {
    base = 8, begin = 2;
  } else if (text.size() > 1 && text[0] == '0') {
    base = 8, begin = 1;
  }
  if (begin == text.size()) Fail("InvalidNumberLiteral", "Invalid number: " + text, token);
  const uint64_t limit = negate ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  uint64_t magnitude = 0;
  bool overflow = false;
  for (size_t i = begin; i < text.size(); ++i) {
    int digit = DigitValue(text[i]);
    if (digit >= base) Fail("InvalidNumberLiteral", "Invalid number: " + text, token);
    if (magnitude > (limit - digit) / base) overflow = true;
    if (!overflow) magnitude = magnitude * base + digit;
  }
  if (overflow) {
    Fail("IntegerOverflow", "Integer is too large: " + std::string(negate ? "-" : "") + text,
         token);
  }
  if (!negate) return static_cast<int64_t>(magnitude);
  return magnitude == uint64_t{1} << 63 ? std::numeric_limits<int64_t>::min()
                                        : -static_cast<int64_t>(magnitude);
}

ast::ExprPtr AstBuilder::BuildList(P::ListLiteralContext* ctx) {
  auto list = std::make_shared<ast::ListLiteral>();
  for (P::ExpressionContext* e : ctx->expression()) list->items.push_back(BuildExpression(e));
  return Locate(list, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildMap(P::MapLiteralContext* ctx) {
  auto map = std::make_shared<ast::MapLiteral>();
  std::vector<P::PropertyKeyNameContext*> keys = ctx->propertyKeyName();
  std::vector<P::ExpressionContext*> values = ctx->expression();
  for (size_t i = 0; i < keys.size(); ++i) {
    map->entries.emplace_back(SchemaName(keys[i]->schemaName()), BuildExpression(values[i]));
  }
  return Locate(map, ctx->getStart(), ctx->getStop());
}

ast::ExprPtr AstBuilder::BuildParameter(P::ParameterContext* ctx) {
  auto parameter = std::make_shared<ast::Parameter>();
  parameter->name = ctx->schemaName() != nullptr ? SchemaName(ctx->schemaName())
                                                 : ctx->DecimalInteger()->getText();
  return Locate(parameter, ctx->getStart(), ctx->getStop());
}

// Strips the quotes and resolves escapes; the lexer has already checked their shape.
std::string AstBuilder::StringValue(antlr4::Token* token) {
  const std::string text = token->getText();
  std::string out;
  out.reserve(text.size());
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') {
      out.push_back(text[i]);
      continue;
    }
    char e = text[++i];
    switch (e) {
      case 'b':
        out.push_back('\b');
        break;
      case 'f':
        out.push_back('\f');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'u':
      case 'U': {
        size_t digits = e == 'u' ? 4 : 8;
        uint32_t cp = HexValue(text, i + 1, digits);
        i += digits;
        // A UTF-16 surrogate pair written as two \u escapes.
        if (cp >= 0xD800 && cp < 0xDC00 && text.compare(i + 1, 2, "\\u") == 0) {
          uint32_t low = HexValue(text, i + 3, 4);
          if (low >= 0xDC00 && low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        if ((cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) {
          Fail("InvalidUnicodeLiteral", "Invalid Unicode escape in " + text, token);
        }
        AppendUtf8(cp, &out);
        break;
      }
      default:
        out.push_back(e);
        break;  // \\ \' \"
    }
  }
  return out;
}

std::string AstBuilder::SymbolicName(P::SymbolicNameContext* ctx) {
  antlr4::Token* token = ctx->getStart();
  std::string text = token->getText();
  if (token->getType() != P::EscapedSymbolicName) return text;
  std::string out;  // `a``b` -> a`b
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    out.push_back(text[i]);
    if (text[i] == '`') ++i;
  }
  return out;
}

std::string AstBuilder::SchemaName(P::SchemaNameContext* ctx) {
  if (ctx->symbolicName() != nullptr) return SymbolicName(ctx->symbolicName());
  return ctx->getText();
}

std::string AstBuilder::QualifiedName(P::NamespacePrefixContext* ns, const std::string& last) {
  std::string name;
  for (P::SymbolicNameContext* part : ns->symbolicName()) name += SymbolicName(part) + ".";
  return name + last;
}

}  // namespace stargraph::query::parse
