// Numbers as people write them: amounts (3000亿美元, $4.9 billion), percentages (28%, 百分之二十),
// capacities (4.5千兆瓦, 500 MW), durations (五年期, four years) and dates (9月10日, Aug. 19,
// 2024).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stargraph::ingest {

enum class QuantityKind { kMoney, kPercent, kCapacity, kDuration, kDate };

struct Quantity {
  QuantityKind kind;
  double value = 0;    // base units: USD, percent points, MW or GW as written, years
  std::string unit{};  // money: "USD", "CNY", "EUR"...; capacity: "MW" or "GW"; duration: "years"
  std::string date{};  // kDate: ISO "2024-10-14", "2024-10" or "2024"
  size_t begin = 0;    // byte offsets in the text searched
  size_t end = 0;
  bool approximate = false;  // 约, about, roughly, up to, more than
};

// The article's date, for dates written without a year (9月10日, "In April", "on Monday"): they
// take its year, or the year before when that would put them more than three months after it.
struct DateContext {
  int year = 0;  // 0: unknown (such dates are then skipped)
  int month = 0;
  int day = 0;
};
// "2024-08-19" -> {2024, 8, 19}; an unparsable date gives {0, 0, 0}.
DateContext DateContextFromIso(const std::string& iso);

// Every quantity in `text` (UTF-8), ordered by position, not overlapping.
std::vector<Quantity> FindQuantities(std::string_view text, const DateContext& context);

// The value of a number written in Chinese numerals ("二十" -> 20, "两" -> 2, "一百二十" -> 120)
// or English number words ("four" -> 4, "twenty" -> 20); -1 when it is not one.
double ParseNumberWord(const std::string& word);

}  // namespace stargraph::ingest
