// Chinese cue patterns for what one party says, judges or needs of another: oversight
// (REGULATES), lawsuits (SUED), attribution (REPORTED), dependence (DEPENDS_ON) and purchases
// (DEAL_WITH from the buyer). Same reading of the masked sentence as relation_rules_zh.cc.

#include "ingest/rule_support.h"

namespace stargraph::ingest {

namespace {

bool IsActor(const SentenceView& v, int k) { return v.IsOrg(k) || IsPerson(v, k); }

void Oversight(const SentenceView& v, RelationSink& sink) {
  if (!Search(v.text(), "批准|审批|调查|审查|监管|许可|反垄断")) return;
  for (size_t k = 0; k < v.size(); ++k) {
    const int agency = static_cast<int>(k);
    if (v.Label(agency) != "Agency") continue;
    auto target = [&](int o) {
      return o != agency && !IsPlace(v, o) && v.Label(o) != "Agency" && !IsPerson(v, o);
    };
    int subject = v.NearestAfter(v.SlotEnd(agency), v.masked().size(), target);
    if (subject < 0) subject = v.NearestBefore(v.SlotBegin(agency), 0, target);
    std::string what = v.Contains("批准") || v.Contains("审批") ? "approval" : "investigation";
    sink.Add("REGULATES", agency, subject, {{"what", what}});
  }
}

void Lawsuits(const SentenceView& v, RelationSink& sink) {
  // 马斯克于2024年2月起诉奥特曼; X被Y起诉
  ForEachZh(v, kE + kGapZh + "(?:起诉|控告|状告)" + kE,
            [&](const std::smatch& m) { sink.Add("SUED", Slot(v, m[1]), Slot(v, m[2])); });
  ForEachZh(v, kE + "(?:已|曾)?被" + kE + kGapZh + "(?:起诉|控告|状告)",
            [&](const std::smatch& m) { sink.Add("SUED", Slot(v, m[2]), Slot(v, m[1])); });
}

void Reports(const SentenceView& v, RelationSink& sink) {
  // 《华尔街日报》报道; 《金融时报》、路透社等多家媒体披露; 根据X的分析
  ForEachZh(v, kE + "(?:》)?(?:等" + kGapZh + ")?(?:的)?(?:报道|披露|援引|称|消息|分析|预测|指出)",
            [&](const std::smatch& m) {
              const int media = Slot(v, m[1]);
              if (v.Label(media) != "Media") return;
              int subject = v.NearestAfter(EndOf(m), v.masked().size(),
                                           [&](int k) { return v.Label(k) == "Company"; });
              if (subject < 0)
                subject = v.NearestAfter(EndOf(m), v.masked().size(), [](int) { return true; });
              sink.Add("REPORTED", media, subject);
            });
}

void Dependence(const SentenceView& v, RelationSink& sink) {
  // OpenAI的算力需要依靠英伟达和微软: the dependent stands before the cue in its clause.
  ForEachZh(v, "(?:依赖|依靠|仰赖)(?:于)?" + kE, [&](const std::smatch& m) {
    const int dependent =
        v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)), [&](int k) { return IsActor(v, k); });
    sink.Add("DEPENDS_ON", dependent, Slot(v, m[1]), {{"reason", "relies on it"}});
  });
  // 减少对OpenAI的依赖: the sentence subject depends on X.
  ForEachZh(v, "对" + kE + "的(?:高度|严重|过度)?依赖", [&](const std::smatch& m) {
    const int subject = v.Subject();
    if (IsActor(v, subject)) {
      sink.Add("DEPENDS_ON", subject, Slot(v, m[1]), {{"reason", "relies on it"}});
    }
  });
  // 依托英伟达的支持，…xAI的数据中心…: a leading clause; the dependent comes after it.
  ForEachZh(v, "(?:依托|凭借|借助)" + kE + "(?:的)?(?:支持|帮助|技术)", [&](const std::smatch& m) {
    if (v.ClauseBegin(Pos(m)) != Pos(m)) return;
    const int dependent =
        v.NearestAfter(v.ClauseEnd(EndOf(m)), v.masked().size(), [&](int k) { return v.IsOrg(k); });
    sink.Add("DEPENDS_ON", dependent, Slot(v, m[1]), {{"reason", "relies on its support"}});
  });
  // 甲骨文超过90%的订单来自OpenAI: revenue concentrated on one customer.
  ForEachZh(v, "(?:订单|收入|营收|销售额)" + kGapZh + "来自" + kE, [&](const std::smatch& m) {
    const int seller =
        v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)), [&](int k) { return v.IsOrg(k); });
    std::string reason = "revenue comes from it";
    if (const Quantity* p = v.FindQuantity(QuantityKind::kPercent, v.ClauseBegin(Pos(m)), false);
        p != nullptr && p->end <= Pos(m)) {
      reason = std::to_string(static_cast<int>(p->value)) + "% of orders or revenue from it";
    }
    sink.Add("DEPENDS_ON", seller, Slot(v, m[1]), {{"reason", reason}});
  });
}

void Purchases(const SentenceView& v, RelationSink& sink) {
  // 微软开始采购Anthropic等竞争对手的AI服务; X从Y采购电力
  auto add = [&](int buyer, int seller, size_t cue) {
    if (!v.IsOrg(buyer) || v.Label(seller) != "Company") return;
    ValueMap props;
    AddDealTerms(v, cue, &props);
    sink.Add("DEAL_WITH", buyer, seller, props);
  };
  ForEachZh(v, kE + kGapZh + "(?:采购|购买|租用|租赁|订购)" + kE,
            [&](const std::smatch& m) { add(Slot(v, m[1]), Slot(v, m[2]), Pos(m, 2)); });
  ForEachZh(v, kE + kGapZh + "从" + kE + kGapZh + "(?:采购|购买|租用|租赁|订购)",
            [&](const std::smatch& m) { add(Slot(v, m[1]), Slot(v, m[2]), Pos(m, 2)); });
}

}  // namespace

void ExtractChineseClaims(const SentenceView& v, RelationSink& sink) {
  Oversight(v, sink);
  Lawsuits(v, sink);
  Reports(v, sink);
  Dependence(v, sink);
  Purchases(v, sink);
}

}  // namespace stargraph::ingest
