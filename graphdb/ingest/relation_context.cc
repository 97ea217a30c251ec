#include "ingest/relation_context.h"

#include <algorithm>
#include <cmath>

#include "ingest/utf8_text.h"

namespace stargraph::ingest {

const char* const kSlot = "\x01([a-z]{2})\x02";

namespace {

std::string SlotText(size_t k) {
  std::string s = "\x01";
  s.push_back(static_cast<char>('a' + k / 26));
  s.push_back(static_cast<char>('a' + k % 26));
  s.push_back('\x02');
  return s;
}

bool StartsWithAt(const std::string& text, size_t at, const char* word) {
  const std::string w(word);
  return text.compare(at, w.size(), w) == 0;
}

std::string LowerAscii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Chinese text typed with ASCII punctuation ("OpenAI,甲骨文(Oracle)") reads as if it used the
// full-width marks the cue patterns are written with; commas and colons inside numbers stay.
char32_t ChinesePunctuation(const std::u32string& cps, size_t i) {
  const char32_t c = cps[i];
  const bool in_number =
      i > 0 && i + 1 < cps.size() && IsAsciiDigit(cps[i - 1]) && IsAsciiDigit(cps[i + 1]);
  switch (c) {
    case ',':
      return in_number ? c : U'，';
    case ':':
      return in_number ? c : U'：';
    case ';':
      return U'；';
    case '(':
      return U'（';
    case ')':
      return U'）';
    case '!':
      return U'！';
    case '?':
      return U'？';
    default:
      return c;
  }
}

// Mentions of one kind can be listed together; an org and a place cannot.
std::string KindOf(const std::string& label) {
  if (label == "Company" || label == "Agency" || label == "Project" || label == "Media") {
    return "org";
  }
  return label;
}

Value Number(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e18) {
    return Value(static_cast<int64_t>(std::llround(v)));
  }
  return Value(v);
}

}  // namespace

SentenceView::SentenceView(const AnalyzedSentence& sentence, const EntityDictionary& dictionary,
                           const DateContext& date, bool chinese)
    : sentence_(sentence), dictionary_(dictionary) {
  const std::u32string& cps = sentence.code_points;
  size_t next = 0;
  for (size_t i = 0; i < cps.size();) {
    if (next < sentence.mentions.size() && sentence.mentions[next].begin == i) {
      const size_t begin = masked_.size();
      masked_ += SlotText(next);
      slots_.push_back({begin, masked_.size()});
      i = sentence.mentions[next].end;
      ++next;
      continue;
    }
    AppendUtf8(chinese ? ChinesePunctuation(cps, i) : cps[i], &masked_);
    ++i;
  }
  quantities_ = FindQuantities(masked_, date);
}

int SentenceView::SlotIndex(const std::string& letters) const {
  if (letters.size() != 2) return -1;
  const int k = (letters[0] - 'a') * 26 + (letters[1] - 'a');
  return k >= 0 && static_cast<size_t>(k) < slots_.size() ? k : -1;
}

const EntityRecord& SentenceView::Record(int k) const {
  return dictionary_.entity(sentence_.mentions[static_cast<size_t>(k)].entity);
}
const std::string& SentenceView::Label(int k) const { return Record(k).label; }
const std::string& SentenceView::Name(int k) const { return Record(k).name; }
bool SentenceView::IsOrg(int k) const {
  const std::string& l = Label(k);
  return l == "Company" || l == "Agency" || l == "Project" || l == "Media";
}

bool SentenceView::Coordinated(int a, int b) const {
  // "与" is left out: "A与B签署" names the two sides of a deal more often than a list.
  static const char* const kJoins[] = {"、",     "和",    "及",     "以及",
                                       "、以及", " and ", ", and ", " & "};
  if (KindOf(Label(a)) != KindOf(Label(b))) return false;
  std::string between = masked_.substr(SlotEnd(a), SlotBegin(b) - SlotEnd(a));
  for (const char* mark : {"《", "》", "“", "”", "\""}) {  // 《金融时报》、路透社
    for (size_t p = between.find(mark); p != std::string::npos; p = between.find(mark)) {
      between.erase(p, std::string(mark).size());
    }
  }
  // "Secaucus, New Jersey" is a place inside a place, not a list of two.
  if (between == ", ") return Label(a) != "Place";
  for (const char* join : kJoins) {
    if (between == join) return true;
  }
  return false;
}

std::vector<int> SentenceView::Conjuncts(int k) const {
  std::vector<int> out;
  for (int j = k; j + 1 < static_cast<int>(size()) && Coordinated(j, j + 1); ++j) {
    out.push_back(j + 1);
  }
  for (int j = k; j > 0 && Coordinated(j - 1, j); --j) out.push_back(j - 1);
  return out;
}

std::vector<int> SentenceView::MentionsIn(size_t begin, size_t end) const {
  std::vector<int> out;
  for (size_t k = 0; k < slots_.size(); ++k) {
    if (slots_[k].first >= begin && slots_[k].second <= end) out.push_back(static_cast<int>(k));
  }
  return out;
}

size_t SentenceView::ClauseBegin(size_t at) const {
  size_t best = 0;
  for (const char* mark : {"，", "；", "：", ", ", "; ", " — "}) {
    const size_t p = masked_.rfind(mark, at == 0 ? 0 : at - 1);
    if (p != std::string::npos && p < at) best = std::max(best, p + std::string(mark).size());
  }
  return best;
}

size_t SentenceView::ClauseEnd(size_t at) const {
  size_t best = masked_.size();
  for (const char* mark : {"，", "；", "：", ", ", "; ", " — ", "。"}) {
    const size_t p = masked_.find(mark, at);
    if (p != std::string::npos) best = std::min(best, p);
  }
  return best;
}

int SentenceView::Subject() const {
  for (size_t k = 0; k < slots_.size(); ++k) {
    const size_t clause = ClauseBegin(slots_[k].first);
    if (StartsWithAt(masked_, clause, "根据") || StartsWithAt(masked_, clause, "据") ||
        StartsWithAt(masked_, clause, "按照") || StartsWithAt(masked_, clause, "According") ||
        StartsWithAt(masked_, clause, "加上")) {
      continue;
    }
    const std::string& label = Label(static_cast<int>(k));
    if (label == "Place" || label == "Media") continue;
    return static_cast<int>(k);
  }
  return -1;
}

int SentenceView::NearestBefore(size_t at, size_t limit_begin,
                                const std::function<bool(int)>& pred) const {
  for (size_t k = slots_.size(); k-- > 0;) {
    if (slots_[k].second <= at && slots_[k].first >= limit_begin && pred(static_cast<int>(k))) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

int SentenceView::NearestAfter(size_t at, size_t limit_end,
                               const std::function<bool(int)>& pred) const {
  for (size_t k = 0; k < slots_.size(); ++k) {
    if (slots_[k].first >= at && slots_[k].second <= limit_end && pred(static_cast<int>(k))) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

const Quantity* SentenceView::FindQuantity(QuantityKind kind, size_t at, bool anywhere) const {
  for (const Quantity& q : quantities_) {
    if (q.kind == kind && q.begin >= at) return &q;
  }
  if (!anywhere) return nullptr;
  for (const Quantity& q : quantities_) {
    if (q.kind == kind) return &q;
  }
  return nullptr;
}

const Quantity* SentenceView::DateFor(size_t anchor) const {
  const Quantity* last = nullptr;
  for (const Quantity& q : quantities_) {
    if (q.kind == QuantityKind::kDate && q.begin < anchor) last = &q;
  }
  if (last != nullptr) return last;
  return FindQuantity(QuantityKind::kDate, 0, true);
}

void RelationSink::Add(const std::string& type, int from, int to, ValueMap properties) {
  if (from < 0 || to < 0 || from == to) return;
  AddOne(type, from, to, properties);
  if (type == "LEADS") return;
  const std::vector<int> from_list = view_.Conjuncts(from);
  const std::vector<int> to_list = view_.Conjuncts(to);
  auto in = [](const std::vector<int>& list, int k) {
    return std::find(list.begin(), list.end(), k) != list.end();
  };
  if (in(from_list, to)) return;
  for (int k : from_list) AddOne(type, k, to, properties);
  if (type == "REPORTED") return;  // an outlet reports on the first-named subject only
  for (int k : to_list) AddOne(type, from, k, properties);
}

void RelationSink::AddOne(const std::string& type, int from, int to, const ValueMap& properties) {
  if (view_.Name(from) == view_.Name(to)) return;
  out_->push_back({type, view_.Name(from), view_.Name(to), properties, view_.text()});
}

bool RelationSink::Has(const std::string& type, int from, int to) const {
  if (from < 0 || to < 0) return false;
  for (const ExtractedRelation& r : *out_) {
    if (r.type == type && r.from == view_.Name(from) && r.to == view_.Name(to) &&
        r.evidence == view_.text()) {
      return true;
    }
  }
  return false;
}

void AddMoney(const SentenceView& v, size_t cue, const char* key, ValueMap* props) {
  const Quantity* money = v.FindQuantity(QuantityKind::kMoney, cue, true);
  if (money == nullptr) return;
  (*props)[key] = Number(money->value);
  (*props)["currency"] = money->unit;
  AddDate(v, money->begin, props);
}

void AddDate(const SentenceView& v, size_t anchor, ValueMap* props) {
  if (props->count("date")) return;
  const Quantity* date = v.DateFor(anchor);
  if (date != nullptr) (*props)["date"] = date->date;
}

void AddDealTerms(const SentenceView& v, size_t cue, ValueMap* props) {
  AddMoney(v, cue, "value", props);
  AddDate(v, cue, props);
  if (const Quantity* d = v.FindQuantity(QuantityKind::kDuration, 0, true)) {
    (*props)["duration_years"] = Number(d->value);
  }
  if (const Quantity* c = v.FindQuantity(QuantityKind::kCapacity, 0, true)) {
    (*props)[c->unit == "GW" ? "capacity_gw" : "capacity_mw"] = Number(c->value);
  }
  const std::string kind = DealKind(v);
  if (!kind.empty()) (*props)["kind"] = kind;
}

std::string NormalizeRole(const std::string& raw) {
  static const std::vector<std::pair<const char*, const char*>> kTitles = {
      {"联合创始人", "co-founder"},
      {"创始人", "founder"},
      {"董事长", "chairman"},
      {"执行副总裁", "executive vice president"},
      {"副总裁", "vice president"},
      {"总裁", "president"},
      {"首席执行官", "CEO"},
      {"首席财务官", "CFO"},
      {"首席技术官", "CTO"},
      {"总统", "president"},
      {"总理", "prime minister"},
      {"主席", "chairman"},
      {"州长", "governor"},
      {"市长", "mayor"},
      {"部长", "secretary"},
      {"co-founder", "co-founder"},
      {"cofounder", "co-founder"},
      {"founder", "founder"},
      {"executive vice president", "executive vice president"},
      {"senior vice president", "senior vice president"},
      {"vice president", "vice president"},
      {"chief executive officer", "CEO"},
      {"chief executive", "CEO"},
      {"chief financial officer", "CFO"},
      {"chief technology officer", "CTO"},
      {"chief operating officer", "COO"},
      {"chairwoman", "chairman"},
      {"chairman", "chairman"},
      {"chair", "chairman"},
      {"president", "president"},
      {"ceo", "CEO"},
      {"cfo", "CFO"},
      {"cto", "CTO"},
      {"coo", "COO"}};
  std::string text = LowerAscii(raw);
  std::vector<std::pair<size_t, std::string>> found;
  for (const auto& [word, title] : kTitles) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      found.push_back({at, title});
      text.replace(at, std::string(word).size(), std::string(std::string(word).size(), '#'));
    }
  }
  std::sort(found.begin(), found.end());
  std::string role;
  for (const auto& [at, title] : found) {
    if (role.find(title) != std::string::npos) continue;
    role += (role.empty() ? "" : " and ") + title;
  }
  return role;
}

std::string DealKind(const SentenceView& v) {
  const std::string t = LowerAscii(v.text());
  auto has = [&t](std::initializer_list<const char*> words) {
    for (const char* w : words) {
      if (t.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (has({"购电", "电力", "核电", "反应堆", "装机", "power purchase", "electricity", "nuclear",
           "reactor", "megawatt", "gigawatt"})) {
    return "power";
  }
  if (has({"financing", "funding", "funded", "loan", "debt", "融资", "补贴", "贷款", "资金",
           "grant"})) {
    return "funding";
  }
  if (has({"芯片", "gpu", "chips", "accelerator"})) return "chips";
  if (has({"云服务", "算力", "cloud", "compute capacity", "托管"})) return "cloud";
  if (has({"授权", "许可", "licens"})) return "licensing";
  return "";
}

bool LooksLikeProvider(const SentenceView& v, int k, const std::string& kind) {
  const std::string text = LowerAscii(v.Name(k) + " " + v.Record(k).description);
  std::vector<const char*> words;
  if (kind == "power") words = {"energy", "power", "utility", "nuclear", "electric", "reactor"};
  if (kind == "funding") words = {"capital", "bank", "fund", "invest", "asset", "lender"};
  if (kind == "cloud") words = {"cloud", "data center", "data-center", "hosting", "neocloud"};
  if (kind == "chips") words = {"chip", "semiconductor", "gpu", "foundry"};
  if (kind == "funding" && v.Label(k) == "Agency") return true;
  for (const char* w : words) {
    if (text.find(w) != std::string::npos) return true;
  }
  return false;
}

std::string SuppliedWhat(const SentenceView& v, int supplier) {
  const std::string t = LowerAscii(v.text());
  if (t.find("gpu") != std::string::npos || t.find("芯片") != std::string::npos ||
      t.find("chip") != std::string::npos) {
    return "chips";
  }
  if (t.find("基础设施") != std::string::npos || t.find("算力") != std::string::npos) {
    return "compute";
  }
  const std::string d = LowerAscii(v.Record(supplier).description);
  if (d.find("chip") != std::string::npos || d.find("foundry") != std::string::npos ||
      d.find("semiconductor") != std::string::npos) {
    return "chips";
  }
  if (d.find("cloud") != std::string::npos) return "cloud";
  if (d.find("power") != std::string::npos || d.find("energy") != std::string::npos) {
    return "power";
  }
  if (d.find("model") != std::string::npos || d.find("ai lab") != std::string::npos) {
    return "models";
  }
  return "compute";
}

}  // namespace stargraph::ingest
