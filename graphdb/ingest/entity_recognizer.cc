#include "ingest/entity_recognizer.h"

#include <map>
#include <set>

#include "ingest/name_discovery.h"
#include "ingest/sentence_splitter.h"
#include "ingest/utf8_text.h"

namespace stargraph::ingest {

namespace {

std::vector<AnalyzedSentence> SplitArticle(const Article& article) {
  std::vector<AnalyzedSentence> out;
  auto add = [&out](const std::string& text, bool title, bool dateline) {
    AnalyzedSentence s;
    s.text = text;
    s.is_title = title;
    s.is_dateline = dateline;
    if (DecodeUtf8(text, &s.code_points) && !s.code_points.empty()) out.push_back(std::move(s));
  };
  add(article.title, true, false);
  if (!article.dateline.empty()) add(article.dateline, false, true);
  for (const Sentence& s : SplitSentences(article.body)) add(s.text, false, false);
  return out;
}

std::vector<bool> Covered(const std::vector<DictionaryMatch>& matches, size_t size) {
  std::vector<bool> covered(size, false);
  for (const DictionaryMatch& m : matches) {
    for (size_t i = m.begin; i < m.end; ++i) covered[i] = true;
  }
  return covered;
}

std::string Span(const AnalyzedSentence& s, size_t b, size_t e) {
  return EncodeUtf8(std::u32string_view(s.code_points).substr(b, e - b));
}

// An ambiguous CJK form (苹果) counts only beside an enumeration mark, another mention, or a
// company word, or when the entity is also named unambiguously in the article.
bool Supported(const AnalyzedSentence& s, const DictionaryMatch& m,
               const std::vector<DictionaryMatch>& all, const std::set<int>& firm) {
  if (firm.count(m.entity)) return true;
  const std::u32string& t = s.code_points;
  const std::u32string kMarks = U"、和与及";
  const bool mark_before = m.begin > 0 && kMarks.find(t[m.begin - 1]) != std::u32string::npos;
  const bool mark_after = m.end < t.size() && kMarks.find(t[m.end]) != std::u32string::npos;
  const bool company = t.compare(m.end, 2, U"公司") == 0 || t.compare(m.end, 2, U"集团") == 0;
  bool near_other = false;
  for (const DictionaryMatch& o : all) {
    if (&o == &m || o.needs_support) continue;
    near_other = near_other || o.end + 1 == m.begin || m.end + 1 == o.begin;
  }
  return company || ((mark_before || mark_after) && near_other);
}

struct Discovery {
  size_t sentence;
  NameCandidate candidate;
};

// Adds the discovered names to the dictionary; weak candidates (a single capitalized word at the
// start of a sentence, a short all-capital word) only as a short form of a name in the article.
void AddDiscoveries(const std::vector<AnalyzedSentence>& sentences,
                    const std::vector<Discovery>& found, EntityDictionary* dictionary) {
  std::vector<const Discovery*> weak;
  for (const Discovery& d : found) {
    const AnalyzedSentence& s = sentences[d.sentence];
    const std::string name = Span(s, d.candidate.begin, d.candidate.end);
    if (d.candidate.sentence_initial) {
      weak.push_back(&d);
      continue;
    }
    if (dictionary->Find(name) >= 0) continue;
    if (d.candidate.alias_end > d.candidate.alias_begin) {
      const std::string alias = Span(s, d.candidate.alias_begin, d.candidate.alias_end);
      const int known = dictionary->Find(alias);
      if (known >= 0) {
        dictionary->AddAlias(known, name);  // apposition: a new alias of a known entity
        continue;
      }
      EntityRecord record{name, d.candidate.label, "", {alias}, {}, false};
      dictionary->Add(record);
      continue;
    }
    dictionary->Add(EntityRecord{name, d.candidate.label, "", {}, {}, false});
  }
  std::map<std::string, int> first_words;  // "zt" -> ZT Systems, for names seen in the article
  for (const AnalyzedSentence& s : sentences) {
    for (const DictionaryMatch& m : dictionary->FindAll(s.code_points)) {
      const std::string surface = Span(s, m.begin, m.end);
      const size_t space = surface.find(' ');
      if (space != std::string::npos) first_words.emplace(surface.substr(0, space), m.entity);
    }
  }
  for (const Discovery* d : weak) {
    const std::string name = Span(sentences[d->sentence], d->candidate.begin, d->candidate.end);
    auto it = first_words.find(name);
    if (it != first_words.end() && !IsStopName(name)) dictionary->AddAlias(it->second, name);
  }
}

void CollectEntities(RecognizedArticle* out) {
  std::map<int, size_t> index;
  for (const AnalyzedSentence& s : out->sentences) {
    for (const Mention& m : s.mentions) {
      auto [it, added] = index.emplace(m.entity, out->entities.size());
      if (added) {
        const EntityRecord& record = out->dictionary.entity(m.entity);
        out->entities.push_back({record.name, record.label, {}, 0, s.text});
      }
      ExtractedEntity& e = out->entities[it->second];
      ++e.mentions;
      const std::string surface = Span(s, m.begin, m.end);
      bool seen = false;
      for (const std::string& a : e.aliases) seen = seen || a == surface;
      if (!seen) e.aliases.push_back(surface);
    }
  }
}

}  // namespace

RecognizedArticle RecognizeEntities(const Article& article, const EntityDictionary& base) {
  RecognizedArticle out{base, SplitArticle(article), {}};
  std::vector<Discovery> found;
  for (size_t i = 0; i < out.sentences.size(); ++i) {
    const AnalyzedSentence& s = out.sentences[i];
    const auto matches = out.dictionary.FindAll(s.code_points);
    for (const NameCandidate& c :
         DiscoverNames(s.code_points, Covered(matches, s.code_points.size()))) {
      found.push_back({i, c});
    }
  }
  AddDiscoveries(out.sentences, found, &out.dictionary);
  std::vector<std::vector<DictionaryMatch>> matches;
  std::set<int> firm;
  for (const AnalyzedSentence& s : out.sentences) {
    matches.push_back(out.dictionary.FindAll(s.code_points));
    for (const DictionaryMatch& m : matches.back()) {
      if (!m.needs_support) firm.insert(m.entity);
    }
  }
  for (size_t i = 0; i < out.sentences.size(); ++i) {
    AnalyzedSentence& s = out.sentences[i];
    for (const DictionaryMatch& m : matches[i]) {
      if (m.needs_support && !Supported(s, m, matches[i], firm)) continue;
      s.mentions.push_back({m.entity, m.begin, m.end});
    }
  }
  CollectEntities(&out);
  return out;
}

}  // namespace stargraph::ingest
