#include "ingest/quantity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <regex>

#include "common/temporal_format.h"
#include "ingest/regex_cache.h"

namespace stargraph::ingest {

namespace {

const char* const kNum = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";
const char* const kCnNum = "([零一二两三四五六七八九十百千]+)";

double ParseDigits(const std::string& digits) {
  std::string clean;
  for (char c : digits) {
    if (c != ',') clean.push_back(c);
  }
  return std::strtod(clean.c_str(), nullptr);
}

double ChineseMultiplier(const std::string& unit) {
  if (unit == "万亿") return 1e12;
  if (unit == "千亿") return 1e11;
  if (unit == "百亿") return 1e10;
  if (unit == "十亿") return 1e9;
  if (unit == "亿") return 1e8;
  if (unit == "千万") return 1e7;
  if (unit == "百万") return 1e6;
  if (unit == "万") return 1e4;
  return 1;
}

double EnglishMultiplier(std::string unit) {
  std::transform(unit.begin(), unit.end(), unit.begin(), ::tolower);
  if (unit == "trillion") return 1e12;
  if (unit == "billion" || unit == "bn" || unit == "b") return 1e9;
  if (unit == "million" || unit == "m" || unit == "mn") return 1e6;
  if (unit == "thousand") return 1e3;
  return 1;
}

std::string CurrencyCode(const std::string& word) {
  if (word == "美元" || word == "$" || word == "US$" || word == "dollars") return "USD";
  if (word == "欧元" || word == "€") return "EUR";
  if (word == "英镑" || word == "£") return "GBP";
  if (word == "日元") return "JPY";
  return "CNY";
}

bool IsApproximateCue(const std::string& text, size_t begin) {
  const std::string before = text.substr(begin >= 16 ? begin - 16 : 0, begin >= 16 ? 16 : begin);
  static const char* const kCues[] = {
      "约",       "近",     "超过",       "逾",      "about ",
      "roughly ", "up to ", "more than ", "nearly ", "approximately "};
  for (const char* cue : kCues) {
    const std::string c(cue);
    if (before.size() >= c.size() && before.compare(before.size() - c.size(), c.size(), c) == 0) {
      return true;
    }
  }
  return false;
}

int MonthNumber(const std::string& word) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower = word.substr(0, 3);
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

std::string IsoDate(int year, int month, int day) {
  char buffer[48];
  if (day > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

// The latest `weekday` (0 = Monday) on or before the context date.
std::string WeekdayBefore(const DateContext& context, int weekday) {
  const int64_t days = DaysFromCivil(context.year, context.month, context.day);
  const int today = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  const int64_t back = (today - weekday + 7) % 7;
  const CivilDate c = CivilFromDays(days - back);
  return IsoDate(static_cast<int>(c.year), c.month, c.day);
}

// The year of a month written without one: the article's, unless that puts it more than three
// months after the article (a feature dated January that tells of "9月10日" means last September).
int YearOfMonth(const DateContext& context, int month) {
  return context.month > 0 && month > context.month + 3 ? context.year - 1 : context.year;
}

struct Collector {
  const std::string& text;
  const DateContext& context;
  std::vector<Quantity> found;

  // Runs `pattern`; `make` fills a Quantity from the match (returns false to skip it).
  void Scan(const std::string& pattern,
            const std::function<bool(const std::smatch&, Quantity*)>& make) {
    ForEachMatch(text, pattern, std::regex::ECMAScript, [&](const std::smatch& m) {
      Quantity q{QuantityKind::kMoney};
      q.begin = static_cast<size_t>(m.position(0));
      q.end = q.begin + static_cast<size_t>(m.length(0));
      if (!make(m, &q)) return;
      q.approximate = q.approximate || IsApproximateCue(text, q.begin);
      found.push_back(q);
    });
  }
};

void ScanDates(Collector& c) {
  const DateContext& ctx = c.context;
  c.Scan("(\\d{4})-(\\d{2})-(\\d{2})", [](const std::smatch& m, Quantity* q) {
    q->kind = QuantityKind::kDate;
    q->date = m[0].str();
    return true;
  });
  c.Scan("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?", [](const std::smatch& m, Quantity* q) {
    q->kind = QuantityKind::kDate;
    q->date = IsoDate(std::stoi(m[1]), m[2].matched ? std::stoi(m[2]) : 0,
                      m[3].matched ? std::stoi(m[3]) : 0);
    return true;
  });
  c.Scan("(\\d{1,2})月(?:(\\d{1,2})[日号])?", [&ctx](const std::smatch& m, Quantity* q) {
    const int month = std::stoi(m[1]);
    if (ctx.year == 0 || month < 1 || month > 12) return false;
    q->kind = QuantityKind::kDate;
    q->date = IsoDate(YearOfMonth(ctx, month), month, m[2].matched ? std::stoi(m[2]) : 0);
    return true;
  });
  const std::string month_re =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
      "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  c.Scan("\\b" + month_re + "(?: (\\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\\d{4}))?\\b",
         [&ctx](const std::smatch& m, Quantity* q) {
           const int month = MonthNumber(m[1]);
           const int year = m[3].matched ? std::stoi(m[3]) : YearOfMonth(ctx, month);
           if (year == 0) return false;
           if (!m[2].matched && !m[3].matched && m[1].str() == "May") return false;
           q->kind = QuantityKind::kDate;
           q->date = IsoDate(year, month, m[2].matched ? std::stoi(m[2]) : 0);
           return true;
         });
  c.Scan("\\b(?:on|On) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
         [&ctx](const std::smatch& m, Quantity* q) {
           static const char* const kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
           if (ctx.year == 0 || ctx.day == 0) return false;
           for (int i = 0; i < 7; ++i) {
             if (m[1].str() == kDays[i]) q->date = WeekdayBefore(ctx, i);
           }
           q->kind = QuantityKind::kDate;
           return true;
         });
  c.Scan("\\b(?:in|In|since|Since|by|By) (\\d{4})\\b", [](const std::smatch& m, Quantity* q) {
    q->kind = QuantityKind::kDate;
    q->date = m[1].str();
    return true;
  });
}

void ScanAmounts(Collector& c) {
  c.Scan(std::string(kNum) +
             "\\s*(万亿|千亿|百亿|十亿|亿|千万|百万|万)?(美元|欧元|英镑|日元|元|人民币)",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kMoney;
           q->value = ParseDigits(m[1]) * ChineseMultiplier(m[2]);
           q->unit = CurrencyCode(m[3]);
           return true;
         });
  c.Scan("(US\\$|\\$|€|£)\\s?" + std::string(kNum) +
             "(?:\\s?(trillion|billion|million|thousand|bn|mn)\\b)?",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kMoney;
           q->value = ParseDigits(m[2]) * (m[3].matched ? EnglishMultiplier(m[3]) : 1);
           q->unit = CurrencyCode(m[1] == "€" || m[1] == "£" ? m[1].str() : "$");
           return true;
         });
  c.Scan(std::string(kNum) + " (trillion|billion|million) (?:US )?dollars",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kMoney;
           q->value = ParseDigits(m[1]) * EnglishMultiplier(m[2]);
           q->unit = "USD";
           return true;
         });
}

void ScanRatios(Collector& c) {
  c.Scan(std::string(kNum) + "\\s*(?:%|％| percent\\b| per cent\\b)",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kPercent;
           q->value = ParseDigits(m[1]);
           return true;
         });
  c.Scan("百分之(?:" + std::string(kNum) + "|" + kCnNum + ")",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kPercent;
           q->value = m[1].matched ? ParseDigits(m[1]) : ParseNumberWord(m[2]);
           return q->value >= 0;
         });
  c.Scan(std::string(kNum) + "\\s*(千兆瓦|吉瓦|兆瓦|GW|MW|gigawatts?|megawatts?)(?![A-Za-z])",
         [](const std::smatch& m, Quantity* q) {
           q->kind = QuantityKind::kCapacity;
           q->value = ParseDigits(m[1]);
           const std::string u = m[2];
           q->unit = (u == "兆瓦" || u == "MW" || u.rfind("mega", 0) == 0) ? "MW" : "GW";
           return true;
         });
}

void ScanDurations(Collector& c) {
  c.Scan("(为期|未来|期限|长达)?(?:" + std::string(kNum) + "|" + kCnNum + ")(?:个)?年(期)?",
         [&c](const std::smatch& m, Quantity* q) {
           const double v = m[2].matched ? ParseDigits(m[2]) : ParseNumberWord(m[3]);
           if (v <= 0 || v >= 100) return false;
           const std::string before = c.text.substr(q->begin >= 3 ? q->begin - 3 : 0, 3);
           static const char* const kNotDuration[] = {"上", "下", "同", "每", "当", "前",
                                                      "这", "那", "近", "去", "今", "明"};
           if (!m[1].matched && !m[4].matched) {
             for (const char* w : kNotDuration) {
               if (before == w) return false;
             }
           }
           q->kind = QuantityKind::kDuration;
           q->value = v;
           q->unit = "years";
           return true;
         });
  c.Scan("\\b(\\d{1,2}|[a-z]+)[- ]years?\\b", [](const std::smatch& m, Quantity* q) {
    const double v = std::isdigit(static_cast<unsigned char>(m[1].str()[0]))
                         ? ParseDigits(m[1])
                         : ParseNumberWord(m[1]);
    if (v <= 0 || v >= 100) return false;
    q->kind = QuantityKind::kDuration;
    q->value = v;
    q->unit = "years";
    return true;
  });
}

}  // namespace

DateContext DateContextFromIso(const std::string& iso) {
  DateContext context;
  std::smatch m;
  if (Search(iso, &m, "^(\\d{4})-(\\d{2})-(\\d{2})")) {
    context.year = std::stoi(m[1]);
    context.month = std::stoi(m[2]);
    context.day = std::stoi(m[3]);
  }
  return context;
}

double ParseNumberWord(const std::string& word) {
  static const std::map<std::string, int> kEnglish = {
      {"one", 1},     {"two", 2},     {"three", 3},    {"four", 4},    {"five", 5},
      {"six", 6},     {"seven", 7},   {"eight", 8},    {"nine", 9},    {"ten", 10},
      {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30},
      {"forty", 40},  {"fifty", 50},  {"a", 1},        {"an", 1}};
  std::string lower = word;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  auto it = kEnglish.find(lower);
  if (it != kEnglish.end()) return it->second == 1 && lower.size() <= 2 ? -1 : it->second;
  static const std::map<std::string, int> kDigits = {{"零", 0}, {"一", 1}, {"二", 2}, {"两", 2},
                                                     {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6},
                                                     {"七", 7}, {"八", 8}, {"九", 9}};
  static const std::map<std::string, int> kUnits = {{"十", 10}, {"百", 100}, {"千", 1000}};
  if (word.empty() || word.size() % 3 != 0) return -1;
  double total = 0;
  double current = 0;
  for (size_t i = 0; i < word.size(); i += 3) {
    const std::string ch = word.substr(i, 3);
    if (auto d = kDigits.find(ch); d != kDigits.end()) {
      current = d->second;
    } else if (auto u = kUnits.find(ch); u != kUnits.end()) {
      total += (current == 0 ? 1 : current) * u->second;
      current = 0;
    } else {
      return -1;
    }
  }
  return total + current;
}

std::vector<Quantity> FindQuantities(std::string_view text, const DateContext& context) {
  const std::string copy(text);
  Collector collector{copy, context, {}};
  ScanDates(collector);
  ScanAmounts(collector);
  ScanRatios(collector);
  ScanDurations(collector);
  // Earlier scans win ties; a longer match wins over one it contains.
  std::vector<Quantity> kept;
  for (const Quantity& q : collector.found) {
    bool overlaps = false;
    for (Quantity& k : kept) {
      if (q.begin < k.end && k.begin < q.end) {
        if (q.end - q.begin > k.end - k.begin && q.begin <= k.begin && q.end >= k.end) {
          k = q;
        }
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push_back(q);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
  return kept;
}

}  // namespace stargraph::ingest
