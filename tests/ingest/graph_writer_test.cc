// Writing articles, reloading (a no-op), unloading, the lexicon and the external extractor.
#include "ingest/graph_writer.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ingest/article_loader.h"
#include "ingest/extraction_json.h"
#include "ingest/lexicon.h"

namespace stargraph::ingest {
namespace {

namespace fs = std::filesystem;

class ScratchDb {
 public:
  ScratchDb() : dir_(fs::temp_directory_path() / ("sg_ingest_" + std::to_string(getpid()))) {
    fs::remove_all(dir_);
    fs::remove_all(files_);
    fs::create_directories(files_);
    db_ = std::move(Database::Open(dir_.string()).value());
    session_ = db_->Connect();
  }
  ~ScratchDb() {
    session_.reset();
    db_.reset();
    fs::remove_all(dir_);
    fs::remove_all(files_);
  }
  Session& session() { return *session_; }
  int64_t Count(const std::string& cypher) {
    QueryResult r = session_->Execute(cypher);
    auto rows = r.FetchAll();
    REQUIRE(r.ok());
    return rows[0][0].as_int();
  }
  std::string File(const std::string& name, const std::string& text) {
    const fs::path p = files_ / name;
    std::ofstream(p) << text;
    return p.string();
  }

 private:
  fs::path dir_;
  fs::path files_ = dir_.string() + "_files";  // article and lexicon files of a test
  std::unique_ptr<Database> db_;
  std::unique_ptr<Session> session_;
};

Extraction Sample(const std::string& id, const std::string& sha, const std::string& new_name) {
  Extraction x;
  x.article.id = id;
  x.article.sha256 = sha;
  x.article.title = "t";
  x.article.date = "2025-01-02";
  x.entities = {{"Acme", "Company", {"艾克米"}, 1, "s1"}, {new_name, "Company", {}, 1, "s1"}};
  x.relations = {{"ACQUIRED", "Acme", new_name, {{"amount", Value(int64_t{5})}}, "s1"},
                 {"COMPETES_WITH", "Acme", "Globex", {}, "s2"}};
  x.entities.push_back({"Globex", "Company", {}, 1, "s2"});
  return x;
}

TEST_CASE("Writing, reloading and unloading articles") {
  ScratchDb db;
  Result<WriteStats> first = WriteExtraction(db.session(), Sample("a1", "h1", "Zed"));
  REQUIRE(first.ok());
  CHECK(first->entities_created == 3);
  CHECK(first->relationships_created == 2);
  // Reloading the same content changes nothing.
  Result<WriteStats> again = WriteExtraction(db.session(), Sample("a1", "h1", "Zed"));
  REQUIRE(again.ok());
  CHECK(again->already_loaded);
  CHECK(db.Count("MATCH ()-[r:ACQUIRED]->() RETURN count(r)") == 1);
  // Other content under the same id is refused.
  CHECK(!WriteExtraction(db.session(), Sample("a1", "h2", "Zed")).ok());
  // A second article supporting the same competition fact adds a source, not a relationship.
  Result<WriteStats> second = WriteExtraction(db.session(), Sample("a2", "h3", "Yak"));
  REQUIRE(second.ok());
  CHECK(second->relationships_supported == 1);
  CHECK(db.Count("MATCH ()-[r:COMPETES_WITH]->() WHERE size(r.sources) = 2 RETURN count(r)") == 1);
  // Unloading a1 removes what only a1 supports.
  Result<UnloadStats> gone = UnloadArticle(db.session(), "a1");
  REQUIRE(gone.ok());
  CHECK(db.Count("MATCH (n {name: 'Zed'}) RETURN count(n)") == 0);
  CHECK(db.Count("MATCH (n {name: 'Acme'}) RETURN count(n)") == 1);
  CHECK(db.Count("MATCH ()-[r:COMPETES_WITH]->() WHERE r.sources = ['a2'] RETURN count(r)") == 1);
  CHECK(db.Count("MATCH (a:Article) RETURN count(a)") == 1);
  CHECK(UnloadArticle(db.session(), "a1").status().code() == StatusCode::kNotFound);
}

// An article that names entity `name` with the surface forms `aliases`.
Extraction Naming(const std::string& id, const std::string& name,
                  const std::vector<std::string>& aliases) {
  Extraction x;
  x.article.id = id;
  x.article.sha256 = "sha-" + id;
  x.article.title = "t";
  x.entities = {{name, "Company", aliases, 1, "s"}};
  return x;
}

TEST_CASE("Unloading takes back exactly the aliases an article added") {
  ScratchDb db;
  auto aliases = [&db]() {
    QueryResult r = db.session().Execute("MATCH (n {name: 'Acme'}) RETURN n.aliases");
    auto rows = r.FetchAll();
    REQUIRE(r.ok());
    REQUIRE(rows.size() == 1);
    std::vector<std::string> out;
    for (const Value& v : rows[0][0].as_list()) out.push_back(v.as_string());
    return out;
  };
  using Names = std::vector<std::string>;
  REQUIRE(WriteExtraction(db.session(), Naming("base", "Acme", {"艾克米"})).ok());
  // Apposition in a later article: 艾克米（Acme Labs） gives the existing node a new alias.
  REQUIRE(WriteExtraction(db.session(), Naming("a1", "Acme", {"艾克米", "Acme Labs"})).ok());
  REQUIRE(WriteExtraction(db.session(), Naming("a2", "Acme", {"艾克米公司"})).ok());
  REQUIRE(WriteExtraction(db.session(), Naming("a3", "Acme", {"艾克米公司"})).ok());
  CHECK(aliases() == Names{"艾克米", "Acme Labs", "艾克米公司"});
  Result<UnloadStats> a1 = UnloadArticle(db.session(), "a1");
  REQUIRE(a1.ok());
  CHECK(a1->aliases_removed == 1);
  CHECK(aliases() == Names{"艾克米", "艾克米公司"});  // the base article's alias stays
  // a2 added 艾克米公司 but a3 uses it too: it passes to a3 and goes with a3.
  REQUIRE(UnloadArticle(db.session(), "a2").ok());
  CHECK(aliases() == Names{"艾克米", "艾克米公司"});
  REQUIRE(UnloadArticle(db.session(), "a3").ok());
  CHECK(aliases() == Names{"艾克米"});
}

TEST_CASE("The lexicon loads once and feeds the dictionary") {
  ScratchDb db;
  const std::string path = db.File(
      "lex.json",
      "[{\"name\": \"Acme\", \"label\": \"Company\", \"aliases\": [\"艾克米\"], \"description\": "
      "\"d\"}]");
  REQUIRE(LoadLexicon(db.session(), path).ok());
  CHECK(LexiconLoaded(db.session(), path));
  REQUIRE(LoadLexicon(db.session(), path).ok());
  CHECK(db.Count("MATCH (n:Company) RETURN count(n)") == 1);
  Result<EntityDictionary> d = DictionaryFromGraph(db.session());
  REQUIRE(d.ok());
  CHECK(d->Find("艾克米") >= 0);
}

TEST_CASE("Extractor output is validated strictly") {
  Article a;
  a.id = "x";
  Extraction out;
  CHECK(!ExtractionFromJson("not json", a, &out).ok());
  CHECK(ExtractionFromJson(R"({"entities": [{"name": "A", "label": "Martian"}], "relations": []})",
                           a, &out)
            .message()
            .find("unknown label") != std::string::npos);
  const std::string ents =
      R"("entities": [{"name": "A", "label": "Company"}, {"name": "B", "label": "Company"}])";
  CHECK(ExtractionFromJson(
            "{" + ents + R"(, "relations": [{"type": "LIKES", "from": "A", "to": "B"}]})", a, &out)
            .message()
            .find("unknown relation type") != std::string::npos);
  CHECK(
      ExtractionFromJson(
          "{" + ents + R"(, "relations": [{"type": "ACQUIRED", "from": "A", "to": "C"}]})", a, &out)
          .message()
          .find("not a listed entity") != std::string::npos);
  CHECK(
      ExtractionFromJson(
          "{" + ents +
              R"(, "relations": [{"type": "ACQUIRED", "from": "A", "to": "B", "properties": {"amount": "lots"}}]})",
          a, &out)
          .message()
          .find("must be a number") != std::string::npos);
  auto relation = [&](const std::string& type, const std::string& properties) {
    return ExtractionFromJson("{" + ents + R"(, "relations": [{"type": ")" + type +
                                  R"(", "from": "A", "to": "B", "properties": )" + properties +
                                  "}]}",
                              a, &out)
        .message();
  };
  CHECK(relation("ACQUIRED", R"({"date": "last spring"})").find("ISO date") != std::string::npos);
  CHECK(relation("ACQUIRED", R"({"date": "2025-13-01"})").find("ISO date") != std::string::npos);
  CHECK(relation("ACQUIRED", R"({"date": "2025-09"})").empty());
  CHECK(relation("DEAL_WITH", R"({"kind": "barter"})").find("SCHEMA values") != std::string::npos);
  CHECK(relation("SUPPLIES", R"({"what": "snacks"})").find("SCHEMA values") != std::string::npos);
  CHECK(relation("DEAL_WITH", R"({"kind": "cloud"})").empty());
  CHECK(ExtractionFromJson(
            R"({"entities": [{"name": "A", "label": "Company"}, {"name": "A", "label": "Person"}],
                "relations": []})",
            a, &out)
            .message()
            .find("listed twice") != std::string::npos);
  Extraction good;
  REQUIRE(
      ExtractionFromJson(
          "{" + ents +
              R"(, "relations": [{"type": "ACQUIRED", "from": "A", "to": "B", "properties": {"amount": 5}}]})",
          a, &good)
          .ok());
  CHECK(good.relations.size() == 1);
}

TEST_CASE("An external extractor runs with the article on stdin") {
  Result<std::string> echoed = RunExternalCommand("cat", "{\"id\": 1}");
  REQUIRE(echoed.ok());
  CHECK(*echoed == "{\"id\": 1}");
  CHECK(!RunExternalCommand("exit 3", "").ok());
}

TEST_CASE("A batch goes on after a bad file and a bad extractor writes nothing") {
  ScratchDb db;
  const std::string good = db.File("2025-01-02-good.en.txt", "Title\n\nAcme bought Zed Labs.\n");
  const std::string empty = db.File("empty.txt", "");
  ArticleLoader loader(db.session(), {false, ""});
  REQUIRE(loader.Prepare().ok());
  CHECK(!loader.Load(empty).status.ok());
  CHECK(loader.Load(good).status.ok());
  CHECK(db.Count("MATCH (a:Article) RETURN count(a)") == 1);
  ArticleLoader bad(db.session(), {false, "echo '{\"entities\": 3}'"});
  REQUIRE(bad.Prepare().ok());
  const std::string other = db.File("2025-01-03-other.en.txt", "Title\n\nSome text.\n");
  CHECK(!bad.Load(other).status.ok());
  CHECK(db.Count("MATCH (a:Article) RETURN count(a)") == 1);
}

}  // namespace
}  // namespace stargraph::ingest
