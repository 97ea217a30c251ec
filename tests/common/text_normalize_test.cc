#include "common/text_normalize.h"

#include <catch2/catch.hpp>

using stargraph::NormalizeForLookup;

TEST_CASE("NormalizeForLookup folds case and width", "[text_normalize]") {
  CHECK(NormalizeForLookup("OpenAI") == "openai");
  CHECK(NormalizeForLookup("ＯｐｅｎＡＩ") == "openai");
  CHECK(NormalizeForLookup("OPENAI") == NormalizeForLookup("openai"));
  CHECK(NormalizeForLookup("Straße") == NormalizeForLookup("STRASSE"));
}

TEST_CASE("NormalizeForLookup keeps CJK and composes accents", "[text_normalize]") {
  CHECK(NormalizeForLookup("甲骨文") == "甲骨文");
  CHECK(NormalizeForLookup("Cafe\xCC\x81") == NormalizeForLookup("CAFÉ"));
  CHECK(NormalizeForLookup("Ａ１") == "a1");
}

TEST_CASE("NormalizeForLookup passes invalid UTF-8 through", "[text_normalize]") {
  const std::string bad("\xff\xfe", 2);
  CHECK(NormalizeForLookup(bad) == bad);
  CHECK(NormalizeForLookup(std::string("a\0b", 3)).size() == 3);
}
