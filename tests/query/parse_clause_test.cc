#include <catch2/catch.hpp>

#include "parse_test_util.h"

namespace stargraph::query {
namespace {

using testing::ClauseOf;
using testing::QueryOf;

TEST_CASE("MATCH with comma patterns, OPTIONAL and WHERE", "[parse]") {
  ast::Statement s = Parse(
      "MATCH (a:Person {name: 'x'}), (a)-[r:KNOWS]->(b) WHERE b.age > 3 "
      "OPTIONAL MATCH (b)<-[:R|S]-(c) RETURN a, b, c");
  const auto& match = ClauseOf<ast::Match>(s, 0);
  CHECK_FALSE(match.optional);
  REQUIRE(match.pattern.size() == 2);
  CHECK(ast::Dump(match.pattern[0]) == "(a:Person {name: 'x'})");
  CHECK(ast::Dump(match.pattern[1]) == "(a)-[r:KNOWS]->(b)");
  CHECK(match.where != nullptr);
  const auto& optional = ClauseOf<ast::Match>(s, 1);
  CHECK(optional.optional);
  CHECK(ast::Dump(optional.pattern[0]) == "(b)<-[:R|S]-(c)");
  CHECK(optional.pattern[0].rels[0].direction == ast::RelDirection::kIncoming);
  CHECK(ClauseOf<ast::Return>(s, 2).body.items.size() == 3);
}

TEST_CASE("relationship patterns: directions, types, lengths, properties", "[parse]") {
  auto part = [](const std::string& pattern) {
    ast::Statement s = Parse("MATCH " + pattern + " RETURN 1");
    return ClauseOf<ast::Match>(s).pattern.at(0);
  };
  CHECK(part("(a)-->(b)").rels[0].direction == ast::RelDirection::kOutgoing);
  CHECK(part("(a)<--(b)").rels[0].direction == ast::RelDirection::kIncoming);
  CHECK(part("(a)--(b)").rels[0].direction == ast::RelDirection::kUndirected);
  CHECK(part("(a)<-->(b)").rels[0].direction == ast::RelDirection::kUndirected);
  CHECK(part("(a)-[:A|:B]->(b)").rels[0].types == std::vector<std::string>{"A", "B"});
  ast::RelationshipPattern star = part("(a)-[*]->(b)").rels[0];
  CHECK(star.var_length);
  CHECK_FALSE(star.min_hops);
  CHECK_FALSE(star.max_hops);
  ast::RelationshipPattern exact = part("(a)-[*2]->(b)").rels[0];
  CHECK(*exact.min_hops == 2);
  CHECK(*exact.max_hops == 2);
  ast::RelationshipPattern range = part("(a)-[r:T*1..3 {w: 1}]->(b)").rels[0];
  CHECK(range.variable == "r");
  CHECK(*range.min_hops == 1);
  CHECK(*range.max_hops == 3);
  CHECK(range.properties->kind == ast::ExprKind::kMap);
  ast::RelationshipPattern upto = part("(a)-[*..5]->(b)").rels[0];
  CHECK_FALSE(upto.min_hops);
  CHECK(*upto.max_hops == 5);
  ast::RelationshipPattern from = part("(a)-[*3..]->(b)").rels[0];
  CHECK(*from.min_hops == 3);
  CHECK_FALSE(from.max_hops);
  CHECK_FALSE(part("(a)-[]->(b)").rels[0].var_length);
  ast::PatternPart chain = part("p = (a:A:B {k: $v})-[:X]->(b)<-[:Y]-(c)");
  CHECK(chain.path_variable == "p");
  CHECK(chain.nodes.size() == 3);
  CHECK(chain.nodes[0].labels == std::vector<std::string>{"A", "B"});
  CHECK(chain.nodes[0].properties->kind == ast::ExprKind::kMap);
  CHECK(part("p = shortestPath((a)-[*]-(b))").kind == ast::PathKind::kShortest);
  CHECK(part("allShortestPaths((a)-[*]-(b))").kind == ast::PathKind::kAllShortest);
}

TEST_CASE("RETURN and WITH projections", "[parse]") {
  ast::Statement s = Parse(
      "MATCH (n) WITH DISTINCT n, n.age AS age WHERE age > 1 "
      "RETURN *, count(*), n.name AS name ORDER BY name DESC, age ASCENDING SKIP 1 LIMIT $l");
  const auto& with = ClauseOf<ast::With>(s, 1);
  CHECK(with.body.distinct);
  CHECK(with.body.items[1].ColumnName() == "age");
  CHECK(with.where != nullptr);
  const auto& ret = ClauseOf<ast::Return>(s, 2);
  CHECK(ret.body.star);
  REQUIRE(ret.body.items.size() == 2);
  CHECK(ret.body.items[0].ColumnName() == "count(*)");
  CHECK_FALSE(ret.body.items[0].alias);
  CHECK(ret.body.items[1].ColumnName() == "name");
  REQUIRE(ret.body.order_by.size() == 2);
  CHECK_FALSE(ret.body.order_by[0].ascending);
  CHECK(ret.body.order_by[1].ascending);
  CHECK(ast::Dump(*ret.body.skip) == "1");
  CHECK(ast::Dump(*ret.body.limit) == "$l");
}

TEST_CASE("UNWIND, UNION and UNION ALL", "[parse]") {
  ast::Statement s =
      Parse("UNWIND [1, 2] AS x RETURN x UNION RETURN 3 AS x UNION ALL RETURN 4 AS x");
  const ast::Query& q = QueryOf(s);
  REQUIRE(q.parts.size() == 3);
  CHECK(q.union_all == std::vector<bool>{false, true});
  CHECK(ClauseOf<ast::Unwind>(s).variable == "x");
}

TEST_CASE("CALL in-query and standalone", "[parse]") {
  ast::Statement s = Parse("CALL db.labels() YIELD label AS l WHERE l <> 'x' RETURN l");
  const auto& call = ClauseOf<ast::Call>(s);
  CHECK(call.procedure == "db.labels");
  CHECK(call.explicit_args);
  CHECK_FALSE(call.standalone);
  REQUIRE(call.yields.size() == 1);
  CHECK(call.yields[0].field == "label");
  CHECK(call.yields[0].Name() == "l");
  CHECK(call.where != nullptr);
  ast::Statement bare = Parse("CALL test.doNothing");
  CHECK(ClauseOf<ast::Call>(bare).standalone);
  CHECK_FALSE(ClauseOf<ast::Call>(bare).explicit_args);
  ast::Statement star = Parse("CALL test.my.proc('a', 1) YIELD *");
  CHECK(ClauseOf<ast::Call>(star).procedure == "test.my.proc");
  CHECK(ClauseOf<ast::Call>(star).yield_star);
  CHECK(ClauseOf<ast::Call>(star).args.size() == 2);
}

TEST_CASE("CREATE, MERGE with actions, SET, REMOVE, DELETE", "[parse]") {
  ast::Statement s = Parse(
      "CREATE (a:A {x: 1})-[:R]->(b) MERGE (c:C {k: 1}) ON CREATE SET c.new = true "
      "ON MATCH SET c += {seen: 1}, c:Seen SET a.p = 1, (b).q = 2, a = {}, b:L:M "
      "REMOVE a.p, b:L DETACH DELETE a, b");
  CHECK(ast::Dump(ClauseOf<ast::Create>(s, 0).pattern[0]) == "(a:A {x: 1})-[:R]->(b)");
  const auto& merge = ClauseOf<ast::Merge>(s, 1);
  REQUIRE(merge.on_create.size() == 1);
  CHECK(merge.on_create[0].kind == ast::SetItemKind::kProperty);
  REQUIRE(merge.on_match.size() == 2);
  CHECK(merge.on_match[0].kind == ast::SetItemKind::kMergeMap);
  CHECK(merge.on_match[1].kind == ast::SetItemKind::kLabels);
  const auto& set = ClauseOf<ast::Set>(s, 2);
  REQUIRE(set.items.size() == 4);
  CHECK(ast::Dump(*set.items[0].property) == "(. a p)");
  CHECK(ast::Dump(*set.items[1].property) == "(. b q)");
  CHECK(set.items[2].kind == ast::SetItemKind::kReplaceMap);
  CHECK(set.items[2].variable == "a");
  CHECK(set.items[3].labels == std::vector<std::string>{"L", "M"});
  ast::Statement params = Parse("CREATE (a $props)-[:R $rel]->(b)");
  CHECK(ClauseOf<ast::Create>(params).pattern[0].nodes[0].properties->kind ==
        ast::ExprKind::kParameter);
  const auto& remove = ClauseOf<ast::Remove>(s, 3);
  CHECK(remove.items[0].kind == ast::RemoveItemKind::kProperty);
  CHECK(remove.items[1].kind == ast::RemoveItemKind::kLabels);
  const auto& del = ClauseOf<ast::Delete>(s, 4);
  CHECK(del.detach);
  CHECK(del.targets.size() == 2);
}

TEST_CASE("FOREACH and LOAD CSV", "[parse]") {
  ast::Statement s = Parse("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) SET x.a = 1)");
  const auto& foreach = ClauseOf<ast::Foreach>(s);
  CHECK(foreach.variable == "x");
  REQUIRE(foreach.updates.size() == 2);
  CHECK(foreach.updates[1]->kind == ast::ClauseKind::kSet);
  ast::Statement csv =
      Parse("LOAD CSV WITH HEADERS FROM 'file:///a.csv' AS row FIELDTERMINATOR ';' CREATE (:R)");
  const auto& load = ClauseOf<ast::LoadCsv>(csv);
  CHECK(load.with_headers);
  CHECK(load.variable == "row");
  CHECK(*load.field_terminator == ";");
  CHECK_FALSE(ClauseOf<ast::LoadCsv>(Parse("LOAD CSV FROM $f AS r RETURN r")).with_headers);
}

TEST_CASE("EXPLAIN, PROFILE and a trailing semicolon", "[parse]") {
  CHECK(Parse("EXPLAIN MATCH (n) RETURN n").mode == ast::ExplainMode::kExplain);
  CHECK(Parse("profile RETURN 1;").mode == ast::ExplainMode::kProfile);
  CHECK(Parse("RETURN 1 ;").mode == ast::ExplainMode::kNone);
}

TEST_CASE("schema commands", "[parse]") {
  ast::Statement idx = Parse("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)");
  const auto& create = std::get<ast::CreateIndex>(idx.body);
  CHECK(*create.name == "person_name");
  CHECK(create.if_not_exists);
  CHECK(create.label == "Person");
  CHECK(create.properties == std::vector<std::string>{"name"});
  CHECK_FALSE(std::get<ast::CreateIndex>(Parse("CREATE INDEX FOR (n:公司) ON (n.名称)").body).name);
  ast::Statement drop_statement = Parse("DROP INDEX person_name IF EXISTS");
  const auto& drop = std::get<ast::DropIndex>(drop_statement.body);
  CHECK(drop.name == "person_name");
  CHECK(drop.if_exists);
  ast::Statement constraint = Parse("CREATE CONSTRAINT c1 FOR (n:Org) REQUIRE n.id IS UNIQUE");
  const auto& unique = std::get<ast::CreateConstraint>(constraint.body);
  CHECK(*unique.name == "c1");
  CHECK(unique.properties == std::vector<std::string>{"id"});
  CHECK(std::get<ast::DropConstraint>(Parse("DROP CONSTRAINT c1").body).name == "c1");
  CHECK(std::holds_alternative<ast::ShowIndexes>(Parse("SHOW INDEXES").body));
  CHECK(std::holds_alternative<ast::ShowConstraints>(Parse("show constraints").body));
  CHECK_THROWS_AS(Parse("CREATE INDEX FOR (n:L) ON (m.x)"), QueryError);
}

TEST_CASE("keywords are case-insensitive and usable as names", "[parse]") {
  ast::Statement s = Parse("match (n:Order:`Return`) where n.count > 0 return n.order, n.end");
  const auto& match = ClauseOf<ast::Match>(s);
  CHECK(match.pattern[0].nodes[0].labels == std::vector<std::string>{"Order", "Return"});
  CHECK(ast::Dump(*match.where) == "(> (. n count) 0)");
  CHECK(ClauseOf<ast::Return>(s, 1).body.items[1].text == "n.end");
  ast::Statement names = Parse("MATCH (count)-[:MATCH]->(`a``b`) RETURN count, `a``b` AS from");
  CHECK(ClauseOf<ast::Match>(names).pattern[0].nodes[1].variable == "a`b");
  CHECK(ClauseOf<ast::Match>(names).pattern[0].rels[0].types[0] == "MATCH");
  CHECK(*ClauseOf<ast::Return>(names, 1).body.items[1].alias == "from");
}

TEST_CASE("Unicode identifiers, comments and whitespace", "[parse]") {
  ast::Statement s = Parse(
      "// 查询\nMATCH (公司:公司 {名称: '甲骨文'}) /* block\ncomment */ RETURN 公司.名称 AS 名字");
  const auto& node = ClauseOf<ast::Match>(s).pattern[0].nodes[0];
  CHECK(node.variable == "公司");
  CHECK(node.labels[0] == "公司");
  CHECK(ast::Dump(*node.properties) == "{名称: '甲骨文'}");
  CHECK(node.pos.line == 2);
  CHECK(node.pos.column == 7);
  CHECK(ClauseOf<ast::Return>(s, 1).body.items[0].ColumnName() == "名字");
}

}  // namespace
}  // namespace stargraph::query
