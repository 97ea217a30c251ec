#include "ingest/name_discovery.h"

#include <set>

#include "ingest/utf8_text.h"

namespace stargraph::ingest {

namespace {

using Text = std::u32string;

bool IsStopLower(const std::string& lower) {
  static const std::set<std::string> kStop = {
      "ai",       "agi",        "gpu",      "gpus",      "cpu",     "tpu",       "ipo",
      "ceo",      "cfo",        "cto",      "coo",       "pbc",     "smr",       "smrs",
      "llm",      "api",        "hbm",      "dram",      "usd",     "gw",        "mw",
      "ev",       "it",         "ppa",      "ppas",      "mou",     "esg",       "r&d",
      "faq",      "ok",         "tv",       "pc",        "ar",      "vr",        "5g",
      "a",        "an",         "the",      "this",      "that",    "these",     "those",
      "in",       "on",         "at",       "for",       "to",      "of",        "and",
      "or",       "but",        "after",    "before",    "under",   "over",      "with",
      "by",       "from",       "as",       "its",       "their",   "our",       "we",
      "i",        "he",         "she",      "they",      "it",      "analysts",  "meanwhile",
      "however",  "while",      "when",     "once",      "monday",  "tuesday",   "wednesday",
      "thursday", "friday",     "saturday", "sunday",    "january", "february",  "march",
      "april",    "may",        "june",     "july",      "august",  "september", "october",
      "november", "december",   "jan",      "feb",       "mar",     "apr",       "jun",
      "jul",      "aug",        "sep",      "sept",      "oct",     "nov",       "dec",
      "chief",    "executive",  "officer",  "president", "chair",   "chairman",  "vice",
      "founder",  "co-founder", "director", "head",      "inc",     "corp",      "ltd",
      "llc",      "said",       "says",     "according", "news",    "update",    "part",
      "under",    "also",       "some",     "many",      "both",    "each",      "all",
      "no",       "not",        "more",     "most",      "first",   "last",      "new",
      "one",      "two",        "three",    "series",    "round",   "class",     "phase",
      "unit",     "group",      "company",  "companies", "deal",    "there",     "here",
      "if",       "so",         "yet",      "still",     "now",     "then",      "today",
      "tonight"};
  return kStop.count(lower) > 0;
}

std::string Lower(const Text& t) {
  std::string s = EncodeUtf8(t);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsTokenChar(const Text& s, size_t i) {
  if (IsAsciiAlnum(s[i])) return true;
  // Inner punctuation of names: Run:ai, X-energy, AT&T, U.S.
  if ((s[i] == ':' || s[i] == '-' || s[i] == '&' || s[i] == '.' || s[i] == '\'') && i > 0 &&
      i + 1 < s.size() && IsAsciiAlnum(s[i - 1]) && IsAsciiAlnum(s[i + 1])) {
    return !(s[i] == '\'' && i + 2 <= s.size() && (s[i + 1] == 's') &&
             (i + 2 == s.size() || !IsAsciiAlnum(s[i + 2])));
  }
  return false;
}

struct Token {
  size_t begin, end;
};

std::vector<Token> LatinTokens(const Text& s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiAlnum(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsTokenChar(s, j)) ++j;
    out.push_back({i, j});
    i = j;
  }
  return out;
}

bool AllCaps(const Text& t) {
  bool any = false;
  for (char32_t c : t) {
    if (IsAsciiAlpha(c) && !IsAsciiUpper(c)) return false;
    any = any || IsAsciiAlpha(c);
  }
  return any;
}

bool AnyCovered(const std::vector<bool>& covered, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    if (covered[i]) return true;
  }
  return false;
}

bool ContainsWord(const std::string& lower_name, const std::set<std::string>& words) {
  size_t start = 0;
  while (start <= lower_name.size()) {
    size_t space = lower_name.find(' ', start);
    if (space == std::string::npos) space = lower_name.size();
    if (words.count(lower_name.substr(start, space - start))) return true;
    start = space + 1;
  }
  return false;
}

// Label guess for an English name from its words and context.
std::string GuessEnglishLabel(const Text& s, const Token& span, size_t words) {
  const std::string name = Lower(s.substr(span.begin, span.end - span.begin));
  const std::string before =
      Lower(s.substr(span.begin >= 24 ? span.begin - 24 : 0, span.begin >= 24 ? 24 : span.begin));
  const std::string after = Lower(s.substr(span.end, 24));
  static const std::set<std::string> kOrgWords = {
      "systems",  "capital",   "power",       "energy",       "management",
      "group",    "partners",  "holdings",    "technologies", "technology",
      "inc",      "corp",      "corporation", "ltd",          "llc",
      "labs",     "bank",      "ventures",    "networks",     "semiconductor",
      "electric", "computing", "cloud",       "ai",           "fund"};
  static const std::set<std::string> kPlaceWords = {"parish",   "county", "city",  "state",
                                                    "province", "valley", "island"};
  if (ContainsWord(name, kPlaceWords)) return "Place";
  const bool after_in = before.size() >= 3 && before.compare(before.size() - 3, 3, "in ") == 0;
  if (after.rfind("-based", 0) == 0 || after_in) {
    return ContainsWord(name, kOrgWords) ? "Company" : "Place";
  }
  if (after.rfind(" reported", 0) == 0) return "Media";
  if (ContainsWord(name, kOrgWords)) return "Company";
  if (words >= 2 && words <= 3 && !AllCaps(s.substr(span.begin, span.end - span.begin))) {
    return "Person";
  }
  return "Company";
}

void DiscoverEnglish(const Text& s, const std::vector<bool>& covered,
                     std::vector<NameCandidate>* out) {
  const std::vector<Token> tokens = LatinTokens(s);
  size_t i = 0;
  while (i < tokens.size()) {
    const Text word = s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    const bool capital = IsAsciiUpper(word[0]);
    if (!capital || IsStopLower(Lower(word)) ||
        AnyCovered(covered, tokens[i].begin, tokens[i].end)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tokens.size() && tokens[j].begin == tokens[j - 1].end + 1 &&
           s[tokens[j - 1].end] == ' ' && IsAsciiUpper(s[tokens[j].begin]) &&
           !AnyCovered(covered, tokens[j].begin, tokens[j].end) &&
           !IsStopLower(Lower(s.substr(tokens[j].begin, tokens[j].end - tokens[j].begin)))) {
      ++j;
    }
    Token span{tokens[i].begin, tokens[j - 1].end};
    const Text name = s.substr(span.begin, span.end - span.begin);
    const bool initial = TrimSpace(EncodeUtf8(s.substr(0, span.begin))).find_first_not_of("\"“") ==
                         std::string::npos;
    const bool short_caps = j - i == 1 && AllCaps(name) && name.size() <= 4;
    if (name.size() >= 2) {
      NameCandidate c;
      c.begin = span.begin;
      c.end = span.end;
      c.label = GuessEnglishLabel(s, span, j - i);
      c.sentence_initial = (j - i == 1 && initial) || short_caps;
      out->push_back(c);
    }
    i = j;
  }
}

bool IsBoundaryHan(char32_t c) {
  static const std::u32string kBoundary =
      U"的在于和与及、，。；：为是其个座该此家等将已从向对由被把以";
  return kBoundary.find(c) != std::u32string::npos;
}

// Transliterated names: 乔·多明格斯, 肯·格里芬 (title words before and verbs after trimmed).
void DiscoverDotNames(const Text& s, const std::vector<bool>& covered,
                      std::vector<NameCandidate>* out) {
  static const std::vector<Text> kBefore = {
      U"创始人", U"董事长", U"总裁", U"总统", U"首席执行官", U"执行官", U"主席", U"部长", U"CEO",
      U"兼",     U"的",     U"和",   U"与",   U"及",         U"由",     U"称",   U"官",   U"长"};
  static const std::vector<Text> kAfter = {
      U"表示", U"则", U"称",   U"说",   U"一同", U"随后", U"在",   U"将",   U"的",
      U"和",   U"与", U"指出", U"认为", U"曾",   U"也",   U"对",   U"宣布", U"是",
      U"等",   U"于", U"已",   U"还",   U"为",   U"出任", U"担任", U"透露", U"强调"};
  for (size_t dot = 1; dot + 1 < s.size(); ++dot) {
    if (s[dot] != U'·' && s[dot] != U'・') continue;
    if (!IsHan(s[dot - 1]) || !IsHan(s[dot + 1]) || covered[dot]) continue;
    size_t b = dot;
    while (b > 0 && IsHan(s[b - 1]) && dot - b < 4 && !covered[b - 1]) --b;
    for (const Text& w : kBefore) {
      const size_t at = s.substr(b, dot - b).rfind(w);
      if (at != Text::npos) b = b + at + w.size();
    }
    size_t e = dot + 1;
    while (e < s.size() && (IsHan(s[e]) || s[e] == U'·') && !covered[e] && e - dot <= 7) ++e;
    for (size_t k = dot + 2; k < e; ++k) {
      bool stop = false;
      for (const Text& w : kAfter) stop = stop || s.compare(k, w.size(), w) == 0;
      if (stop) {
        e = k;
        break;
      }
    }
    if (b < dot && e > dot + 1) out->push_back({b, e, "Person"});
  }
}

bool IsLatinNameChar(char32_t c) {
  return IsAsciiAlnum(c) || c == ' ' || c == '-' || c == '&' || c == '.' || c == ':' || c == '+';
}

// Latin runs in Chinese text (Kairos Power, X-energy), with apposition to a preceding Han name.
void DiscoverLatinInChinese(const Text& s, const std::vector<bool>& covered,
                            std::vector<NameCandidate>* out) {
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAsciiAlpha(s[i]) || (i > 0 && IsAsciiAlnum(s[i - 1]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < s.size() && IsLatinNameChar(s[e])) ++e;
    while (e > i && !IsAsciiAlnum(s[e - 1])) --e;
    const Text name = s.substr(i, e - i);
    const size_t next = e;
    const bool round = next < s.size() && (s[next] == U'轮' || s[next] == U'类');
    const bool weak = (AllCaps(name) && name.size() <= 4) || IsStopLower(Lower(name));
    if (!AnyCovered(covered, i, e) && name.size() >= 2 && !round && !weak) {
      NameCandidate c{i, e, "Company"};
      // 星座能源（Constellation Energy）: the Han name before the bracket is an alias.
      if (i >= 2 && (s[i - 1] == U'（' || s[i - 1] == '(') && e < s.size() &&
          (s[e] == U'）' || s[e] == ')')) {
        size_t hb = i - 1;
        if (hb > 0 && (s[hb - 1] == U'”' || s[hb - 1] == '"')) --hb;
        size_t he = hb;
        while (hb > 0 && IsHan(s[hb - 1]) && !IsBoundaryHan(s[hb - 1]) && he - hb < 10) --hb;
        if (hb < he) {
          c.alias_begin = hb;
          c.alias_end = he;
          const Text han = s.substr(hb, he - hb);
          if (han.find(U"中心") != Text::npos || han.find(U"电站") != Text::npos) {
            c.label = "Facility";
          }
        }
      }
      out->push_back(c);
    }
    i = e + 1;
  }
}

// 北安娜核电站, 凤凰城工厂: a short Han name after 的/旗下/位于 (or a known place) plus a
// facility word.
void DiscoverFacilities(const Text& s, const std::vector<bool>& covered,
                        std::vector<NameCandidate>* out) {
  static const std::vector<Text> kSuffixes = {U"核电站", U"数据中心", U"工厂", U"晶圆厂",
                                              U"发电厂", U"超算中心", U"园区"};
  for (const Text& suffix : kSuffixes) {
    for (size_t at = s.find(suffix); at != Text::npos; at = s.find(suffix, at + 1)) {
      if (covered[at]) continue;
      size_t b = at;
      if (b > 0 && covered[b - 1]) {
        while (b > 0 && covered[b - 1]) --b;  // a known place: 凤凰城 + 工厂
      } else {
        while (b > 0 && IsHan(s[b - 1]) && !IsBoundaryHan(s[b - 1]) && at - b < 5) --b;
        const bool after_cue =
            b > 0 && (s[b - 1] == U'的' || s.compare(b >= 2 ? b - 2 : 0, 2, U"旗下") == 0);
        if (!after_cue || at - b < 2 || at - b > 4) continue;
        bool generic = false;
        for (char32_t c : s.substr(b, at - b)) {
          generic = generic || Text(U"各等多新大该这首座两三几").find(c) != Text::npos;
        }
        if (generic) continue;
      }
      if (b < at) out->push_back({b, at + suffix.size(), "Facility"});
    }
  }
}

// 名为“星际之门”: the quoted name.
void DiscoverNamedAs(const Text& s, const std::vector<bool>& covered,
                     std::vector<NameCandidate>* out) {
  for (size_t at = s.find(U"名为“"); at != Text::npos; at = s.find(U"名为“", at + 1)) {
    const size_t b = at + 3;
    const size_t e = s.find(U'”', b);
    if (e == Text::npos || e - b > 20 || e == b || AnyCovered(covered, b, e)) continue;
    const bool project = s.find(U"项目", e) != Text::npos;
    out->push_back({b, e, project ? "Project" : "Company"});
  }
}

}  // namespace

bool IsStopName(const std::string& word) {
  std::string lower = word;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return IsStopLower(lower);
}

std::vector<NameCandidate> DiscoverNames(const std::u32string& sentence,
                                         const std::vector<bool>& covered) {
  std::vector<NameCandidate> out;
  size_t han = 0;
  for (char32_t c : sentence) han += IsHan(c) ? 1 : 0;
  if (han * 4 >= sentence.size()) {
    DiscoverDotNames(sentence, covered, &out);
    DiscoverLatinInChinese(sentence, covered, &out);
    DiscoverFacilities(sentence, covered, &out);
    DiscoverNamedAs(sentence, covered, &out);
  } else {
    DiscoverEnglish(sentence, covered, &out);
  }
  return out;
}

}  // namespace stargraph::ingest
