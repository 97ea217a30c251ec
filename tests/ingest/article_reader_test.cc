// Article metadata and bad input.
#include <catch2/catch.hpp>

#include "ingest/article.h"

namespace stargraph::ingest {
namespace {

TEST_CASE("Markdown front matter gives the metadata") {
  const std::string text =
      "---\ntitle: \"A title\"\ndate: 2025-02-03\nsource: \"Wire\"\nurl: "
      "\"https://example.org/a\"\n---\n\n# A title\n\nBody text here.\n";
  Result<Article> a = ParseArticle("dir/2025-02-03-some-story.en.md", text);
  REQUIRE(a.ok());
  CHECK(a->id == "2025-02-03-some-story");
  CHECK(a->title == "A title");
  CHECK(a->date == "2025-02-03");
  CHECK(a->source == "Wire");
  CHECK(a->url == "https://example.org/a");
  CHECK(a->language == "en");
  CHECK(a->body.find("Body text") != std::string::npos);
  CHECK(a->sha256 == Sha256Hex(text));
}

TEST_CASE("A Chinese dateline gives the date and is kept apart") {
  Result<Article> a = ParseArticle("story.txt", "标题一行\n\n上海，2024年5月6日——某公司宣布。\n");
  REQUIRE(a.ok());
  CHECK(a->date == "2024-05-06");
  CHECK(a->dateline == "上海，2024年5月6日");
  CHECK(a->body.rfind("某公司宣布。", 0) == 0);
  CHECK(a->language == "zh");
}

TEST_CASE("An English dateline gives the date") {
  Result<Article> a =
      ParseArticle("x.en.txt", "Title\n\nAUSTIN, Texas, March 3, 2023 -- A firm said so.\n");
  REQUIRE(a.ok());
  CHECK(a->date == "2023-03-03");
  CHECK(a->body == "A firm said so.\n");
}

TEST_CASE("A footer or the file name gives the date") {
  Result<Article> footer = ParseArticle("x.txt", "标题\n\n正文。\n本文由某网于2026-01-02发表\n");
  REQUIRE(footer.ok());
  CHECK(footer->date == "2026-01-02");
  Result<Article> named = ParseArticle("2022-07-08-name.zh.txt", "标题\n\n正文没有日期。\n");
  REQUIRE(named.ok());
  CHECK(named->date == "2022-07-08");
}

TEST_CASE("SHA-256 of a known input") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("Bad input gets a clear error") {
  CHECK(ParseArticle("e.txt", "").status().message() == "empty article");
  CHECK(ParseArticle("e.txt", " \n\n ").status().message() == "empty article");
  CHECK(ParseArticle("b.txt", std::string("ab\0cd", 5)).status().message().find("binary") !=
        std::string::npos);
  CHECK(ParseArticle("u.txt", "title\n\nbad \xff\xfe bytes")
            .status()
            .message()
            .find("invalid UTF-8 at byte") != std::string::npos);
  const std::string huge(kMaxArticleBytes + 1, 'a');
  CHECK(ParseArticle("h.txt", huge).status().message().find("too large") != std::string::npos);
  CHECK(ReadArticleFile("/nonexistent/file.txt").status().code() == StatusCode::kIOError);
}

}  // namespace
}  // namespace stargraph::ingest
