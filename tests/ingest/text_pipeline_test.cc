// Numbers, dates, durations, capacities and sentence splitting.
#include <catch2/catch.hpp>

#include "ingest/quantity.h"
#include "ingest/sentence_splitter.h"

namespace stargraph::ingest {
namespace {

const DateContext kContext{2025, 6, 11};  // a Wednesday

Quantity Only(const std::string& text) {
  const std::vector<Quantity> found = FindQuantities(text, kContext);
  REQUIRE(found.size() == 1);
  return found[0];
}

TEST_CASE("Chinese amounts in base units") {
  CHECK(Only("签下3000亿美元合同").value == Approx(300000000000.0));
  CHECK(Only("签下3000亿美元合同").unit == "USD");
  CHECK(Only("估值1.5万亿美元").value == Approx(1.5e12));
  CHECK(Only("补贴66亿美元").value == Approx(6.6e9));
  CHECK(Only("每股20.40美元").value == Approx(20.40));
  CHECK(Only("约5亿元人民币").unit == "CNY");
  CHECK(Only("约5亿美元").approximate);
}

TEST_CASE("English amounts in base units") {
  CHECK(Only("a $10 billion plant").value == Approx(1e10));
  CHECK(Only("about $27 billion").value == Approx(2.7e10));
  CHECK(Only("about $27 billion").approximate);
  CHECK(Only("up to $400 million").value == Approx(4e8));
  CHECK(Only("US$1.2 trillion").value == Approx(1.2e12));
}

TEST_CASE("Percentages") {
  CHECK(Only("持股28%").value == Approx(28));
  CHECK(Only("占百分之二十").value == Approx(20));
  CHECK(Only("owns 49 percent").value == Approx(49));
}

TEST_CASE("Capacities keep the stated unit") {
  Quantity gw = Only("规划4.5千兆瓦");
  CHECK(gw.kind == QuantityKind::kCapacity);
  CHECK(gw.value == Approx(4.5));
  CHECK(gw.unit == "GW");
  Quantity mw = Only("装机500兆瓦");
  CHECK(mw.unit == "MW");
  CHECK(mw.value == Approx(500));
  CHECK(Only("up to 2 gigawatts of power").unit == "GW");
}

TEST_CASE("Durations") {
  CHECK(Only("五年期贷款").value == Approx(5));
  CHECK(Only("为期15年的协议").value == Approx(15));
  CHECK(Only("over four years").value == Approx(4));
  CHECK(Only("a 10-year lease").value == Approx(10));
  CHECK(FindQuantities("比上一年增长", kContext).empty());
}

TEST_CASE("Dates take the article's year when they give none") {
  CHECK(Only("9月10日宣布").date == "2025-09-10");
  CHECK(Only("2023年1月宣布").date == "2023-01");
  CHECK(Only("2021年3月4日").date == "2021-03-04");
  CHECK(Only("on Aug. 19, 2024 it").date == "2024-08-19");
  CHECK(Only("In April it agreed").date == "2025-04");
  CHECK(Only("in December 2024 it").date == "2024-12");
  CHECK(Only("said on Monday").date == "2025-06-09");
  CHECK(Only("2026-01-02").date == "2026-01-02");
}

TEST_CASE("A yearless date far after the article belongs to the year before") {
  CHECK(Only("10月1日宣布").date == "2024-10-01");  // the article is of June 2025
  CHECK(Only("In November it agreed").date == "2024-11");
  CHECK(Only("12月31日之前").date == "2024-12-31");
  CHECK(Only("9月1日之前").date == "2025-09-01");  // three months ahead: still this year
}

TEST_CASE("Chinese and English number words") {
  CHECK(ParseNumberWord("二十") == 20);
  CHECK(ParseNumberWord("一百二十") == 120);
  CHECK(ParseNumberWord("两") == 2);
  CHECK(ParseNumberWord("twelve") == 12);
  CHECK(ParseNumberWord("many") == -1);
}

TEST_CASE("Chinese sentences end at 。！？；…") {
  const auto s = SplitSentences("甲公司上涨。乙公司下跌！丙呢？丁说：“好。”戊");
  REQUIRE(s.size() == 5);
  CHECK(s[3].text == "丁说：“好。”");
  CHECK(s[4].text == "戊");
}

TEST_CASE("English sentences do not end at abbreviations or decimals") {
  const auto s = SplitSentences(
      "Acme Inc. rose 4.5% in the U.S. market on Monday. It is based in Palo Alto, Calif. near "
      "the bay. Dr. Jones agreed.");
  REQUIRE(s.size() == 3);
  CHECK(s[0].text == "Acme Inc. rose 4.5% in the U.S. market on Monday.");
  CHECK(s[2].text == "Dr. Jones agreed.");
  const auto initials = SplitSentences("据CNBC报道,D.A. Davidson分析师表示担忧。J.P. Morgan同意。");
  REQUIRE(initials.size() == 2);
  CHECK(initials[0].text == "据CNBC报道,D.A. Davidson分析师表示担忧。");
}

TEST_CASE("Paragraph breaks end sentences") {
  const auto s = SplitSentences("First line without a stop\n\nSecond paragraph.");
  REQUIRE(s.size() == 2);
  CHECK(s[1].paragraph == 1);
}

}  // namespace
}  // namespace stargraph::ingest
