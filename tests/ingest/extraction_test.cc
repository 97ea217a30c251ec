// Entity recognition, alias resolution and the relation cue patterns, on sentences written for
// these tests with a small hand-made dictionary.
#include <catch2/catch.hpp>

#include "ingest/relation_extractor.h"

namespace stargraph::ingest {
namespace {

EntityDictionary TestDictionary() {
  EntityDictionary d;
  d.Add({"Acme", "Company", "US chip maker", {"艾克米", "Acme Corp."}, {}, false});
  d.Add({"Globex", "Company", "US cloud provider", {"环球云"}, {}, false});
  d.Add({"Initech", "Company", "software company", {"英泰克"}, {}, false});
  d.Add({"Volt Power", "Company", "nuclear power utility", {"伏特电力"}, {}, false});
  d.Add({"Jane Roe", "Person", "", {"简·罗"}, {}, false});
  d.Add({"Ohio", "Place", "US state", {"俄亥俄州"}, {}, false});
  d.Add({"Dayton", "Place", "City", {"代顿"}, {}, false});
  d.Add({"Pear", "Company", "phone maker", {"梨子"}, {"梨子"}, false});
  d.Add({"Trade Office", "Agency", "regulator", {"贸易署"}, {}, false});
  d.Add({"Acme order concentration", "Concept", "", {"艾克米的订单来自环球云"}, {}, false});
  d.Add({"John Doe", "Person", "", {"约翰·多伊"}, {}, false});
  d.Add({"Bolt", "Product", "AI chip", {"闪电芯片"}, {}, false});
  d.Add({"Hive Campus", "Facility", "data center", {"蜂巢园区"}, {}, false});
  d.Add({"Daily Wire", "Media", "newspaper", {"每日电讯"}, {}, false});
  return d;
}

Extraction Extract(const std::string& title, const std::string& body,
                   const std::string& lang = "zh") {
  Article a;
  a.id = "t";
  a.title = title;
  a.body = body;
  a.date = "2025-05-20";
  a.language = lang;
  return ExtractArticle(a, TestDictionary());
}

bool HasRelation(const Extraction& x, const std::string& type, const std::string& from,
                 const std::string& to) {
  for (const ExtractedRelation& r : x.relations) {
    if (r.type == type && r.from == from && r.to == to) return true;
  }
  return false;
}

const ExtractedRelation* Find(const Extraction& x, const std::string& type) {
  for (const ExtractedRelation& r : x.relations) {
    if (r.type == type) return &r;
  }
  return nullptr;
}

const ExtractedEntity* Entity(const Extraction& x, const std::string& name) {
  for (const ExtractedEntity& e : x.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST_CASE("Aliases, case and width resolve to the canonical entity") {
  Extraction x = Extract("Ｇｌｏｂｅｘ上涨", "艾克米与ACME CORP.同日公布财报。");
  REQUIRE(Entity(x, "Globex") != nullptr);
  REQUIRE(Entity(x, "Acme") != nullptr);
  CHECK(Entity(x, "Acme")->mentions == 2);
}

TEST_CASE("Ambiguous forms need support") {
  CHECK(Entity(Extract("标题", "他买了梨子。"), "Pear") == nullptr);
  CHECK(Entity(Extract("标题", "客户包括梨子、艾克米等公司。"), "Pear") != nullptr);
}

TEST_CASE("Unknown names are discovered with a label guess") {
  Extraction x =
      Extract("标题", "艾克米与诺瓦能源（Nova Energy）签约，诺瓦能源CEO汤姆·李表示满意。");
  REQUIRE(Entity(x, "Nova Energy") != nullptr);
  CHECK(Entity(x, "汤姆·李") != nullptr);
  CHECK(Entity(x, "汤姆·李")->label == "Person");
  Extraction en = Extract("Title", "Acme hired Mary Poppins from Zeta Systems, its rival.", "en");
  CHECK(Entity(en, "Mary Poppins") != nullptr);
  CHECK(Entity(en, "Zeta Systems") != nullptr);
  CHECK(Entity(Extract("Title", "The AI and GPU market grew.", "en"), "AI") == nullptr);
}

TEST_CASE("Apposition records a new alias of a known entity") {
  Extraction x = Extract("标题", "英泰克（Initech Labs）发布新品。");
  const ExtractedEntity* e = Entity(x, "Initech");
  REQUIRE(e != nullptr);
  CHECK(Entity(x, "Initech Labs") == nullptr);
}

TEST_CASE("Chinese cue patterns") {
  CHECK(HasRelation(Extract("标题", "艾克米董事长兼CEO简·罗出席。"), "LEADS", "Jane Roe", "Acme"));
  CHECK(Find(Extract("标题", "艾克米董事长兼CEO简·罗出席。"), "LEADS")
            ->properties.at("role")
            .as_string() == "chairman and CEO");
  CHECK(HasRelation(Extract("标题", "总部位于俄亥俄州代顿的英泰克发布新品。"), "LOCATED_IN",
                    "Initech", "Dayton"));
  Extraction acq = Extract("标题", "艾克米于3月2日宣布以约20亿美元收购英泰克。");
  const ExtractedRelation* r = Find(acq, "ACQUIRED");
  REQUIRE(r != nullptr);
  CHECK(r->from == "Acme");
  CHECK(r->to == "Initech");
  CHECK(r->properties.at("amount").as_int() == 2000000000);
  CHECK(r->properties.at("date").as_string() == "2025-03-02");
  CHECK(HasRelation(Extract("标题", "环球云领投英泰克5亿美元的B轮融资。"), "INVESTED_IN", "Globex",
                    "Initech"));
  Extraction deal = Extract("标题", "伏特电力宣布与环球云签署一份为期15年的购电协议。");
  const ExtractedRelation* d = Find(deal, "DEAL_WITH");
  REQUIRE(d != nullptr);
  CHECK(d->from == "Globex");  // the customer buys the power
  CHECK(d->properties.at("kind").as_string() == "power");
  CHECK(d->properties.at("duration_years").as_int() == 15);
  CHECK(HasRelation(Extract("标题", "艾克米是环球云的GPU供应商。"), "SUPPLIES", "Acme", "Globex"));
  CHECK(HasRelation(Extract("标题", "环球云与英泰克展开竞争。"), "COMPETES_WITH", "Globex",
                    "Initech"));
  CHECK(HasRelation(Extract("标题", "英泰克的交易仍需获得贸易署的批准。"), "REGULATES",
                    "Trade Office", "Initech"));
}

TEST_CASE("English cue patterns, position and voice") {
  const std::string en = "en";
  CHECK(HasRelation(Extract("T", "Acme Chair and CEO Jane Roe spoke.", en), "LEADS", "Jane Roe",
                    "Acme"));
  Extraction founded =
      Extract("T", "Initech was founded in 2001 by Jane Roe, its chief executive.", en);
  const ExtractedRelation* lead = Find(founded, "LEADS");
  REQUIRE(lead != nullptr);
  CHECK(lead->to == "Initech");
  CHECK(lead->properties.at("role").as_string() == "founder and CEO");
  Extraction buy =
      Extract("T", "Globex agreed to acquire Dayton-based Initech for $3.5 billion.", en);
  CHECK(HasRelation(buy, "ACQUIRED", "Globex", "Initech"));
  CHECK(HasRelation(buy, "LOCATED_IN", "Initech", "Dayton"));
  CHECK(Find(buy, "ACQUIRED")->properties.at("amount").as_int() == 3500000000);
  CHECK(HasRelation(Extract("T", "Initech, based in Dayton, makes software.", en), "LOCATED_IN",
                    "Initech", "Dayton"));
  Extraction stake =
      Extract("T", "Acme will own 60% of Initech and Globex will keep the remaining 40%.", en);
  CHECK(HasRelation(stake, "HOLDS_STAKE", "Acme", "Initech"));
  CHECK(HasRelation(stake, "HOLDS_STAKE", "Globex", "Initech"));
  CHECK(HasRelation(Extract("T", "Globex competes with Acme and Initech.", en), "COMPETES_WITH",
                    "Globex", "Initech"));
  CHECK(HasRelation(Extract("T", "Globex invested $2 billion in Initech.", en), "INVESTED_IN",
                    "Globex", "Initech"));
}

TEST_CASE("A Concept phrase yields to the entities it names") {
  Extraction x = Extract("标题", "分析师指出艾克米的订单来自环球云。");
  CHECK(Entity(x, "Acme") != nullptr);
  CHECK(Entity(x, "Globex") != nullptr);
  CHECK(Entity(x, "Acme order concentration") == nullptr);
}

TEST_CASE("ASCII punctuation in Chinese text bounds clauses like the full-width marks") {
  for (const char* text :
       {"环球云投资了一家新公司，英泰克随后上涨。", "环球云投资了一家新公司,英泰克随后上涨。"}) {
    Extraction x = Extract("标题", text);
    CHECK(!HasRelation(x, "INVESTED_IN", "Globex", "Initech"));
  }
}

TEST_CASE("A fact about one member of a list holds for every member") {
  Extraction zh = Extract("标题", "艾克米和环球云领投英泰克的B轮融资。");
  CHECK(HasRelation(zh, "INVESTED_IN", "Acme", "Initech"));
  CHECK(HasRelation(zh, "INVESTED_IN", "Globex", "Initech"));
  Extraction en = Extract("T", "Jane Roe said Initech competes with Acme, Globex and Pear.", "en");
  CHECK(HasRelation(en, "COMPETES_WITH", "Initech", "Acme"));
  CHECK(HasRelation(en, "COMPETES_WITH", "Initech", "Globex"));
  // "Dayton, Ohio" is a place inside a place: only the most specific one is kept.
  Extraction place = Extract("T", "Initech, based in Dayton, Ohio, makes software.", "en");
  CHECK(HasRelation(place, "LOCATED_IN", "Initech", "Dayton"));
  CHECK(!HasRelation(place, "LOCATED_IN", "Initech", "Ohio"));
}

TEST_CASE("Chinese cue patterns for dependence, purchases, lawsuits and reports") {
  CHECK(HasRelation(Extract("标题", "英泰克的业务需要依靠艾克米和环球云。"), "DEPENDS_ON",
                    "Initech", "Globex"));
  CHECK(HasRelation(Extract("标题", "环球云试图减少对艾克米的依赖。"), "DEPENDS_ON", "Globex",
                    "Acme"));
  CHECK(HasRelation(Extract("标题", "依托艾克米的支持，环球云扩张迅速。"), "DEPENDS_ON", "Globex",
                    "Acme"));
  CHECK(HasRelation(Extract("标题", "英泰克超过70%的收入来自环球云。"), "DEPENDS_ON", "Initech",
                    "Globex"));
  CHECK(
      HasRelation(Extract("标题", "环球云开始采购艾克米的芯片。"), "DEAL_WITH", "Globex", "Acme"));
  CHECK(HasRelation(Extract("标题", "约翰·多伊于2024年5月起诉简·罗。"), "SUED", "John Doe",
                    "Jane Roe"));
  CHECK(HasRelation(Extract("标题", "简·罗被约翰·多伊正式起诉。"), "SUED", "John Doe", "Jane Roe"));
  CHECK(HasRelation(Extract("标题", "据《每日电讯》等媒体披露，艾克米将裁员。"), "REPORTED",
                    "Daily Wire", "Acme"));
}

TEST_CASE("Chinese cue patterns for sites, possession and shares") {
  CHECK(HasRelation(Extract("标题", "艾克米将在俄亥俄州、代顿等地建设蜂巢园区。"), "LOCATED_IN",
                    "Hive Campus", "Dayton"));
  Extraction run = Extract("标题", "蜂巢园区已在俄亥俄州代顿投入运营。");
  CHECK(HasRelation(run, "LOCATED_IN", "Hive Campus", "Dayton"));
  CHECK(!HasRelation(run, "LOCATED_IN", "Hive Campus", "Ohio"));  // the most specific place
  CHECK(HasRelation(Extract("标题", "艾克米宣布，蜂巢园区也将落户代顿。"), "LOCATED_IN",
                    "Hive Campus", "Dayton"));
  CHECK(HasRelation(Extract("标题", "艾克米的闪电芯片供不应求。"), "OPERATES", "Acme", "Bolt"));
  CHECK(HasRelation(Extract("标题", "环球云仅用一年就建成了蜂巢园区。"), "OPERATES", "Globex",
                    "Hive Campus"));
  Extraction stake = Extract("标题", "环球云将获得英泰克约30%的股权。");
  const ExtractedRelation* s = Find(stake, "HOLDS_STAKE");
  REQUIRE(s != nullptr);
  CHECK(s->from == "Globex");
  CHECK(s->properties.at("percent").as_number() == Approx(30));
  CHECK(
      HasRelation(Extract("标题", "艾克米控制着子公司英泰克。"), "HOLDS_STAKE", "Acme", "Initech"));
  CHECK(HasRelation(Extract("标题", "英泰克是艾克米的全资子公司。"), "HOLDS_STAKE", "Acme",
                    "Initech"));
}

TEST_CASE("Chinese cue patterns: agreements, descriptors, rivals, commitments, titles") {
  Extraction deal = Extract("标题", "环球云与艾克米价值约10亿美元的芯片合作协议已生效。");
  CHECK(HasRelation(deal, "DEAL_WITH", "Globex", "Acme"));  // Acme makes the chips
  CHECK(!HasRelation(deal, "PARTNERS_WITH", "Globex", "Acme"));
  Extraction nested = Extract("标题", "环球云与俄亥俄州软件初创公司英泰克合作。");
  CHECK(HasRelation(nested, "PARTNERS_WITH", "Globex", "Initech"));
  CHECK(HasRelation(nested, "LOCATED_IN", "Initech", "Ohio"));
  CHECK(HasRelation(Extract("标题", "环球云的算力将超过艾克米和英泰克。"), "COMPETES_WITH",
                    "Globex", "Initech"));
  Extraction pledge = Extract("标题", "艾克米和环球云承诺在俄亥俄州建设新数据中心。");
  CHECK(HasRelation(pledge, "INVESTED_IN", "Acme", "Ohio"));
  CHECK(HasRelation(pledge, "INVESTED_IN", "Globex", "Ohio"));
  CHECK(HasRelation(Extract("标题", "会上，艾克米 CEO简·罗发言。"), "LEADS", "Jane Roe", "Acme"));
  Extraction adverb = Extract("标题", "环球云则加速与艾克米、英泰克等建立合作关系。");
  CHECK(HasRelation(adverb, "PARTNERS_WITH", "Globex", "Acme"));
  CHECK(HasRelation(adverb, "PARTNERS_WITH", "Globex", "Initech"));
  CHECK(HasRelation(Extract("标题", "英泰克上市后，其中环球云是其最大客户。"), "SUPPLIES",
                    "Initech", "Globex"));
}

TEST_CASE("English cue patterns for attribution, dependence, purchases and ownership") {
  const std::string en = "en";
  CHECK(HasRelation(Extract("T", "According to the Daily Wire, Acme will cut jobs.", en),
                    "REPORTED", "Daily Wire", "Acme"));
  CHECK(HasRelation(Extract("T", "Initech relies heavily on Globex for compute.", en), "DEPENDS_ON",
                    "Initech", "Globex"));
  CHECK(HasRelation(Extract("T", "Analysts flagged Initech's reliance on Acme.", en), "DEPENDS_ON",
                    "Initech", "Acme"));
  CHECK(HasRelation(Extract("T", "Initech gets 62% of its revenue from Globex.", en), "DEPENDS_ON",
                    "Initech", "Globex"));
  CHECK(HasRelation(Extract("T", "Globex bought $2 billion of chips from Acme.", en), "DEAL_WITH",
                    "Globex", "Acme"));
  CHECK(HasRelation(Extract("T", "Initech was sued by Jane Roe in May.", en), "SUED", "Jane Roe",
                    "Initech"));
  CHECK(HasRelation(Extract("T", "Initech, a wholly owned subsidiary of Acme, grew.", en),
                    "HOLDS_STAKE", "Acme", "Initech"));
}

}  // namespace
}  // namespace stargraph::ingest
