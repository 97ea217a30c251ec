#include "display_width.h"

#include <catch2/catch.hpp>

namespace stargraph::cli {
namespace {

TEST_CASE("Wide characters count as two columns", "[width]") {
  CHECK(DisplayWidth("Oracle") == 6);
  CHECK(DisplayWidth("甲骨文") == 6);
  CHECK(DisplayWidth("é") == 1);
  CHECK(DisplayWidth("e\u0301") == 1);  // combining accent
  CHECK(DisplayWidth("") == 0);
}

TEST_CASE("Truncation ends in an ellipsis within the width", "[width]") {
  CHECK(TruncateToWidth("abcdef", 6) == "abcdef");
  CHECK(TruncateToWidth("abcdefg", 6) == "abcde…");
  CHECK(TruncateToWidth("甲骨文公司", 6) == "甲骨…");
  CHECK(DisplayWidth(TruncateToWidth("甲骨文公司", 6)) == 5);
}

TEST_CASE("Padding uses display columns", "[width]") {
  CHECK(PadRight("甲", 4) == "甲  ");
  CHECK(PadLeft("42", 4) == "  42");
  CHECK(PadRight("toolong", 3) == "toolong");
}

TEST_CASE("Control characters are escaped for one-line cells", "[width]") {
  CHECK(SingleLine("a\nb\tc\x01") == "a\\nb\\tc ");
}

}  // namespace
}  // namespace stargraph::cli
