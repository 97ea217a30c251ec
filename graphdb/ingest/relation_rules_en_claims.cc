// English cue patterns for what one party says, needs or owns of another: attribution
// ("according to X"), dependence ("relies on X", "gets 60% of its revenue from X"), purchases
// ("buys … from X"), lawsuits in the passive ("was sued by X") and subsidiaries. Same reading of
// the masked sentence as relation_rules_en.cc.

#include "ingest/rule_support.h"

namespace stargraph::ingest {

namespace {

void Attribution(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v, "\\baccording to (?:the )?" + kE, [&](const std::smatch& m) {
    const int media = Slot(v, m[1]);
    if (v.Label(media) != "Media") return;
    const int subject =
        v.NearestAfter(EndOf(m), v.masked().size(), [&](int k) { return v.Label(k) == "Company"; });
    sink.Add("REPORTED", media, subject >= 0 ? subject : v.Subject());
  });
}

void Dependence(const SentenceView& v, RelationSink& sink) {
  ForEachEn(
      v,
      "\\b(?:relies|rely|relied|relying|depends|depend|depended|dependent|reliant)"
      " (?:heavily |largely |mostly )?(?:on|upon) " +
          kE,
      [&](const std::smatch& m) {
        sink.Add("DEPENDS_ON", ActorBefore(v, Pos(m)), Slot(v, m[1]), {{"reason", "relies on it"}});
      });
  ForEachEn(v, kE + "'s (?:heavy )?(?:reliance|dependence) on " + kE, [&](const std::smatch& m) {
    sink.Add("DEPENDS_ON", Slot(v, m[1]), Slot(v, m[2]), {{"reason", "relies on it"}});
  });
  ForEachEn(
      v, "\\b([0-9.]+)% of (?:its|their) (?:revenue|sales|orders|backlog)" + kGapEn + "from " + kE,
      [&](const std::smatch& m) {
        sink.Add("DEPENDS_ON", ActorBefore(v, Pos(m)), Slot(v, m[2]),
                 {{"reason", m[1].str() + "% of revenue from it"}});
      });
}

void Purchases(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v,
            "\\b(?:buys|buy|bought|buying|purchases|purchase|purchased|leases|lease|leased|rents|"
            "rented)\\b" +
                kGapEn + "\\bfrom " + kE,
            [&](const std::smatch& m) {
              const int seller = Slot(v, m[1]);
              if (v.Label(seller) != "Company") return;
              ValueMap props;
              AddDealTerms(v, Pos(m), &props);
              sink.Add("DEAL_WITH", ActorBefore(v, Pos(m)), seller, props);
            });
}

void Ownership(const SentenceView& v, RelationSink& sink) {
  // X was sued by Y
  ForEachEn(v, kE + " (?:was|were|has been|had been) sued by " + kE,
            [&](const std::smatch& m) { sink.Add("SUED", Slot(v, m[2]), Slot(v, m[1])); });
  // Y, a (wholly owned) subsidiary of X; X's subsidiary Y
  ForEachEn(v, kE + ", (?:a|an|the) (?:wholly[- ]owned )?(?:subsidiary|unit|division) of " + kE,
            [&](const std::smatch& m) {
              if (v.IsOrg(Slot(v, m[2]))) sink.Add("HOLDS_STAKE", Slot(v, m[2]), Slot(v, m[1]));
            });
  ForEachEn(v, kE + "'s (?:wholly[- ]owned )?(?:subsidiary|unit) " + kE, [&](const std::smatch& m) {
    if (v.IsOrg(Slot(v, m[1]))) sink.Add("HOLDS_STAKE", Slot(v, m[1]), Slot(v, m[2]));
  });
}

}  // namespace

void ExtractEnglishClaims(const SentenceView& v, RelationSink& sink) {
  Attribution(v, sink);
  Dependence(v, sink);
  Purchases(v, sink);
  Ownership(v, sink);
}

}  // namespace stargraph::ingest
