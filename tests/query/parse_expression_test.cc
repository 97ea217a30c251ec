#include <catch2/catch.hpp>

#include "parse_test_util.h"

namespace stargraph::query {
namespace {

using testing::DumpExpr;
using testing::DumpWhere;

TEST_CASE("boolean operators bind OR < XOR < AND < NOT", "[parse]") {
  CHECK(DumpExpr("a OR b XOR c AND NOT d") == "(OR a (XOR b (AND c (NOT d))))");
  CHECK(DumpExpr("NOT a = b") == "(NOT (= a b))");
  CHECK(DumpExpr("NOT NOT a") == "(NOT (NOT a))");
  CHECK(DumpExpr("a AND b AND c") == "(AND (AND a b) c)");
}

TEST_CASE("comparisons chain as conjunctions", "[parse]") {
  CHECK(DumpExpr("a < b") == "(< a b)");
  CHECK(DumpExpr("a < b <= c") == "(AND (< a b) (<= b c))");
  CHECK(DumpExpr("1 = 2 <> 3 > 4") == "(AND (AND (= 1 2) (<> 2 3)) (> 3 4))");
}

TEST_CASE("predicates bind tighter than comparison, looser than arithmetic", "[parse]") {
  CHECK(DumpExpr("[1]+2 IN [3]+4") == "(IN (+ [ 1 ] 2) (+ [ 3 ] 4))");
  CHECK(DumpExpr("a = b IN c") == "(= a (IN b c))");
  CHECK(DumpExpr("a IS NULL = b") == "(= (isnull a) b)");
  CHECK(DumpExpr("NOT a IS NOT NULL") == "(NOT (notnull a))");
  CHECK(DumpExpr("a + b STARTS WITH c") == "(STARTS WITH (+ a b) c)");
  CHECK(DumpExpr("a ENDS WITH 'x' AND b CONTAINS 'y'") ==
        "(AND (ENDS WITH a 'x') (CONTAINS b 'y'))");
  CHECK(DumpExpr("a =~ 'r.*'") == "(=~ a 'r.*')");
}

TEST_CASE("arithmetic precedence and associativity", "[parse]") {
  CHECK(DumpExpr("1 + 2 * 3") == "(+ 1 (* 2 3))");
  CHECK(DumpExpr("1 - 2 - 3") == "(- (- 1 2) 3)");
  CHECK(DumpExpr("8 / 4 % 3") == "(% (/ 8 4) 3)");
  CHECK(DumpExpr("2 ^ 3 ^ 2") == "(^ (^ 2 3) 2)");
  CHECK(DumpExpr("2 * 3 ^ 2") == "(* 2 (^ 3 2))");
  CHECK(DumpExpr("-x ^ 2") == "(^ (- x) 2)");
  CHECK(DumpExpr("- -x") == "(- (- x))");
  CHECK(DumpExpr("(1 + 2) * 3") == "(* (+ 1 2) 3)");
}

TEST_CASE("postfix lookups bind tightest", "[parse]") {
  CHECK(DumpExpr("-n.x") == "(- (. n x))");
  CHECK(DumpExpr("n.a.b") == "(. (. n a) b)");
  CHECK(DumpExpr("l[0][1]") == "([] ([] l 0) 1)");
  CHECK(DumpExpr("l[1..3]") == "([..] l 1 3)");
  CHECK(DumpExpr("l[..2]") == "([..] l - 2)");
  CHECK(DumpExpr("l[2..]") == "([..] l 2 -)");
  CHECK(DumpExpr("[1, 2] + [3][0]") == "(+ [ 1 2 ] ([] [ 3 ] 0))");
  CHECK(DumpExpr("(n).name") == "(. n name)");
  CHECK(DumpExpr("{a: 1}.a") == "(. {a: 1} a)");
  CHECK(DumpWhere("n:Person:Admin") == "(: n Person Admin)");
  CHECK(DumpWhere("NOT n:A") == "(NOT (: n A))");
}

TEST_CASE("number literals", "[parse]") {
  CHECK(DumpExpr("42") == "42");
  CHECK(DumpExpr("0x1F") == "31");
  CHECK(DumpExpr("0XfF") == "255");
  CHECK(DumpExpr("0o17") == "15");
  CHECK(DumpExpr("017") == "15");
  CHECK(DumpExpr("0") == "0");
  CHECK(DumpExpr("9223372036854775807") == "9223372036854775807");
  CHECK(DumpExpr("-9223372036854775808") == "-9223372036854775808");
  CHECK(DumpExpr("-0x8000000000000000") == "-9223372036854775808");
  CHECK(DumpExpr("-1") == "-1");
  auto real = [](const std::string& expr) {
    ast::Statement s = Parse("RETURN " + expr);
    const auto& e = *testing::ClauseOf<ast::Return>(s).body.items[0].expr;
    REQUIRE(e.kind == ast::ExprKind::kLiteral);
    return e.As<ast::Literal>().value.as_float();
  };
  CHECK(real("1.5") == 1.5);
  CHECK(real(".5") == 0.5);
  CHECK(real("1e3") == 1000.0);
  CHECK(real("1.5E-1") == 0.15);
  CHECK(real("-.5e1") == -5.0);
  CHECK(real("0.0") == 0.0);
  ast::Statement s = Parse("RETURN -9223372036854775808");
  const auto& lit = testing::ClauseOf<ast::Return>(s).body.items[0].expr->As<ast::Literal>();
  CHECK(lit.value.as_int() == INT64_MIN);
}

TEST_CASE("string literals and escapes", "[parse]") {
  auto str = [](const std::string& expr) {
    ast::Statement s = Parse("RETURN " + expr);
    const auto& e = *testing::ClauseOf<ast::Return>(s).body.items[0].expr;
    REQUIRE(e.kind == ast::ExprKind::kLiteral);
    return e.As<ast::Literal>().value.as_string();
  };
  CHECK(str("'abc'") == "abc");
  CHECK(str("\"abc\"") == "abc");
  CHECK(str(R"('it\'s')") == "it's");
  CHECK(str(R"("say \"hi\"")") == "say \"hi\"");
  CHECK(str(R"('a\\b\tc\nd')") == "a\\b\tc\nd");
  CHECK(str(R"('\u00e9')") == "\xC3\xA9");
  CHECK(str(R"('\u4E2D')") == "中");
  CHECK(str(R"('\U0001F600')") == "\xF0\x9F\x98\x80");
  CHECK(str(R"('\uD83D\uDE00')") == "\xF0\x9F\x98\x80");
  CHECK(str("'中文'") == "中文");
  CHECK(str("\"it's\"") == "it's");
}

TEST_CASE("other literals and parameters", "[parse]") {
  CHECK(DumpExpr("null") == "null");
  CHECK(DumpExpr("TRUE") == "true");
  CHECK(DumpExpr("false") == "false");
  CHECK(DumpExpr("[]") == "[ ]");
  CHECK(DumpExpr("[1, 'a', [null]]") == "[ 1 'a' [ null ] ]");
  CHECK(DumpExpr("{}") == "{}");
  CHECK(DumpExpr("{a: 1, `b c`: 'x', count: 2}") == "{a: 1, b c: 'x', count: 2}");
  CHECK(DumpExpr("$name") == "$name");
  CHECK(DumpExpr("$0") == "$0");
  CHECK(DumpExpr("$skip + $LIMIT") == "(+ $skip $LIMIT)");
  CHECK(DumpExpr("$`odd name`") == "$odd name");
}

TEST_CASE("function calls", "[parse]") {
  CHECK(DumpExpr("count(*)") == "(count*)");
  CHECK(DumpExpr("COUNT(DISTINCT n.x)") == "(fn COUNT DISTINCT (. n x))");
  CHECK(DumpExpr("toUpper('a')") == "(fn toUpper 'a')");
  CHECK(DumpExpr("date.truncate('day', d)") == "(fn date.truncate 'day' d)");
  CHECK(DumpExpr("rand()") == "(fn rand)");
  CHECK(DumpExpr("exists(n.p)") == "(fn exists (. n p))");
  CHECK(DumpExpr("date.x") == "(. date x)");
}

TEST_CASE("comprehensions, quantifiers and reduce", "[parse]") {
  CHECK(DumpExpr("[x IN l WHERE x > 1 | x * 2]") == "(listcomp x l (> x 1) (* x 2))");
  CHECK(DumpExpr("[x IN l]") == "(listcomp x l - -)");
  CHECK(DumpExpr("[x IN l | x.a]") == "(listcomp x l - (. x a))");
  CHECK(DumpExpr("[(a)-->(b) WHERE b.x | b.name]") ==
        "(patterncomp (a)-[]->(b) (. b x) (. b name))");
  CHECK(DumpExpr("[p = (a)-[:R*]-() | p]") == "(patterncomp p = (a)-[:R*..]-() - p)");
  CHECK(DumpExpr("all(x IN l WHERE x > 0)") == "(all x l (> x 0))");
  CHECK(DumpExpr("any(x IN l WHERE x)") == "(any x l x)");
  CHECK(DumpExpr("none(x IN l WHERE x)") == "(none x l x)");
  CHECK(DumpExpr("single(x IN l WHERE x)") == "(single x l x)");
  CHECK(DumpExpr("reduce(acc = 0, x IN l | acc + x)") == "(reduce acc 0 x l (+ acc x))");
}

TEST_CASE("CASE, map projection", "[parse]") {
  CHECK(DumpExpr("CASE WHEN a THEN 1 ELSE 2 END") == "(case - (a 1) 2)");
  CHECK(DumpExpr("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END") == "(case x (1 'a') (2 'b') -)");
  CHECK(DumpExpr("n {.name, .*, x: 1, y}") == "(project n .name .* x:1 y)");
  CHECK(DumpExpr("n {}") == "(project n)");
}

TEST_CASE("pattern predicates and EXISTS", "[parse]") {
  CHECK(DumpWhere("(n)-->(:B)") == "(pattern (n)-[]->(:B))");
  CHECK(DumpWhere("NOT (n)<-[:R]-()") == "(NOT (pattern (n)<-[:R]-()))");
  CHECK(DumpWhere("(n)--()") == "(pattern (n)-[]-())");
  ast::Statement s = Parse("MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } RETURN n");
  const auto& exists = testing::ClauseOf<ast::Match>(s).where->As<ast::ExistsSubquery>();
  REQUIRE(exists.kind == ast::ExprKind::kExists);
  const auto& inner = exists.query->parts.at(0).clauses.at(0)->As<ast::Match>();
  CHECK(ast::Dump(inner.pattern.at(0)) == "(n)-[]->(m)");
  CHECK(ast::Dump(*inner.where) == "(= (. m x) 1)");
  ast::Statement full = Parse("MATCH (n) WHERE exists { MATCH (n)-->(m) RETURN m } RETURN n");
  const auto& sub = testing::ClauseOf<ast::Match>(full).where->As<ast::ExistsSubquery>();
  CHECK(sub.query->parts.at(0).clauses.size() == 2);
  CHECK(DumpExpr("EXISTS { (n)-->() }") == "(exists)");
}

TEST_CASE("expressions carry positions and source spans", "[parse]") {
  std::string text = "MATCH (n)\nWHERE n.age  >  30 AND n.name STARTS WITH 'A'\nRETURN n";
  ast::Statement s = Parse(text);
  const ast::Expr& where = *testing::ClauseOf<ast::Match>(s).where;
  CHECK(where.pos.line == 2);
  CHECK(where.pos.column == 7);
  auto text_of = [&](const ast::Expr& e) {
    return text.substr(e.span.begin, e.span.end - e.span.begin);
  };
  CHECK(text_of(where) == "n.age  >  30 AND n.name STARTS WITH 'A'");
  const auto& conj = where.As<ast::Binary>();
  CHECK(text_of(*conj.lhs) == "n.age  >  30");
  CHECK(text_of(*conj.rhs) == "n.name STARTS WITH 'A'");
  CHECK(conj.rhs->pos.column == 24);
  CHECK(text_of(*conj.lhs->As<ast::Binary>().lhs) == "n.age");
}

TEST_CASE("spans are byte offsets even after multi-byte characters", "[parse]") {
  std::string text = "MATCH (n:公司 {名称: '甲'}) RETURN n.名称, -1";
  ast::Statement s = Parse(text);
  const auto& ret = testing::ClauseOf<ast::Return>(s, 1);
  CHECK(ret.body.items[0].text == "n.名称");
  CHECK(ret.body.items[0].ColumnName() == "n.名称");
  CHECK(ret.body.items[0].pos.column == 31);
  CHECK(ret.body.items[1].text == "-1");
}

}  // namespace
}  // namespace stargraph::query
