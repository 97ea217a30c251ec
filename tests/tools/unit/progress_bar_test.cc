#include "progress_bar.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace stargraph::cli {
namespace {

TEST_CASE("a progress line is a bar when the total is known, else a count", "[progress]") {
  CHECK(RenderProgress(0, 4, "articles") == "[                              ] 0% 0/4 articles");
  CHECK(RenderProgress(1, 4, "articles") == "[#######                       ] 25% 1/4 articles");
  CHECK(RenderProgress(4, 4, "articles") == "[##############################] 100% 4/4 articles");
  CHECK(RenderProgress(9, 4, "KiB") == "[##############################] 100% 4/4 KiB");
  CHECK(RenderProgress(131072, 0, "rows read") == "131072 rows read");
}

TEST_CASE("a disabled progress bar writes nothing", "[progress]") {
  std::ostringstream out;
  {
    ProgressBar bar(out, false, "rows", 10);
    bar.Update(3);
    bar.Finish();
  }
  CHECK(out.str().empty());
}

TEST_CASE("an enabled progress bar draws, shows completion, and erases itself", "[progress]") {
  std::ostringstream out;
  ProgressBar bar(out, true, "articles", 2);
  bar.Update(0);
  CHECK(out.str() == "\r\033[K  [                              ] 0% 0/2 articles");
  bar.Hide();
  bar.Update(1);  // redrawn at once after Hide
  CHECK(out.str().find("50% 1/2 articles") != std::string::npos);
  bar.Finish();
  const std::string text = out.str();
  CHECK(text.find("100% 2/2 articles") != std::string::npos);
  CHECK(text.substr(text.size() - 4) == "\r\033[K");
  bar.Update(2);
  CHECK(out.str() == text);  // nothing after Finish
}

TEST_CASE("a progress bar abandoned on an error path erases its line", "[progress]") {
  std::ostringstream out;
  { ProgressBar(out, true, "rows read", 0).Update(65536); }
  CHECK(out.str() == "\r\033[K  65536 rows read\r\033[K");
}

}  // namespace
}  // namespace stargraph::cli
