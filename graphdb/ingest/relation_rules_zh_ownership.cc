// Chinese cue patterns for where things are and whose they are: sites (LOCATED_IN by 落户, 在X建成,
// 位于X、…的Y), possession (OPERATES by X的Y, 其Y, 建成) and shares (HOLDS_STAKE by 持有/获得…股权,
// 子公司). Same reading of the masked sentence as relation_rules_zh.cc.

#include "ingest/rule_support.h"

namespace stargraph::ingest {

namespace {

// Places in a row: "怀俄明州、得克萨斯州、密歇根州", "得克萨斯州阿比林".
const std::string kPlaces = "((?:" + kE + "(?:市|县|省|州)?(?:、|和|及)?)+)(?:等地|多地)?";

bool IsSite(const SentenceView& v, int k) {
  return k >= 0 && (v.Label(k) == "Facility" || v.Label(k) == "Project");
}

// The most specific places of a run: "得克萨斯州阿比林" gives 阿比林; a list gives each member.
std::vector<int> SpecificPlaces(const SentenceView& v, size_t begin, size_t end) {
  std::vector<int> out;
  const std::vector<int> all = v.MentionsIn(begin, end);
  for (size_t i = 0; i < all.size(); ++i) {
    if (!IsPlace(v, all[i])) continue;
    const bool inner_follows = i + 1 < all.size() && IsPlace(v, all[i + 1]) &&
                               v.SlotBegin(all[i + 1]) == v.SlotEnd(all[i]);
    if (!inner_follows) out.push_back(all[i]);
  }
  return out;
}

void Sites(const SentenceView& v, RelationSink& sink) {
  auto locate = [&](int site, const std::smatch& m, int places_group) {
    if (!IsSite(v, site)) return;
    for (int p : SpecificPlaces(v, Pos(m, places_group), EndOf(m, places_group))) {
      sink.Add("LOCATED_IN", site, p);
    }
  };
  // 甲骨文将在怀俄明州、得克萨斯州等地建设专门的AI数据中心; 在孟菲斯建成了名为Colossus的集群
  ForEachZh(v, "在" + kPlaces + kGapZh + "(?:建设|建成|兴建|建造|打造)" + kGapZh + kE,
            [&](const std::smatch& m) { locate(Slot(v, m[m.size() - 1]), m, 1); });
  // 首个设施已在德克萨斯州阿比林投入运营
  ForEachZh(v, kE + "(?:已|将|正)?在" + kPlaces + "(?:投入运营|投产|建成|落成|开工|运营)",
            [&](const std::smatch& m) { locate(Slot(v, m[1]), m, 2); });
  // 星际之门也将正式落户英国; 星际之门计划在英国的落地
  ForEachZh(v, "(?:落户|落地|选址|入驻)" + kPlaces, [&](const std::smatch& m) {
    const int site = v.NearestBefore(Pos(m), 0, [&](int k) { return IsSite(v, k); });
    locate(site, m, 1);
  });
  ForEachZh(v, kE + "(?:计划|项目)?在" + kPlaces + "(?:的)?(?:落地|落户)",
            [&](const std::smatch& m) { locate(Slot(v, m[1]), m, 2); });
  // 位于孟菲斯、由…的Colossus II超算集群
  ForEachZh(v, "位于" + kPlaces + "(?:、|，)" + kGapZh + "的" + kE,
            [&](const std::smatch& m) { locate(Slot(v, m[m.size() - 1]), m, 1); });
}

void Possession(const SentenceView& v, RelationSink& sink) {
  // OpenAI的星际之门计划, 英伟达的H100: an organization's own product, facility or project
  ForEachZh(v, kE + "的(?:整个|全部|最新|新|首个|旗舰)?" + kE, [&](const std::smatch& m) {
    const int owner = Slot(v, m[1]);
    const int thing = Slot(v, m[2]);
    if (v.Label(owner) == "Company" && (IsSite(v, thing) || v.Label(thing) == "Product")) {
      sink.Add("OPERATES", owner, thing);
    }
  });
  // 为其Office 365软件: 其 is the sentence subject
  ForEachZh(v, "其" + kE, [&](const std::smatch& m) {
    const int thing = Slot(v, m[1]);
    const int subject = v.Subject();
    if (v.Label(thing) == "Product" && subject >= 0 && v.Label(subject) == "Company") {
      sink.Add("OPERATES", subject, thing);
    }
  });
  // xAI仅用了122天就在孟菲斯建成了名为Colossus 1的集群
  ForEachZh(v, "(?:建成|建造|打造|部署)(?:了)?" + kGapZh + kE, [&](const std::smatch& m) {
    const int site = Slot(v, m[1]);
    const int builder = v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)),
                                        [&](int k) { return v.Label(k) == "Company"; });
    if (v.Label(site) == "Facility")
      sink.Add("OPERATES", builder >= 0 ? builder : v.Subject(), site);
  });
}

void Shares(const SentenceView& v, RelationSink& sink) {
  // 微软将获得重组后OpenAI约28%的股权; X将持有由此次交易促成的Y（Z）的股权
  ForEachZh(
      v, "(?:持有|获得|拥有|保留)" + std::string("((?:(?!，|。|；)[\\s\\S]){0,90}?)(?:股权|股份)"),
      [&](const std::smatch& m) {
        const int holder =
            v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)), [&](int k) { return v.IsOrg(k); });
        const int company =
            v.NearestBefore(EndOf(m, 1), Pos(m, 1), [&](int k) { return v.Label(k) == "Company"; });
        if (holder < 0 || company < 0 || holder == company) return;
        ValueMap props;
        if (const Quantity* p = v.FindQuantity(QuantityKind::kPercent, Pos(m), false);
            p != nullptr && p->end <= EndOf(m)) {
          props["percent"] = p->value;
        }
        sink.Add("HOLDS_STAKE", holder, company, props);
      });
  // OpenAI Inc控制着营利实体子公司OpenAI LP; X的子公司Y; X旗下子公司Y
  ForEachZh(v, kE + "(?:控制(?:着)?|控股|旗下|的)" + kGapZh + "子公司" + kE,
            [&](const std::smatch& m) {
              if (v.IsOrg(Slot(v, m[1]))) sink.Add("HOLDS_STAKE", Slot(v, m[1]), Slot(v, m[2]));
            });
  // Y是X的子公司
  ForEachZh(v, kE + "(?:是|为)" + kE + "(?:的)?(?:全资)?子公司", [&](const std::smatch& m) {
    if (v.IsOrg(Slot(v, m[2]))) sink.Add("HOLDS_STAKE", Slot(v, m[2]), Slot(v, m[1]));
  });
}

}  // namespace

void ExtractChineseOwnership(const SentenceView& v, RelationSink& sink) {
  Sites(v, sink);
  Possession(v, sink);
  Shares(v, sink);
}

}  // namespace stargraph::ingest
