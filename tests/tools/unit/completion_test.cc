#include "completion.h"

#include <catch2/catch.hpp>

namespace stargraph::cli {
namespace {

using Names = std::vector<std::string>;

const Vocabulary kVocabulary{
    {"Company", "Person", "公司"}, {"DEAL_WITH", "CEO_OF"}, {"name", "value"}};

TEST_CASE("Keywords complete in the case typed", "[completion]") {
  CHECK(CompletionCandidates("MAT", 0, "MAT", kVocabulary) == Names{"MATCH"});
  CHECK(CompletionCandidates("mat", 0, "mat", kVocabulary) == Names{"match"});
  CHECK(CompletionCandidates("MATCH (n) RET", 10, "RET", kVocabulary) == Names{"RETURN"});
}

TEST_CASE("Function names complete alongside keywords", "[completion]") {
  CHECK(CompletionCandidates("RETURN toU", 7, "toU", kVocabulary) == Names{"toUpper"});
  CHECK(CompletionCandidates("RETURN co", 7, "co", kVocabulary) ==
        Names{"coalesce", "collect", "contains", "count"});
}

TEST_CASE("Labels and types after a colon, keys after a dot", "[completion]") {
  CHECK(CompletionCandidates("MATCH (c:Co", 9, "Co", kVocabulary) == Names{"Company"});
  CHECK(CompletionCandidates("MATCH ()-[:DE", 11, "DE", kVocabulary) == Names{"DEAL_WITH"});
  CHECK(CompletionCandidates("MATCH (c:公", 9, "公", kVocabulary) == Names{"公司"});
  CHECK(CompletionCandidates("RETURN c.na", 9, "na", kVocabulary) == Names{"name"});
}

TEST_CASE("Shell commands complete after a leading colon", "[completion]") {
  CHECK(CompletionCandidates(":he", 1, "he", kVocabulary) == Names{"help"});
  CHECK(CompletionCandidates(":p", 1, "p", kVocabulary) == Names{"param", "params"});
  CHECK(CompletionCandidates(":ti", 1, "ti", kVocabulary) == Names{"timeout", "timing"});
}

}  // namespace
}  // namespace stargraph::cli
