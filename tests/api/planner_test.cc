// The optimizer's choices, read from EXPLAIN and PROFILE: anchors, predicate pushdown, constant
// subexpressions evaluated once per execution.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "scratch_database.h"

namespace stargraph {
namespace {

// The plan's lines, root first (deeper operators come later).
std::vector<std::string> PlanLines(Session& session, const std::string& query) {
  QueryResult r = session.Execute("EXPLAIN " + query);
  r.FetchAll();
  INFO(r.error().message);
  REQUIRE(r.ok());
  std::vector<std::string> lines;
  std::string plan = r.plan();
  for (size_t start = 0; start < plan.size();) {
    size_t end = plan.find('\n', start);
    if (end == std::string::npos) end = plan.size();
    lines.push_back(plan.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

using Rows = std::vector<std::vector<Value>>;

// Rows as text, for comparison and failure messages.
std::string Show(const Rows& rows) {
  std::string out;
  for (const auto& row : rows) {
    out += "(";
    for (const Value& v : row) out += v.ToString() + ";";
    out += ")";
  }
  return out;
}

// Index of the first line containing `text`, or -1.
int LineOf(const std::vector<std::string>& lines, const std::string& text) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(text) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

// Index of the last line containing `text`, or -1.
int LastLineOf(const std::vector<std::string>& lines, const std::string& text) {
  for (size_t i = lines.size(); i > 0; --i) {
    if (lines[i - 1].find(text) != std::string::npos) return static_cast<int>(i - 1);
  }
  return -1;
}

// The operator right above Start: where matching begins.
std::string Leaf(const std::vector<std::string>& lines) {
  return lines.size() >= 2 ? lines[lines.size() - 2] : "";
}

struct PlannerFixture {
  PlannerFixture() : f("planner") {
    f.Run("CREATE INDEX FOR (c:Company) ON (c.ticker)");
    f.Run(
        "CREATE (o:Company {name: 'Oracle', ticker: 'ORCL', rank: 7}), "
        "(a:Company {name: 'OpenAI', rank: 1}), (n:Chip:Product {name: 'H100'}), "
        "(a)-[:DEAL_WITH {value: 300}]->(o), (o)-[:SUPPLIES]->(n)");
  }
  testing::ScratchDatabase f;
};

TEST_CASE("The anchor is the most selective way in", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company) WHERE id(n) = 1 RETURN n")),
             Catch::Contains("NodeByIdSeek"));
  // id beats name, name beats an index, an index beats a label scan.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company {name: 'Oracle'}) WHERE id(n) = 1 RETURN n")),
             Catch::Contains("NodeByIdSeek"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company {ticker: 'ORCL'}) WHERE n.name = $x RETURN n")),
             Catch::Contains("NodeByNameSeek"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company) WHERE n.ticker = 'ORCL' RETURN n")),
             Catch::Contains("NodeIndexSeek(:Company(ticker)"));
  // The indexed label need not be the first one.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Listed:Company {ticker: 'ORCL'}) RETURN n")),
             Catch::Contains("NodeIndexSeek(:Company(ticker)"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company) WHERE n.rank = 7 RETURN n")),
             Catch::Contains("NodeByLabelScan(:Company)"));
  // A value that depends on the node itself cannot drive a seek.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Company) WHERE n.name = n.ticker RETURN n")),
             Catch::Contains("NodeByLabelScan(:Company)"));
}

TEST_CASE("A cached plan is not reused once an index changes the schema", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const std::string query = "MATCH (n:Company) WHERE n.rank = 7 RETURN n.name";
  CHECK_THAT(Leaf(PlanLines(s, query)), Catch::Contains("NodeByLabelScan(:Company)"));
  CHECK(Show(p.f.Run(query)) == "(Oracle;)");
  p.f.Run("CREATE INDEX company_rank FOR (c:Company) ON (c.rank)");
  CHECK_THAT(Leaf(PlanLines(s, query)), Catch::Contains("NodeIndexSeek(:Company(rank)"));
  CHECK(Show(p.f.Run(query)) == "(Oracle;)");
  p.f.Run("DROP INDEX company_rank");
  CHECK_THAT(Leaf(PlanLines(*p.f.db().Connect(), query)),
             Catch::Contains("NodeByLabelScan(:Company)"));
}

TEST_CASE("ORDER BY followed by LIMIT keeps only the first rows", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const std::string query = "MATCH (n:Company) RETURN n.name ORDER BY n.rank DESC SKIP 1 LIMIT 1";
  CHECK(LineOf(PlanLines(s, query), "Top(n.rank DESC; 1 + 1)") >= 0);
  CHECK(Show(p.f.Run(query)) == "(OpenAI;)");
  CHECK(LineOf(PlanLines(s, "MATCH (n:Company) RETURN n.name ORDER BY n.rank"), "Sort(n.rank)") >=
        0);
}

TEST_CASE("A variable-length pattern is expanded from its selective end", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  auto lines = PlanLines(s, "MATCH (a:Company)-[:DEAL_WITH*1..3]->(b {name: 'Oracle'}) RETURN a");
  CHECK_THAT(Leaf(lines), Catch::Contains("NodeByNameSeek"));
  CHECK(LineOf(lines, "VarLengthExpand") >= 0);
  CHECK(Show(p.f.Run("MATCH (a:Company)-[:DEAL_WITH*1..3]->(b {name: 'Oracle'}) RETURN a.name")) ==
        Show(Rows{{Value("OpenAI")}}));
}

TEST_CASE("Between label scans the label with fewer nodes is scanned", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  p.f.Run("UNWIND range(1, 3000) AS i CREATE (:Person {i: i})");
  p.f.Run("MATCH (n:Chip), (m:Person) WHERE m.i <= 2 CREATE (m)-[:USES]->(n)");
  // Chip has 1 node, Person 3000: start from the chip whichever end it is written at.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (m:Person)-[:USES]->(n:Chip) RETURN m")),
             Catch::Contains("NodeByLabelScan(:Chip)"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (n:Chip)<-[:USES]-(m:Person) RETURN m")),
             Catch::Contains("NodeByLabelScan(:Chip)"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (m:Person)-[:USES*1..2]->(n:Chip) RETURN m")),
             Catch::Contains("NodeByLabelScan(:Chip)"));
  // Of a node's own labels, the rarest is scanned and the others are checked.
  auto lines = PlanLines(s, "MATCH (n:Person:Chip) RETURN n");
  CHECK_THAT(Leaf(lines), Catch::Contains("NodeByLabelScan(:Chip)"));
  CHECK(LineOf(lines, ":Person") >= 0);
  // A label nobody has is the cheapest scan of all.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (m:Person)-[:USES]->(n:Nobody) RETURN m")),
             Catch::Contains("NodeByLabelScan(:Nobody)"));
  CHECK(p.f.Run("MATCH (m:Person)-[:USES]->(n:Chip) RETURN m.i ORDER BY m.i").size() == 2);
}

TEST_CASE("Predicates are applied as soon as their variables are bound", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  auto lines = PlanLines(
      s,
      "MATCH (a:Company)-[:DEAL_WITH]->(b)-[:SUPPLIES]->(c) WHERE a.rank < 5 AND b.rank > 5 "
      "AND c.name STARTS WITH 'H' RETURN c");
  const int expand_b = LastLineOf(lines, "Expand(");  // the first hop, a to b
  const int filter_a = LineOf(lines, "Filter(a.rank < 5)");
  const int filter_b = LineOf(lines, "Filter(b.rank > 5)");
  const int filter_c = LineOf(lines, "Filter(c.name STARTS WITH 'H')");
  std::string plan;
  for (const std::string& line : lines) plan += line + "\n";
  INFO(plan);
  REQUIRE(expand_b >= 0);
  REQUIRE(filter_a >= 0);
  CHECK(filter_a > expand_b);  // below the first expand: filters the scan's rows
  CHECK(filter_b < expand_b);
  CHECK(filter_c < filter_b);
  CHECK(Show(p.f.Run("MATCH (a:Company)-[:DEAL_WITH]->(b)-[:SUPPLIES]->(c) WHERE a.rank < 5 AND "
                     "b.rank > 5 AND c.name STARTS WITH 'H' RETURN c.name")) ==
        Show(Rows{{Value("H100")}}));
  // A pattern predicate on bound variables is pushed too; inside OPTIONAL MATCH the WHERE
  // stays part of the optional pattern.
  CHECK(Show(p.f.Run("MATCH (a:Company) OPTIONAL MATCH (a)-[:DEAL_WITH]->(b) WHERE a.rank > 5 "
                     "RETURN a.name, b.name ORDER BY a.name")) ==
        Show(Rows{{Value("OpenAI"), Value()}, {Value("Oracle"), Value()}}));
  CHECK(Show(p.f.Run("MATCH (a:Company), (b:Company) WHERE NOT (a)-[:DEAL_WITH]->(b) AND a <> b "
                     "RETURN a.name, b.name")) == Show(Rows{{Value("Oracle"), Value("OpenAI")}}));
}

TEST_CASE("Predicates on a hop's relationship filter before its end node's constraints",
          "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const std::string query =
      "MATCH (a:Company)-[d:DEAL_WITH]->(b:Company) WHERE d.value > 100 AND b.rank > 5 "
      "RETURN count(*)";
  auto lines = PlanLines(s, query);
  std::string plan;
  for (const std::string& line : lines) plan += line + "\n";
  INFO(plan);
  const int expand = LineOf(lines, "Expand(");
  const int filter_d = LineOf(lines, "Filter(d.value > 100)");
  const int label_b = LineOf(lines, "Filter(b:Company)");
  const int filter_b = LineOf(lines, "Filter(b.rank > 5)");
  REQUIRE(filter_d >= 0);
  REQUIRE(label_b >= 0);
  REQUIRE(filter_b >= 0);
  CHECK(filter_d == expand - 1);  // right above the expand
  CHECK(label_b < filter_d);
  CHECK(filter_b < label_b);
  CHECK(Show(p.f.Run(query)) == Show(Rows{{Value(int64_t{1})}}));
  CHECK(Show(p.f.Run("MATCH (a)-[d:DEAL_WITH]->(b:Company) WHERE d.value > 100 RETURN b.name")) ==
        Show(Rows{{Value("Oracle")}}));
  CHECK(Show(p.f.Run("MATCH (a)-[d:DEAL_WITH]->(b:Product) WHERE d.value > 100 RETURN b.name")) ==
        Show(Rows{}));
}

TEST_CASE("A relationship between two bound nodes is an Expand-Into", "[planner]") {
  testing::ScratchDatabase f("expand_into");
  f.Run(
      "CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}), (a)-[:R]->(b), "
      "(b)-[:R]->(c), (a)-[:R]->(c), (a)-[:R]->(c), (c)-[:S]->(a), (a)-[:R]->(a)");
  const std::string triangle =
      "MATCH (a:N {name: 'a'})-[:R]->(b)-[:R]->(c), (a)-[r:R]->(c) RETURN b.name, c.name, "
      "count(r) ORDER BY b.name, c.name";
  const auto lines = PlanLines(f.session(), triangle);
  std::string plan;
  for (const std::string& line : lines) plan += line + "\n";
  INFO(plan);
  CHECK(LineOf(lines, "ExpandInto((a)-[r:R]->(c))") >= 0);
  // Each parallel closing relationship makes a row; none is used twice in one row.
  CHECK(Show(f.Run(triangle)) == Show(Rows{{Value("a"), Value("c"), Value(int64_t{2})},
                                           {Value("b"), Value("c"), Value(int64_t{2})}}));
  CHECK(Show(f.Run("MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH (a)-[r]-(c) "
                   "RETURN type(r) AS t, count(*) ORDER BY t")) ==
        Show(Rows{{Value("R"), Value(int64_t{2})}, {Value("S"), Value(int64_t{1})}}));
  CHECK(Show(f.Run("MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH (c)-[r:S|R]->(a) "
                   "RETURN count(r)")) == Show(Rows{{Value(int64_t{1})}}));
  CHECK(Show(f.Run("MATCH (a {name: 'a'}) MATCH (a)-[r:R]-(a) RETURN count(r)")) ==
        Show(Rows{{Value(int64_t{1})}}));
  CHECK(Show(f.Run("MATCH (a {name: 'a'}) OPTIONAL MATCH (x {name: 'none'}) "
                   "OPTIONAL MATCH (a)-[r]->(x) RETURN count(r)")) ==
        Show(Rows{{Value(int64_t{0})}}));
}

TEST_CASE("Id seeks compare ids as numbers and produce each node once", "[planner]") {
  PlannerFixture p;
  auto rows = p.f.Run("MATCH (n:Company {name: 'Oracle'}) RETURN id(n)");
  const Value id = rows.at(0).at(0);
  CHECK(Show(p.f.Run("MATCH (n) WHERE id(n) IN [$id, $id, toFloat($id), -1, 'x'] RETURN n.name",
                     {{"id", id}})) == Show(Rows{{Value("Oracle")}}));
  CHECK(Show(p.f.Run("MATCH (n) WHERE id(n) = toFloat($id) RETURN n.name", {{"id", id}})) ==
        Show(Rows{{Value("Oracle")}}));
  CHECK(p.f.Run("MATCH (n) WHERE id(n) = $id + 1000 RETURN n.name", {{"id", id}}).empty());
}

TEST_CASE("Constant subexpressions are evaluated once per execution", "[planner]") {
  testing::ScratchDatabase f("constants");
  CHECK(Show(f.Run("UNWIND [1, 2, 3] AS x RETURN x + 2 * 3 AS y")) ==
        Show(Rows{{Value(int64_t{7})}, {Value(int64_t{8})}, {Value(int64_t{9})}}));
  // rand() is not constant: each row draws again.
  CHECK(Show(f.Run(
            "UNWIND range(1, 50) AS i WITH rand() AS r RETURN count(DISTINCT r) > 1 AS varies")) ==
        Show(Rows{{Value(true)}}));
  // A prepared statement does not keep the constants of its previous execution.
  auto prepared = f.session().Prepare("UNWIND [1, 2] AS x RETURN x * ($k + 1) AS y");
  REQUIRE(prepared.ok());
  QueryResult first = prepared.value()->Execute({{"k", Value(int64_t{1})}});
  CHECK(Show(first.FetchAll()) == Show(Rows{{Value(int64_t{2})}, {Value(int64_t{4})}}));
  QueryResult second = prepared.value()->Execute({{"k", Value(int64_t{10})}});
  CHECK(Show(second.FetchAll()) == Show(Rows{{Value(int64_t{11})}, {Value(int64_t{22})}}));
  // The statement clock is a constant of one run, not of the plan.
  auto clock = f.session().Prepare("UNWIND [1, 2] AS x RETURN datetime() AS t");
  REQUIRE(clock.ok());
  const Rows run1 = clock.value()->Execute({}).FetchAll();
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  const Rows run2 = clock.value()->Execute({}).FetchAll();
  REQUIRE(run1.size() == 2);
  REQUIRE(run2.size() == 2);
  CHECK(run1[0][0].ToString() == run1[1][0].ToString());
  CHECK(run1[0][0].ToString() != run2[0][0].ToString());
  // Errors of a constant surface only when it is evaluated.
  CHECK(f.Run("MATCH (n:Nothing) RETURN 1 / 0").empty());
  QueryResult failing = f.session().Execute("UNWIND [1] AS x RETURN x + 1 / 0");
  failing.FetchAll();
  CHECK_FALSE(failing.ok());
  CHECK(failing.error().code == "DivisionByZero");
}

// True when EXPLAIN shows the last hop counted by CountExpand instead of an Aggregate.
bool CountsLastHop(Session& session, const std::string& query) {
  const auto lines = PlanLines(session, query);
  return LineOf(lines, "CountExpand(") >= 0 && LineOf(lines, "Aggregate(") < 0;
}

TEST_CASE("Counts over a last hop nothing else reads are taken from adjacency lists", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const std::string counted =
      "MATCH (a:Company)-[:DEAL_WITH]->()-[:SUPPLIES]->(y) RETURN count(*), count(DISTINCT y), "
      "count(y)";
  CHECK(CountsLastHop(s, counted));
  const Value one(int64_t{1});
  CHECK(Show(p.f.Run(counted)) == Show(Rows{{one, one, one}}));
  CHECK(CountsLastHop(s, "MATCH (a {name: 'Oracle'})-[r]-(y) RETURN count(r) + 1 AS n ORDER BY n"));
  CHECK(CountsLastHop(s, "MATCH (a {name: 'OpenAI'})-->(y) WITH y RETURN count(DISTINCT y)"));
  CHECK(CountsLastHop(s, "MATCH (a)-[*0..2]-(y) RETURN count(*), count(DISTINCT y)"));
  CHECK(Show(p.f.Run("PROFILE MATCH (a)-[r]-(y) RETURN count(r) AS n")) ==
        Show(Rows{{Value(int64_t{4})}}));
}

TEST_CASE("Counts over a last hop test the end node's labels per end", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  p.f.Run(
      "MATCH (o {name: 'Oracle'}), (n {name: 'H100'}) CREATE (o)-[:SUPPLIES]->(n), "
      "(o)-[:SUPPLIES]->(:Chip {name: 'B200'}), (o)-[:SUPPLIES]->(:Product {name: 'Box'})");
  const std::string counted =
      "MATCH (a {name: 'OpenAI'})-->()-->(y:Product) RETURN count(*), count(DISTINCT y)";
  CHECK(CountsLastHop(s, counted));
  const Value two(int64_t{2}), three(int64_t{3});
  CHECK(Show(p.f.Run(counted)) == Show(Rows{{three, two}}));
  const std::string both =
      "MATCH (a {name: 'OpenAI'})-[*0..2]->(y:Chip:Product) RETURN count(*), count(DISTINCT y)";
  CHECK(CountsLastHop(s, both));
  // H100 alone, on its two SUPPLIES from Oracle.
  CHECK(Show(p.f.Run(both)) == Show(Rows{{two, Value(int64_t{1})}}));
  const std::string from_h100 =
      "MATCH (a {name: 'H100'})-[*0..2]-(y:Chip:Product) RETURN count(*), count(DISTINCT y)";
  CHECK(CountsLastHop(s, from_h100));
  // Itself at 0 hops and back through Oracle on the other SUPPLIES (twice).
  CHECK(Show(p.f.Run(from_h100)) == Show(Rows{{three, Value(int64_t{1})}}));
  CHECK(Show(p.f.Run("MATCH (a)-->(y:NoSuchLabel) RETURN count(*), count(DISTINCT y)")) ==
        Show(Rows{{Value(int64_t{0}), Value(int64_t{0})}}));
}

TEST_CASE("Counts are not taken from adjacency lists when the rows are needed", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const char* needed[] = {
      "MATCH (a)-->(y) RETURN a.name, count(*)",                          // grouping key
      "MATCH (a)-[r]->(y:Product) WHERE r.value > 1 RETURN count(*)",     // and a predicate
      "MATCH (a {name: 'OpenAI'})-->()-->(y {rank: 7}) RETURN count(*)",  // property on the end
                                                                          // node
      "MATCH (a)-[r]->(y) WHERE r.value > 1 RETURN count(*)",             // predicate on the hop
      "MATCH (a)-[r]->(y) WHERE y.rank > 1 RETURN count(*)",              // predicate on the end
      "MATCH p = (a)-->(y) RETURN count(*)",                              // path
      "MATCH (a)-->(y) RETURN count(DISTINCT a)",                         // not the end node
      "MATCH (a)-[r]->(y) RETURN count(DISTINCT r)",                      // relationships, distinct
      "MATCH (a)-->(y) RETURN count(*), collect(y)",                      // another aggregate
      "MATCH (a)-->(y) RETURN count(y.name)",                             // a property can be null
      "MATCH (a), (y) MATCH (a)-->(y) RETURN count(*)",                   // Expand-Into
      "MATCH (a), (y) MATCH (a)-[*1..2]->(y) RETURN count(*)",            // the same, paths
      "MATCH (a)-[r]->(b) MATCH (a)-[r]->(y) RETURN count(*)",            // bound relationship
      "MATCH (a)-->(y) WITH DISTINCT y RETURN count(*)",                  // DISTINCT between
      "MATCH (a) OPTIONAL MATCH (a)-->(y) RETURN count(y)",               // optional hop
      "MATCH (a)-->(y) WITH y LIMIT 1 RETURN count(DISTINCT y)",          // LIMIT between
      // count(DISTINCT y) of an earlier hop's end
      "MATCH (a)-->(y) MATCH (y)-[:SUPPLIES]->(z) RETURN count(*), count(DISTINCT y)",
  };
  for (const char* query : needed) {
    INFO(query);
    CHECK_FALSE(CountsLastHop(s, query));
  }
}

// True when EXPLAIN shows `op` and no Aggregate nor scan below it: the counts came from storage.
bool CountsFromStore(Session& session, const std::string& query, const std::string& op) {
  const auto lines = PlanLines(session, query);
  return LineOf(lines, op + "(") >= 0 && LineOf(lines, "Aggregate(") < 0 &&
         LineOf(lines, "Scan") < 0;
}

TEST_CASE("Counts of a whole node or relationship scan come from the count store", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  const std::string nodes = "NodeCountFromCountStore";
  const std::string rels = "RelationshipCountFromCountStore";
  CHECK(CountsFromStore(s, "MATCH (n) RETURN count(*)", nodes));
  CHECK(CountsFromStore(s, "MATCH (n:Company) RETURN count(n) AS c, count(*) + 1", nodes));
  CHECK(CountsFromStore(s, "MATCH (n) WITH count(n) AS c RETURN c", nodes));
  CHECK(CountsFromStore(s, "MATCH ()-[r:DEAL_WITH]->() RETURN count(r)", rels));
  CHECK(
      CountsFromStore(s, "MATCH (a)<-[r:DEAL_WITH|SUPPLIES]-(b) RETURN count(a), count(b)", rels));
  CHECK(CountsFromStore(s, "MATCH ()-[r]->() RETURN count(*)", rels));
  CHECK(CountsFromStore(s, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t",
                        "RelationshipCountByTypeFromCountStore"));
  CHECK(Show(p.f.Run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t")) ==
        "(DEAL_WITH;1;)(SUPPLIES;1;)");
  CHECK(Show(p.f.Run("MATCH (n:Company) RETURN count(n)")) == "(2;)");
  const char* scanned[] = {
      "MATCH (n) WHERE n.rank > 1 RETURN count(*)",                       // predicate
      "MATCH (n {rank: 7}) RETURN count(*)",                              // property
      "MATCH (n:Chip:Product) RETURN count(*)",                           // two labels
      "MATCH (n) RETURN count(n.name)",                                   // can be null
      "MATCH (n) RETURN count(DISTINCT n)",                               // distinct
      "MATCH (n) RETURN n.name, count(*)",                                // grouping key
      "MATCH (n) RETURN count(*), collect(n)",                            // another aggregate
      "MATCH ()-[r]-() RETURN count(*)",                                  // undirected: loops once
      "MATCH (:Company)-[r]->() RETURN count(*)",                         // end node label
      "MATCH ()-[r {value: 300}]->() RETURN count(*)",                    // property
      "MATCH (a)-[r]->(a) RETURN count(*)",                               // a loop
      "MATCH p = ()-[r]->() RETURN count(*)",                             // path
      "MATCH (a)-[r]->() RETURN a, count(*)",                             // not type(r)
      "MATCH ()-[r]->() RETURN type(r), count(*), sum(r.value)",          // another aggregate
      "MATCH ()-[r:DEAL_WITH]->(), ()-[s:SUPPLIES]->() RETURN count(*)",  // uniqueness
      "OPTIONAL MATCH (n:Company) RETURN count(n)",                       // optional
  };
  for (const char* query : scanned) {
    INFO(query);
    CHECK(LineOf(PlanLines(s, query), "FromCountStore") < 0);
  }
}

TEST_CASE("Counts of a last hop nothing else reads are weighted by degree", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  auto weighted = [&](const std::string& query) {
    const auto lines = PlanLines(s, query);
    return LineOf(lines, "DegreeWeightedExpand(") >= 0 && LineOf(lines, "as sum(weight)") >= 0;
  };
  CHECK(weighted("MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, count(i) AS n"));
  CHECK(weighted(
      "MATCH (c) WITH c MATCH (c)-[r]-() RETURN c.name AS n, count(r), count(*) ORDER BY n"));
  CHECK(weighted("MATCH (c:Company)-->() RETURN c.name, count(*), max(c.rank), count(DISTINCT c)"));
  CHECK(weighted("MATCH (c:Company)-->() RETURN min(c.rank), count(*)"));
  CHECK(weighted("MATCH (c:Company)<-[:DEAL_WITH]-(i) WITH c, i RETURN c.name, count(*)"));
  CHECK(weighted("MATCH (a:Company)-[r]->(b)-[:SUPPLIES]->(c) RETURN a.name, b, count(c)"));
  CHECK(
      Show(p.f.Run("MATCH (c) WITH c MATCH (c)-[r]-() RETURN c.name AS n, count(r) ORDER BY n")) ==
      "(H100;1;)(OpenAI;1;)(Oracle;2;)");
  // Without keys, CountExpand counts the last hop first.
  CHECK(CountsLastHop(s, "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN count(i)"));
  const char* made[] = {
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN i.name, count(*)",                 // key reads i
      "MATCH (c:Company)<-[r:DEAL_WITH]-(i) RETURN c.name, max(r.value), count(*)",  // reads r
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, count(DISTINCT i)",        // distinct end
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, collect(c.name)",        // repeats count
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, sum(c.rank), count(*)",  // repeats count
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, count(c), count(*)",  // earlier variable
      "MATCH (c:Company)<-[:DEAL_WITH]-(i:Company) RETURN c.name, count(*)",    // end node label
      "MATCH (c:Company)<-[:DEAL_WITH {value: 300}]-(i) RETURN c.name, count(*)",        // property
      "MATCH (c:Company)<-[r:DEAL_WITH]-(i) WHERE r.value > 1 RETURN c.name, count(*)",  // predicate
      "MATCH p = (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, count(*)",                 // path
      "MATCH (c:Company)<-[:DEAL_WITH*1..2]-(i) RETURN c.name, count(*)",       // variable length
      "MATCH (c), (i) MATCH (c)<-[:DEAL_WITH]-(i) RETURN c.name, count(*)",     // Expand-Into
      "MATCH (c:Company)<-[r]-(i) MATCH (c)<-[r]-(j) RETURN c.name, count(*)",  // bound rel
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c.name, max(size([(i)-->() | 1]))",  // pattern
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) RETURN c {.name} AS m, count(*)",  // map projection
      "MATCH (c:Company)<-[:DEAL_WITH]-(i) WITH c, i WHERE i.rank > 0 RETURN c.name, count(*)",
  };
  for (const char* query : made) {
    INFO(query);
    CHECK(LineOf(PlanLines(s, query), "DegreeWeightedExpand") < 0);
  }
}

TEST_CASE("PROFILE shows rows and each operator's own and total time", "[planner]") {
  PlannerFixture p;
  QueryResult r =
      p.f.session().Execute("PROFILE MATCH (a:Company)-[:DEAL_WITH]->(b) RETURN b.name");
  CHECK(r.FetchAll().size() == 1);
  const std::string plan = r.plan();
  CHECK_THAT(plan, Catch::Contains("NodeByLabelScan(:Company)  [rows=2, self "));
  CHECK_THAT(plan, Catch::Contains("Expand((a:Company)-[:DEAL_WITH]->(b); prefetching end nodes)"
                                   "  [rows=1, self "));
  CHECK_THAT(plan, Catch::Contains(" ms, total "));
}

TEST_CASE("A pattern with no way in but all nodes starts from a relationship scan", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  CHECK_THAT(Leaf(PlanLines(s, "MATCH ()-[r]->() RETURN type(r)")),
             Catch::Contains("DirectedAllRelationshipsScan(()-[r]->())"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)<-[:DEAL_WITH]-(b) RETURN a")),
             Catch::Contains("DirectedRelationshipTypeScan((a)<-[:DEAL_WITH]-(b))"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[r]-(b) RETURN a")),
             Catch::Contains("UndirectedAllRelationshipsScan"));
  // A typed relationship is scanned rather than an untyped one; the others are expanded.
  auto lines = PlanLines(s, "MATCH (a)-[r]->(b)-[:SUPPLIES]->(c) RETURN a");
  CHECK_THAT(Leaf(lines), Catch::Contains("DirectedRelationshipTypeScan((b)-[:SUPPLIES]->(c))"));
  CHECK(LineOf(lines, "Expand(") >= 0);
  CHECK(Show(p.f.Run("MATCH (a)-[r]->(b)-[:SUPPLIES]->(c) RETURN a.name, c.name")) ==
        "(OpenAI;H100;)");
  // Of two typed relationships the one with fewer relationships (an estimate) is scanned.
  p.f.Run("UNWIND range(1, 3000) AS i CREATE ()-[:MANY]->()");
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[:MANY]->(b)-[:SUPPLIES]->(c) RETURN a")),
             Catch::Contains("DirectedRelationshipTypeScan((b)-[:SUPPLIES]->(c))"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[:SUPPLIES]->(b)<-[:MANY]-(c) RETURN a")),
             Catch::Contains("DirectedRelationshipTypeScan((a)-[:SUPPLIES]->(b))"));
  CHECK(Show(p.f.Run("MATCH (a)-[:MANY]->(b)-[:SUPPLIES]->(c) RETURN count(*)")) == "(0;)");
  // A label, a seek, a bound node, a variable length or a loop keep the node anchor.
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a:Company)-[r]->(b) RETURN a")),
             Catch::Contains("NodeByLabelScan(:Company)"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[r]->(b) WHERE id(a) = 1 RETURN a")),
             Catch::Contains("NodeByIdSeek"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[:DEAL_WITH*1..2]->(b) RETURN a")),
             Catch::Contains("AllNodesScan"));
  CHECK_THAT(Leaf(PlanLines(s, "MATCH (a)-[r]->(a) RETURN a")), Catch::Contains("AllNodesScan"));
  lines = PlanLines(s, "MATCH (a:Company) WITH a MATCH (a)-[r]->(b) RETURN b");
  CHECK(LineOf(lines, "RelationshipsScan") < 0);
  lines = PlanLines(s, "MATCH ()-[r]->() WITH r MATCH (x)-[r]->(y) RETURN x");
  CHECK(LineOf(lines, "DirectedAllRelationshipsScan") == LastLineOf(lines, "RelationshipsScan"));
}

TEST_CASE("An Expand prefetches the end nodes whose records the query reads", "[planner]") {
  PlannerFixture p;
  Session& s = p.f.session();
  p.f.Run("MATCH (a {name: 'OpenAI'}) CREATE (a)-[:DEAL_WITH {value: 5}]->(:Company {rank: 2})");
  const char* prefetching[] = {
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) RETURN b.name",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) RETURN b",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) WHERE b.rank > 1 RETURN a.name",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) RETURN b {.name} AS m",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) RETURN properties(b) AS m",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b {name: 'Oracle'}) RETURN a.name",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) WITH b ORDER BY b.rank RETURN count(*)",
  };
  for (const char* query : prefetching) {
    INFO(query);
    CHECK(LineOf(PlanLines(s, query), "; prefetching end nodes)") >= 0);
  }
  const char* not_prefetching[] = {
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) RETURN count(b), collect(id(b))",
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b:Company) RETURN a.name",  // labels only
      "MATCH (a {name: 'OpenAI'})-[:DEAL_WITH*1..2]->(b) RETURN b.name",     // variable length
      "MATCH (a {name: 'OpenAI'}), (b {name: 'Oracle'}) MATCH (a)-->(b) RETURN b.name",  // Into
  };
  for (const char* query : not_prefetching) {
    INFO(query);
    CHECK(LineOf(PlanLines(s, query), "prefetching") < 0);
  }
  CHECK(Show(p.f.Run("MATCH (a {name: 'OpenAI'})-[d:DEAL_WITH]->(b) "
                     "RETURN b.name, b.rank, d.value ORDER BY d.value DESC")) ==
        "(Oracle;7;300;)(null;2;5;)");
  CHECK(Show(p.f.Run("MATCH (a {name: 'OpenAI'})-[:DEAL_WITH]->(b) WHERE b.rank > 5 "
                     "RETURN b.name")) == "(Oracle;)");
}

TEST_CASE("ORDER BY a projected property keeps the order, ties and scoping of Cypher",
          "[planner]") {
  PlannerFixture p;
  p.f.Run("UNWIND range(1, 6) AS i CREATE (:Item {k: i % 3, v: 10 - i, s: toString(i % 2)})");
  // Ties keep the input order (the sort is stable), whichever way a key is read.
  CHECK(Show(p.f.Run("MATCH (n:Item) RETURN n.k, n.v ORDER BY n.k DESC")) ==
        "(2;8;)(2;5;)(1;9;)(1;6;)(0;7;)(0;4;)");
  CHECK(Show(p.f.Run("MATCH (n:Item) RETURN n.k, n.v ORDER BY n.k DESC, n.v")) ==
        "(2;5;)(2;8;)(1;6;)(1;9;)(0;4;)(0;7;)");
  CHECK(Show(p.f.Run("MATCH (n:Item) RETURN n.s AS s, n.v ORDER BY n.s, n.v DESC LIMIT 3")) ==
        "(0;8;)(0;6;)(0;4;)");
  CHECK(Show(p.f.Run("MATCH (n:Item) WITH n.v AS v, n ORDER BY n.v RETURN collect(v)")) ==
        "([4, 5, 6, 7, 8, 9];)");
  // A projected name that hides the variable: ORDER BY reads the projected string's property.
  QueryResult hidden = p.f.session().Execute("MATCH (n:Item) RETURN n.s AS n ORDER BY n.s");
  hidden.FetchAll();
  CHECK(!hidden.ok());
}

}  // namespace
}  // namespace stargraph
