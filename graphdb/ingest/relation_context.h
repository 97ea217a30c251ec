// One sentence prepared for the relation cue rules: the text with every mention replaced by a
// placeholder token "\x01ab\x02" (so rules are regular expressions over cue words and entity
// slots), the quantities of the sentence, and helpers for subjects, clauses and properties.
#pragma once

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "ingest/entity_recognizer.h"
#include "ingest/extraction.h"
#include "ingest/quantity.h"

namespace stargraph::ingest {

// The placeholder pattern; its first group is the mention's two-letter index.
extern const char* const kSlot;

class SentenceView {
 public:
  // `chinese`: the sentence is read by the Chinese rules, and its ASCII punctuation is read as
  // the full-width marks they are written with (masked() only; text() stays verbatim).
  SentenceView(const AnalyzedSentence& sentence, const EntityDictionary& dictionary,
               const DateContext& date, bool chinese);

  const std::string& masked() const { return masked_; }
  const std::string& text() const { return sentence_.text; }
  size_t size() const { return slots_.size(); }
  // Mention index of the slot text "ab" (a regex group), or -1.
  int SlotIndex(const std::string& letters) const;
  // Byte range of mention k's slot in masked().
  size_t SlotBegin(int k) const { return slots_[static_cast<size_t>(k)].first; }
  size_t SlotEnd(int k) const { return slots_[static_cast<size_t>(k)].second; }
  const std::string& Label(int k) const;
  const std::string& Name(int k) const;
  const EntityRecord& Record(int k) const;
  bool IsOrg(int k) const;  // Company, Agency, Project, Media

  // The mentions coordinated with mention k ("软银、OpenAI和甲骨文", "Google, Microsoft and
  // Amazon"): neighbours of the same kind (place, person, organization, ...) joined only by a
  // list mark or conjunction; k itself excluded.
  std::vector<int> Conjuncts(int k) const;
  // Mention indices inside masked()[begin, end).
  std::vector<int> MentionsIn(size_t begin, size_t end) const;
  // The clause (between ，；, and ; marks) holding byte `at`.
  size_t ClauseBegin(size_t at) const;
  size_t ClauseEnd(size_t at) const;
  // The sentence subject: the first mention that is not a place, outside attribution clauses
  // (根据…, According to…); -1 when none.
  int Subject() const;
  // Nearest mention before `at` (after `at`) satisfying `pred`, within [limit_begin, limit_end).
  int NearestBefore(size_t at, size_t limit_begin, const std::function<bool(int)>& pred) const;
  int NearestAfter(size_t at, size_t limit_end, const std::function<bool(int)>& pred) const;

  const std::vector<Quantity>& quantities() const { return quantities_; }
  // The first quantity of `kind` at or after `at` (-1 none), else the first in the sentence when
  // `anywhere`.
  const Quantity* FindQuantity(QuantityKind kind, size_t at, bool anywhere) const;
  // The date for a fact whose amount (or cue) sits at `anchor`: the last date before it, else
  // the first date of the sentence.
  const Quantity* DateFor(size_t anchor) const;
  bool Contains(const char* word) const { return sentence_.text.find(word) != std::string::npos; }

 private:
  bool Coordinated(int a, int b) const;  // a, b adjacent mentions of the same kind in a list

  const AnalyzedSentence& sentence_;
  const EntityDictionary& dictionary_;
  std::string masked_;
  std::vector<std::pair<size_t, size_t>> slots_;
  std::vector<Quantity> quantities_;
};

// Collects relations of one sentence; duplicates are merged later.
class RelationSink {
 public:
  RelationSink(const SentenceView& view, std::vector<ExtractedRelation>* out)
      : view_(view), out_(out) {}
  // Adds type(from -> to) with `properties` unless from == to or either index is -1; a fact
  // about one member of a list holds for the others too (see SentenceView::Conjuncts), except
  // for LEADS, the object of REPORTED, and when both ends are in the same list.
  void Add(const std::string& type, int from, int to, ValueMap properties = {});
  bool Has(const std::string& type, int from, int to) const;

 private:
  void AddOne(const std::string& type, int from, int to, const ValueMap& properties);

  const SentenceView& view_;
  std::vector<ExtractedRelation>* out_;
};

// Adds amount/value + currency, date, duration and capacity found around `cue` to *props.
void AddMoney(const SentenceView& v, size_t cue, const char* key, ValueMap* props);
void AddDate(const SentenceView& v, size_t anchor, ValueMap* props);
void AddDealTerms(const SentenceView& v, size_t cue, ValueMap* props);
// A role text ("董事长兼CEO", "Chair and CEO") as the gold-style role ("chairman and CEO").
std::string NormalizeRole(const std::string& role);
// Which kind of deal the sentence describes (power, cloud, chips, funding, licensing) or "".
std::string DealKind(const SentenceView& v);
// True when mention k is the provider side of a deal of `kind` (utility, lender, cloud...).
bool LooksLikeProvider(const SentenceView& v, int k, const std::string& kind);
// What a supplier supplies (chips, cloud, power, models, compute) judged from the sentence and
// the supplier's description.
std::string SuppliedWhat(const SentenceView& v, int supplier);

// The rule sets, one per language; Extract*Relations call the other rule sets of their language.
void ExtractChineseRelations(const SentenceView& v, RelationSink& sink);
void ExtractChineseClaims(const SentenceView& v, RelationSink& sink);
void ExtractChineseOwnership(const SentenceView& v, RelationSink& sink);
void ExtractEnglishRelations(const SentenceView& v, RelationSink& sink);
void ExtractEnglishClaims(const SentenceView& v, RelationSink& sink);

}  // namespace stargraph::ingest
