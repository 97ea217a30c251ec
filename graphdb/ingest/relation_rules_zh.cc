// Cue patterns for Chinese sentences. Each rule reads the masked sentence (mentions replaced by
// slots, see relation_context.h); subjects and objects come from position (who stands before the
// cue, who after) and voice (被).

#include "ingest/rule_support.h"

namespace stargraph::ingest {

namespace {

const std::string kTitle =
    "(?:联合创始人|创始人|董事长|执行副总裁|副总裁|总裁|首席执行官|首席财务官|首席技术官|CEO|CFO|"
    "CTO|COO|总统|总理|主席|州长|市长|部长)";
const std::string kSep = "(?:、|，|和|及|与|以及)";

// All slots inside a matched list ("软银、OpenAI、甲骨文和MGX").
std::vector<int> ListSlots(const SentenceView& v, size_t begin, size_t end) {
  return v.MentionsIn(begin, end);
}

void Leads(const SentenceView& v, RelationSink& sink) {
  // 软银集团董事长兼CEO孙正义, 美国总统特朗普
  ForEachZh(v, kE + "(?:的)? ?(" + kTitle + "(?:兼" + kTitle + ")*) ?" + kE,
            [&](const std::smatch& m) {
              const int org = Slot(v, m[1]);
              const int person = Slot(v, m[3]);
              if (!IsPerson(v, person) || IsPerson(v, org)) return;
              if (IsPlace(v, org) && m[2].str().find("总统") == std::string::npos &&
                  m[2].str().find("总理") == std::string::npos) {
                return;
              }
              sink.Add("LEADS", person, org, {{"role", NormalizeRole(m[2])}});
            });
  // 孙正义将出任星际之门董事长
  ForEachZh(v, kE + "(?:将|已|曾)?(?:出任|担任|任|成为)" + kE + "(?:的)?(" + kTitle + ")",
            [&](const std::smatch& m) {
              const int person = Slot(v, m[1]);
              if (IsPerson(v, person)) {
                sink.Add("LEADS", person, Slot(v, m[2]), {{"role", NormalizeRole(m[3])}});
              }
            });
}

void Located(const SentenceView& v, RelationSink& sink) {
  // 总部位于加州阿拉米达的Kairos Power; 位于宾夕法尼亚州的三里岛核电站
  ForEachZh(v, "位于((?:" + kE + "(?:市|县|省)?)+)的" + kE, [&](const std::smatch& m) {
    const std::vector<int> places = ListSlots(v, Pos(m, 1), EndOf(m, 1));
    const int target = Slot(v, m[m.size() - 1]);
    if (!places.empty() && IsPlace(v, places.back())) sink.Add("LOCATED_IN", target, places.back());
  });
  // 阿比林数据中心位于得克萨斯州阿比林市
  ForEachZh(v, kE + "(?:的总部|总部)?(?:位于|坐落于|设在)((?:" + kE + "(?:市|县|省)?)+)",
            [&](const std::smatch& m) {
              const std::vector<int> places = ListSlots(v, Pos(m, 2), EndOf(m, 2));
              if (!places.empty() && IsPlace(v, places.back()) && !IsPlace(v, Slot(v, m[1]))) {
                sink.Add("LOCATED_IN", Slot(v, m[1]), places.back());
              }
            });
  // 华盛顿州公用事业联合体Energy Northwest, 阿布扎比投资机构MGX: place + short descriptor + org
  for (size_t k = 0; k + 1 < v.size(); ++k) {
    const int place = static_cast<int>(k);
    const int org = place + 1;
    if (!IsPlace(v, place) || v.Label(org) != "Company") continue;
    const std::string between =
        v.masked().substr(v.SlotEnd(place), v.SlotBegin(org) - v.SlotEnd(place));
    if (between.empty() || between.size() > 36 || between.size() < 6) continue;
    if (Search(between, "的|和|与|、|，|在|是|将|向|对|从|" + kTitle)) continue;
    bool words = true;  // Han characters and Latin words ("AI"), no punctuation
    for (unsigned char c : between) words = words && (c >= 0x80 || std::isalnum(c));
    if (words) sink.Add("LOCATED_IN", org, place);
  }
}

void Operates(const SentenceView& v, RelationSink& sink) {
  // X-energy研发的Xe-100; 道明尼旗下位于弗吉尼亚州的北安娜核电站
  ForEachZh(v, kE + "(?:研发|开发|推出|设计|生产|运营|旗下)", [&](const std::smatch& m) {
    const int owner = Slot(v, m[1]);
    if (!v.IsOrg(owner)) return;
    const int thing = v.NearestAfter(EndOf(m), v.ClauseEnd(EndOf(m)), [&](int k) {
      const std::string& l = v.Label(k);
      return l == "Product" || l == "Facility" || l == "Project";
    });
    sink.Add("OPERATES", owner, thing);
  });
  // 将重启位于…的三里岛核电站1号机组 / 运营数据中心: the sentence subject operates the facility
  ForEachZh(v, "(?:重启|运营|运行|经营|管理|建设|兴建)", [&](const std::smatch& m) {
    const int facility = v.NearestAfter(EndOf(m), v.ClauseEnd(EndOf(m)),
                                        [&](int k) { return v.Label(k) == "Facility"; });
    const int subject = v.Subject();
    if (facility >= 0 && subject >= 0 && v.IsOrg(subject)) sink.Add("OPERATES", subject, facility);
  });
  // OpenAI负责运营: the project or facility of the sentence
  ForEachZh(v, kE + "(?:负责运营|负责运行|负责管理)", [&](const std::smatch& m) {
    const int op = Slot(v, m[1]);
    const int thing = v.NearestBefore(
        Pos(m), 0, [&](int k) { return v.Label(k) == "Project" || v.Label(k) == "Facility"; });
    sink.Add("OPERATES", op, thing);
  });
  // 首个站点阿比林数据中心 / 其凤凰城工厂: the sentence subject's (其: the nearest org's) site
  for (size_t k = 0; k < v.size(); ++k) {
    const int f = static_cast<int>(k);
    if (v.Label(f) != "Facility") continue;
    const size_t at = v.SlotBegin(f);
    const std::string before = v.masked().substr(at >= 6 ? at - 6 : 0, at >= 6 ? 6 : at);
    if (before.find("站点") != std::string::npos) sink.Add("OPERATES", v.Subject(), f);
    if (before.size() >= 3 && before.compare(before.size() - 3, 3, "其") == 0) {
      sink.Add("OPERATES", v.NearestBefore(at, 0, [&](int o) { return v.Label(o) == "Company"; }),
               f);
    }
  }
}

// The investee of an investment cue at `end` of the clause: the next org in the clause, else
// the place of a 在X in the sentence.
int Investee(const SentenceView& v, size_t end) {
  const int next = v.NearestAfter(end, v.ClauseEnd(end), [&](int k) {
    return v.IsOrg(k) || v.Label(k) == "Facility" || v.Label(k) == "Product";
  });
  if (next >= 0) return next;
  // 在美国追加投资: the place nearest before the cue, else the first one after it.
  int before = -1;
  int after = -1;
  ForEachZh(v, "在" + kE, [&](const std::smatch& m) {
    const int place = v.SlotIndex(m[1]);
    if (!IsPlace(v, place)) return;
    if (Pos(m) < end) {
      before = place;
    } else if (after < 0) {
      after = place;
    }
  });
  if (before >= 0) return before;
  if (after >= 0) return after;
  return -1;
}

int InvestorBefore(const SentenceView& v, size_t at) {
  const int k =
      v.NearestBefore(at, v.ClauseBegin(at), [&](int c) { return v.IsOrg(c) || IsPerson(v, c); });
  return k >= 0 ? k : v.Subject();
}

void Invests(const SentenceView& v, RelationSink& sink, int* last_investee) {
  ForEachZh(v, "(领投|投资|注资|入股|参投|认购)", [&](const std::smatch& m) {
    // 投资方, 投资机构, 投资额: the word names an investor or an amount, not the act.
    if (Search(v.masked().substr(EndOf(m)), "^(?:方|者|人|机构|公司|基金|银行|额|集团)")) return;
    const int investor = InvestorBefore(v, Pos(m));
    int investee = Investee(v, EndOf(m));
    if (investee < 0 && m[1].str() == "认购") {
      investee = v.NearestAfter(0, v.masked().size(),
                                [&](int k) { return k != investor && v.Label(k) == "Company"; });
    }
    if (investor < 0 || investee < 0 || investor == investee) return;
    ValueMap props;
    AddMoney(v, EndOf(m), "amount", &props);
    AddDate(v, Pos(m), &props);
    std::smatch round;
    const std::string tail = v.masked().substr(EndOf(m));
    if (Search(tail, &round, "([A-Z][0-9A-Z+-]*)轮")) {
      props["round"] = "Series " + round[1].str();
    }
    sink.Add("INVESTED_IN", investor, investee, props);
    *last_investee = investee;
  });
  // 谷歌和微软承诺在英国建设新数据中心: capital committed to building in a place
  ForEachZh(v, kE + "(?:承诺|计划)(?:将)?在" + kE + "(?:建设|兴建|建造|投资)",
            [&](const std::smatch& m) {
              if (v.IsOrg(Slot(v, m[1])) && IsPlace(v, Slot(v, m[2]))) {
                sink.Add("INVESTED_IN", Slot(v, m[1]), Slot(v, m[2]));
              }
            });
  // Citadel创始人肯·格里芬、Ares Management等也参与了本轮投资
  ForEachZh(
      v,
      "((?:" + kE + kSep + "?)+)(?:等)?(?:也|亦)?参与(?:了)?(?:本轮|此轮|该轮|这轮)?(?:投资|融资)",
      [&](const std::smatch& m) {
        if (*last_investee < 0) return;
        std::vector<int> list = ListSlots(v, Pos(m, 1), EndOf(m, 1));
        for (size_t i = 0; i < list.size(); ++i) {
          // "Citadel创始人肯·格里芬": the person is the investor, the org only describes him.
          if (i + 1 < list.size() && IsPerson(v, list[i + 1]) && !IsPerson(v, list[i])) continue;
          ValueMap props;
          std::smatch round;
          if (Search(v.masked(), &round, "([A-Z][0-9A-Z+-]*)轮")) {
            props["round"] = "Series " + round[1].str();
          }
          sink.Add("INVESTED_IN", list[i], *last_investee, props);
        }
      });
  // 星际之门的首批股权出资方为软银、OpenAI、甲骨文和MGX
  ForEachZh(
      v,
      kE + "的(?:(?:(?!，|。)[\\s\\S]){0,36}?)(?:出资方|投资方|投资者|投资人)(?:为|是|包括)((?:" +
          kE + kSep + "?)+)",
      [&](const std::smatch& m) {
        const int target = Slot(v, m[1]);
        for (int investor : ListSlots(v, Pos(m, 2), EndOf(m, 2))) {
          if (!IsPlace(v, investor)) sink.Add("INVESTED_IN", investor, target);
        }
      });
}

void Stakes(const SentenceView& v, RelationSink& sink) {
  ForEachZh(
      v, kE + "(?:既|也|还|同时)?是(" + kE + "|其)(?:的)?(?:(?:(?!，|。)[\\s\\S]){0,27}?)股东",
      [&](const std::smatch& m) {
        const int holder = Slot(v, m[1]);
        int company = Slot(v, m[3]);
        if (company < 0)
          company = v.NearestBefore(Pos(m, 2), 0, [&](int k) { return k != holder && v.IsOrg(k); });
        sink.Add("HOLDS_STAKE", holder, company);
      });
  ForEachZh(v, "(?:也|还|并)是其股东", [&](const std::smatch& m) {
    const int holder = v.Subject();
    const int company =
        v.NearestBefore(Pos(m), 0, [&](int k) { return k != holder && v.IsOrg(k); });
    sink.Add("HOLDS_STAKE", holder, company);
  });
  ForEachZh(v, kE + "(?:持有|持股)" + kE, [&](const std::smatch& m) {
    ValueMap props;
    if (const Quantity* p = v.FindQuantity(QuantityKind::kPercent, EndOf(m), false)) {
      props["percent"] = p->value;
    }
    sink.Add("HOLDS_STAKE", Slot(v, m[1]), Slot(v, m[2]), props);
  });
}

void Supplies(const SentenceView& v, RelationSink& sink) {
  // 英伟达既是CoreWeave的GPU供应商
  ForEachZh(v,
            kE + "(?:既|也|还)?(?:是|为|成为)(" + kE +
                "|其)(?:的)?(?:(?:(?!，|。)[\\s\\S]){0,36}?)(?:供应商|提供商|供货商)",
            [&](const std::smatch& m) {
              const int supplier = Slot(v, m[1]);
              int customer = Slot(v, m[3]);
              if (customer < 0)
                customer = v.NearestBefore(Pos(m, 2), 0, [&](int k) { return k != supplier; });
              sink.Add("SUPPLIES", supplier, customer, {{"what", SuppliedWhat(v, supplier)}});
            });
  // 新增产能将服务苹果、英伟达、AMD、博通和高通等客户
  ForEachZh(v, "(?:服务|供货给|供应|供货|交付给)((?:" + kE + kSep + "?)+)(?:等)?(?:客户|公司)?",
            [&](const std::smatch& m) {
              const int supplier = v.Subject();
              for (int customer : ListSlots(v, Pos(m, 1), EndOf(m, 1))) {
                if (!IsPlace(v, customer)) {
                  sink.Add("SUPPLIES", supplier, customer, {{"what", SuppliedWhat(v, supplier)}});
                }
              }
            });
  // 为OpenAI在美国建设新的AI基础设施
  ForEachZh(
      v,
      "为" + kE +
          "(?:(?:(?!，|。)[\\s\\S]){0,54}?)(?:建设|提供|打造)(?:(?:(?!，|。)[\\s\\S]){0,54}?)(?"
          ":基础设施|算力|云|数据中心|芯片|电力)",
      [&](const std::smatch& m) {
        const int customer = Slot(v, m[1]);
        const int supplier = InvestorBefore(v, Pos(m));
        sink.Add("SUPPLIES", supplier, customer, {{"what", SuppliedWhat(v, supplier)}});
      });
  // X是Y的（主要|最大）客户
  ForEachZh(
      v, kE + "(?:也|还)?是(" + kE + "|其)(?:的)?(最大|主要)?(?:(?:(?!，|。)[\\s\\S]){0,27}?)客户",
      [&](const std::smatch& m) {
        const int customer = Slot(v, m[1]);
        int provider = Slot(v, m[3]);
        if (provider < 0) provider = v.Subject() != customer ? v.Subject() : -1;
        if (v.Contains("合同") || v.Contains("协议") || v.Contains("合约")) {
          ValueMap props;
          AddDealTerms(v, 0, &props);
          sink.Add("DEAL_WITH", customer, provider, props);
          return;
        }
        sink.Add("SUPPLIES", provider, customer);
        if (m[4].matched && m[4].str() == "最大") {
          std::string reason = "largest customer";
          if (const Quantity* p = v.FindQuantity(QuantityKind::kPercent, EndOf(m), false)) {
            reason += "; " + std::to_string(static_cast<int>(p->value)) + "% of revenue";
          }
          sink.Add("DEPENDS_ON", provider, customer, {{"reason", reason}});
        }
      });
}

void Acquires(const SentenceView& v, RelationSink& sink) {
  ForEachZh(v, "(收购|并购|买下|吞并)", [&](const std::smatch& m) {
    const size_t at = Pos(m);
    int buyer = -1;
    int target = -1;
    if (v.masked().compare(EndOf(m), 6, "后者") == 0) {
      target = v.NearestBefore(at, 0, [&](int k) { return v.Label(k) == "Company"; });
    } else {
      target = v.NearestAfter(EndOf(m), v.ClauseEnd(EndOf(m)),
                              [&](int k) { return v.Label(k) == "Company"; });
    }
    const bool nominal = at >= 3 && v.masked().compare(at - 3, 3, "的") == 0;
    if (target < 0 && nominal) {
      buyer =
          v.NearestBefore(at, v.ClauseBegin(at), [&](int k) { return v.Label(k) == "Company"; });
      target = v.Subject();
    } else {
      buyer = v.NearestBefore(at, v.ClauseBegin(at),
                              [&](int k) { return v.Label(k) == "Company" && k != target; });
      if (buyer < 0) buyer = v.Subject();
    }
    if (buyer == target) return;
    ValueMap props;
    AddMoney(v, 0, "amount", &props);
    AddDate(v, at, &props);
    sink.Add("ACQUIRED", buyer, target, props);
  });
}

void Deals(const SentenceView& v, RelationSink& sink) {
  // A与B签署…协议 / A与B的目标 / A与B合作
  ForEachZh(
      v,
      kE + "((?:(?!，|。|\\x01)[\\s\\S]){0,12}?)(?:与|和|同)((?:(?:(?!，|。)[\\s\\S]){0,90}?))" +
          kE +
          "((?:(?:(?!。)[\\s\\S]){0,120}?)(?:签署|签订|达成|签约|签有|敲定|合作|联手|共同|的目标))",
      [&](const std::smatch& m) {
        int a = Slot(v, m[1]);
        int b = Slot(v, m[4]);
        // 与英国AI基础设施初创公司Nscale: a place that only describes the party after it
        if (IsPlace(v, b)) {
          b = v.NearestAfter(v.SlotEnd(b), EndOf(m, 5), [&](int k) { return v.IsOrg(k); });
        }
        if (b < 0 || IsPlace(v, a) || IsPerson(v, a) || IsPerson(v, b)) return;
        if (sink.Has("ACQUIRED", a, b) || sink.Has("ACQUIRED", b, a)) return;
        const std::string cue = m[5];
        // 合作协议 is an agreement (a deal); 合作研发 is a partnership.
        const bool agreement = Search(v.masked().substr(EndOf(m, 5)), "^(?:协议|合同|合约|订单)");
        if (!agreement &&
            (cue.find("合作") != std::string::npos || cue.find("联手") != std::string::npos ||
             cue.find("共同") != std::string::npos || cue.find("的目标") != std::string::npos)) {
          sink.Add("PARTNERS_WITH", a, b);
          return;
        }
        ValueMap props;
        AddDealTerms(v, Pos(m, 5), &props);
        const std::string kind = props.count("kind") ? props["kind"].as_string() : "";
        const bool a_provides = LooksLikeProvider(v, a, kind);
        const bool b_provides = LooksLikeProvider(v, b, kind);
        if (a_provides && !b_provides) {
          sink.Add("DEAL_WITH", b, a, props);
        } else {
          sink.Add("DEAL_WITH", a, b, props);
        }
      });
  // 美国商务部…向台积电提供66亿美元直接补贴
  ForEachZh(
      v,
      kE + "(?:(?:(?!，|。)[\\s\\S]){0,90}?)向" + kE +
          "(?:提供|发放|拨付)(?:(?:(?!，|。)[\\s\\S]){0,60}?)(?:补贴|贷款|资金|融资|拨款|投资)",
      [&](const std::smatch& m) {
        ValueMap props{{"kind", "funding"}};
        AddMoney(v, Pos(m, 2), "value", &props);
        AddDate(v, Pos(m), &props);
        sink.Add("DEAL_WITH", Slot(v, m[2]), Slot(v, m[1]), props);
      });
}

void Partners(const SentenceView& v, RelationSink& sink) {
  // Arm、微软和英伟达也被列为星际之门的首批关键技术合作伙伴
  ForEachZh(v,
            "((?:" + kE + kSep + "?)+)(?:也|还|均|都)?(?:被列为|是|成为|为)" + kE +
                "的(?:(?:(?!，|。)[\\s\\S]){0,36}?)(?:合作伙伴|合作方|伙伴)",
            [&](const std::smatch& m) {
              const int target = Slot(v, m[m.size() - 1]);
              for (int k : ListSlots(v, Pos(m, 1), EndOf(m, 1))) {
                if (!IsPlace(v, k)) sink.Add("PARTNERS_WITH", k, target);
              }
            });
  ForEachZh(v, kE + "(?:与|和|同)" + kE + "(?:展开|进行|开展)?(?:竞争|争夺|抗衡|角逐)",
            [&](const std::smatch& m) { sink.Add("COMPETES_WITH", Slot(v, m[1]), Slot(v, m[2])); });
  ForEachZh(v, kE + "的(?:主要)?(?:竞争对手|对手)" + kE,
            [&](const std::smatch& m) { sink.Add("COMPETES_WITH", Slot(v, m[1]), Slot(v, m[2])); });
  // xAI的数据中心总容量将超过Meta和Anthropic: outdoing a rival
  ForEachZh(v, "(?:将|已)?(?:超过|超越|赶超|击败)" + kE, [&](const std::smatch& m) {
    const int rival = Slot(v, m[1]);
    const int subject = v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)),
                                        [&](int k) { return v.Label(k) == "Company"; });
    if (v.Label(rival) == "Company") sink.Add("COMPETES_WITH", subject, rival);
  });
}

}  // namespace

void ExtractChineseRelations(const SentenceView& v, RelationSink& sink) {
  int last_investee = -1;
  Leads(v, sink);
  Located(v, sink);
  Operates(v, sink);
  Acquires(v, sink);
  Invests(v, sink, &last_investee);
  Stakes(v, sink);
  Supplies(v, sink);
  Deals(v, sink);
  Partners(v, sink);
  ExtractChineseClaims(v, sink);
  ExtractChineseOwnership(v, sink);
}

}  // namespace stargraph::ingest
