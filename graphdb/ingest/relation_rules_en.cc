// Cue patterns for English sentences, over the masked sentence of relation_context.h. Subjects
// come from position and voice ("was founded by X"); "its" refers to the sentence subject.

#include "ingest/rule_support.h"

namespace stargraph::ingest {

namespace {

const std::string kTitle =
    "(?:(?:co-)?founder|chief executive(?: officer)?|chief financial officer|chief technology "
    "officer|chief operating officer|CEO|CFO|CTO|COO|chair(?:man|woman)?|(?:executive |senior )?"
    "vice president|president|prime minister|secretary|governor)";
const std::string kList = "((?:" + kE + "(?:'s)?(?:, and |, | and | & )?)+)";

bool IsCompany(const SentenceView& v, int k) { return k >= 0 && v.Label(k) == "Company"; }

void Leads(const SentenceView& v, RelationSink& sink) {
  // AMD Chair and CEO Lisa Su; ZT chief executive Frank Zhang
  ForEachEn(v, kE + "(?:'s)? (" + kTitle + "(?:(?:,| and|,? and) " + kTitle + ")*) " + kE,
            [&](const std::smatch& m) {
              const int org = Slot(v, m[1]);
              const int person = Slot(v, m[3]);
              if (!IsPerson(v, person) || IsPerson(v, org)) return;
              if (IsPlace(v, org) && NormalizeRole(m[2]).find("president") == std::string::npos)
                return;
              sink.Add("LEADS", person, org, {{"role", NormalizeRole(m[2])}});
            });
  // Forrest Norrod, executive vice president at AMD; Omri Geller, its chief executive
  const bool founded = Search(v.masked(), "\\bfounded\\b");
  ForEachEn(v,
            kE + ", (?:the |its |an? )?(" + kTitle + "(?: and " + kTitle + ")*)(?: (?:at|of) " +
                kE + ")?",
            [&](const std::smatch& m) {
              const int person = Slot(v, m[1]);
              if (!IsPerson(v, person)) return;
              const int org = m[3].matched ? Slot(v, m[3]) : v.Subject();
              std::string role = NormalizeRole(m[2]);
              if (founded && role.find("founder") == std::string::npos)
                role = "founder and " + role;
              sink.Add("LEADS", person, org, {{"role", role}});
            });
  // X was founded (in 2018) by A and B
  ForEachEn(v, kE + " (?:was|were) (?:co-)?founded" + kGapEn + " by ", [&](const std::smatch& m) {
    const int org = Slot(v, m[1]);
    for (int k : v.MentionsIn(EndOf(m), v.masked().size())) {
      if (IsPerson(v, k) && !sink.Has("LEADS", k, org)) {
        sink.Add("LEADS", k, org, {{"role", "founder"}});
      }
    }
  });
}

void Located(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v, kE + ", (?:which is |is )?(?:based|headquartered|located) in " + kE,
            [&](const std::smatch& m) {
              if (IsPlace(v, Slot(v, m[2]))) sink.Add("LOCATED_IN", Slot(v, m[1]), Slot(v, m[2]));
            });
  ForEachEn(v, kE + "-based " + kE, [&](const std::smatch& m) {
    if (IsPlace(v, Slot(v, m[1]))) sink.Add("LOCATED_IN", Slot(v, m[2]), Slot(v, m[1]));
  });
  ForEachEn(v,
            kE + ", (?:its |a |an |the )?" + kGapEn +
                "(?:campus|site|center|centre|plant|facility|cluster|fab|factory) (?:in|near|at) " +
                kE,
            [&](const std::smatch& m) {
              const int f = Slot(v, m[1]);
              if (IsPlace(v, Slot(v, m[2])) && !IsPlace(v, f))
                sink.Add("LOCATED_IN", f, Slot(v, m[2]));
            });
}

void Operates(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v, kE + "'s " + kE, [&](const std::smatch& m) {
    const int owner = Slot(v, m[1]);
    const int thing = Slot(v, m[2]);
    const std::string& l = v.Label(thing);
    if (v.IsOrg(owner) && (l == "Product" || l == "Facility")) sink.Add("OPERATES", owner, thing);
  });
  ForEachEn(v, kE + ", whose " + kE, [&](const std::smatch& m) {
    const int thing = Slot(v, m[2]);
    if (v.Label(thing) == "Product" || v.Label(thing) == "Facility")
      sink.Add("OPERATES", Slot(v, m[1]), thing);
  });
  ForEachEn(v,
            "\\b(?:develop|own|operate|operates|run|runs|build|builds|management services "
            "for|manage|manages|restart)\\b" +
                kGapEn + kE,
            [&](const std::smatch& m) {
              const int f = Slot(v, m[1]);
              if (v.Label(f) != "Facility" && v.Label(f) != "Project") return;
              sink.Add("OPERATES", ActorBefore(v, Pos(m)), f);
            });
}

void Acquires(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v,
            "\\b(acquire|acquired|acquires|acquiring|buy|buys|bought|purchase of|acquisition "
            "of|takeover of)\\b",
            [&](const std::smatch& m) {
              const int target = v.NearestAfter(EndOf(m), v.ClauseEnd(EndOf(m)),
                                                [&](int k) { return IsCompany(v, k); });
              if (target < 0) return;
              int buyer = v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)),
                                          [&](int k) { return IsCompany(v, k) && k != target; });
              if (buyer < 0) buyer = v.Subject();
              if (buyer == target) return;
              ValueMap props;
              AddMoney(v, Pos(m), "amount", &props);
              AddDate(v, Pos(m), &props);
              sink.Add("ACQUIRED", buyer, target, props);
            });
}

void Competes(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v,
            "\\b(?:compete|competes|competing|rival|rivals|close the gap) (?:directly |head-on "
            ")?(?:with |against )?" +
                kList,
            [&](const std::smatch& m) {
              const int a = v.NearestBefore(Pos(m), v.ClauseBegin(Pos(m)), [&](int k) {
                return !IsPlace(v, k) && !IsPerson(v, k);
              });
              const int subject = a >= 0 ? a : v.Subject();
              for (int k : v.MentionsIn(Pos(m, 1), EndOf(m, 1))) {
                // "AMD's Instinct MI300X": the product competes, not its maker
                if (v.masked().compare(v.SlotEnd(k), 2, "'s") == 0) continue;
                if (!IsPlace(v, k)) sink.Add("COMPETES_WITH", subject, k);
              }
            });
}

void Money(const SentenceView& v, RelationSink& sink) {
  // Blue Owl's funds will own 80% of the Hyperion joint venture and Meta will keep the remaining
  // 20%
  int last_target = -1;
  ForEachEn(
      v,
      "\\b(?:own|owns|hold|holds|keep|keeps|retain|retains|take|takes)\\b(?: the remaining| a| "
      "an)? ([0-9.]+)%(?: stake)?(?: (?:of|in) (?:the )?" +
          kE + ")?",
      [&](const std::smatch& m) {
        const int holder =
            v.NearestBefore(Pos(m), 0, [&](int k) { return v.IsOrg(k) || IsPerson(v, k); });
        const int target = m[2].matched ? Slot(v, m[2]) : last_target;
        if (target >= 0) last_target = target;
        sink.Add("HOLDS_STAKE", holder, target, {{"percent", std::stod(m[1])}});
      });
  ForEachEn(
      v,
      "\\b(?:invest|invests|invested|investing|contributed|contributes|injected|committed)\\b" +
          kGapEn + "\\b(?:in|into|to)\\b(?: the)? " + kE,
      [&](const std::smatch& m) {
        ValueMap props;
        AddMoney(v, Pos(m), "amount", &props);
        AddDate(v, Pos(m), &props);
        sink.Add("INVESTED_IN", ActorBefore(v, Pos(m)), Slot(v, m[1]), props);
      });
  // Part of X's share will be funded with debt sold to PIMCO
  ForEachEn(
      v,
      "\\b(?:funded|financed|financing|loan|loans|debt)\\b" + kGapEn + "\\b(?:to|by|from)\\b " + kE,
      [&](const std::smatch& m) {
        const int lender = Slot(v, m[1]);
        if (!IsCompany(v, lender)) return;
        sink.Add("DEAL_WITH", ActorBefore(v, Pos(m)), lender, {{"kind", "funding"}});
      });
}

void Deals(const SentenceView& v, RelationSink& sink) {
  // formed a joint venture with funds managed by Blue Owl Capital ... in a financing deal
  ForEachEn(
      v,
      "\\b(joint venture|partnership|agreement|deal|contract|pact|alliance)\\b with" + kGapEn + kE,
      [&](const std::smatch& m) {
        const int a = ActorBefore(v, Pos(m));
        const int b = Slot(v, m[2]);
        if (a < 0 || IsPlace(v, b) || IsPerson(v, b)) return;
        if (sink.Has("ACQUIRED", a, b) || sink.Has("ACQUIRED", b, a)) return;
        const std::string cue = m[1];
        const bool partnership = Search(cue, "joint|partnership|alliance", std::regex::icase);
        if (partnership) sink.Add("PARTNERS_WITH", a, b);
        const bool deal = Search(v.masked(), "\\b(?:deal|agreement|contract|financing)\\b");
        if (!deal) return;
        ValueMap props;
        AddDealTerms(v, Pos(m), &props);
        const std::string kind = props.count("kind") ? props["kind"].as_string() : "";
        if (LooksLikeProvider(v, a, kind) && !LooksLikeProvider(v, b, kind)) {
          sink.Add("DEAL_WITH", b, a, props);
        } else {
          sink.Add("DEAL_WITH", a, b, props);
        }
      });
  ForEachEn(v,
            "\\b(?:supplies|supply|provides|provide|sells|sell)\\b" + kGapEn + "\\bto\\b " + kList,
            [&](const std::smatch& m) {
              const int supplier = ActorBefore(v, Pos(m));
              for (int k : v.MentionsIn(Pos(m, 1), EndOf(m, 1))) {
                if (IsCompany(v, k))
                  sink.Add("SUPPLIES", supplier, k, {{"what", SuppliedWhat(v, supplier)}});
              }
            });
  ForEachEn(v, kE + " (?:sued|is suing|has sued|filed (?:a )?(?:lawsuit|suit) against) " + kE,
            [&](const std::smatch& m) { sink.Add("SUED", Slot(v, m[1]), Slot(v, m[2])); });
}

void Oversight(const SentenceView& v, RelationSink& sink) {
  ForEachEn(v, kE + " (?:reported|reports|said|wrote)\\b", [&](const std::smatch& m) {
    const int media = Slot(v, m[1]);
    if (v.Label(media) != "Media") return;
    int subject =
        v.NearestAfter(EndOf(m), v.masked().size(), [&](int k) { return IsCompany(v, k); });
    if (subject < 0)
      subject = v.NearestAfter(EndOf(m), v.masked().size(), [](int) { return true; });
    sink.Add("REPORTED", media, subject);
  });
  ForEachEn(v, "\\b(investigat\\w*|prob\\w*|review\\w*|approv\\w*|scrutin\\w*|antitrust)\\b",
            [&](const std::smatch& m) {
              const int agency =
                  v.NearestBefore(Pos(m), 0, [&](int k) { return v.Label(k) == "Agency"; });
              if (agency < 0) return;
              const int target = v.NearestAfter(EndOf(m), v.masked().size(),
                                                [&](int k) { return IsCompany(v, k); });
              const std::string cue = m[1];
              sink.Add("REGULATES", agency, target,
                       {{"what", cue.rfind("approv", 0) == 0 ? "approval" : "investigation"}});
            });
}

// "announced the Hyperion site ... as a $10 billion data center": capital for its own facility.
void FacilitySpending(const SentenceView& v, RelationSink& sink) {
  const Quantity* money = v.FindQuantity(QuantityKind::kMoney, 0, true);
  if (money == nullptr) return;
  const int subject = v.Subject();
  for (size_t k = 0; k < v.size(); ++k) {
    const int f = static_cast<int>(k);
    if (v.Label(f) != "Facility" || subject < 0 || !v.IsOrg(subject)) continue;
    bool other = false;
    for (const char* type : {"INVESTED_IN", "HOLDS_STAKE", "DEAL_WITH", "ACQUIRED"}) {
      for (size_t o = 0; o < v.size(); ++o) {
        other = other || sink.Has(type, subject, static_cast<int>(o)) ||
                sink.Has(type, static_cast<int>(o), f);
      }
    }
    if (other) continue;
    ValueMap props;
    AddMoney(v, 0, "amount", &props);
    AddDate(v, money->begin, &props);
    sink.Add("INVESTED_IN", subject, f, props);
  }
}

}  // namespace

void ExtractEnglishRelations(const SentenceView& v, RelationSink& sink) {
  Leads(v, sink);
  Located(v, sink);
  Operates(v, sink);
  Acquires(v, sink);
  Competes(v, sink);
  Money(v, sink);
  Deals(v, sink);
  Oversight(v, sink);
  FacilitySpending(v, sink);
  ExtractEnglishClaims(v, sink);
}

}  // namespace stargraph::ingest
