#include "ingest/relation_extractor.h"

#include <map>

#include "ingest/entity_recognizer.h"
#include "ingest/relation_context.h"
#include "ingest/utf8_text.h"

namespace stargraph::ingest {

namespace {

bool MostlyChinese(const AnalyzedSentence& s) {
  size_t han = 0;
  for (char32_t c : s.code_points) han += IsHan(c) ? 1 : 0;
  return han * 4 >= s.code_points.size();
}

// 台积电亚利桑那工厂: a facility whose name starts with a company's name is that company's.
void FacilityOwners(const SentenceView& v, const EntityDictionary& dictionary, RelationSink& sink,
                    const AnalyzedSentence& s) {
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    const Mention& m = s.mentions[k];
    if (dictionary.entity(m.entity).label != "Facility") continue;
    const std::u32string surface = s.code_points.substr(m.begin, m.end - m.begin);
    for (size_t len = surface.size() - 1; len >= 2; --len) {
      const int owner = dictionary.Find(EncodeUtf8(surface.substr(0, len)));
      if (owner >= 0 && dictionary.entity(owner).label == "Company") {
        for (size_t o = 0; o < s.mentions.size(); ++o) {
          if (s.mentions[o].entity == owner)
            sink.Add("OPERATES", static_cast<int>(o), static_cast<int>(k));
        }
        break;
      }
    }
  }
}

std::string Key(const ExtractedRelation& r) {
  const bool symmetric = r.type == "COMPETES_WITH" || r.type == "PARTNERS_WITH";
  if (symmetric && r.to < r.from) return r.type + "\x1f" + r.to + "\x1f" + r.from;
  return r.type + "\x1f" + r.from + "\x1f" + r.to;
}

std::vector<ExtractedRelation> Merge(std::vector<ExtractedRelation> all) {
  std::vector<ExtractedRelation> out;
  std::map<std::string, size_t> index;
  for (ExtractedRelation& r : all) {
    auto [it, added] = index.emplace(Key(r), out.size());
    if (added) {
      out.push_back(std::move(r));
      continue;
    }
    ExtractedRelation& kept = out[it->second];
    for (auto& [key, value] : r.properties) kept.properties.emplace(key, value);
  }
  return out;
}

}  // namespace

Extraction ExtractArticle(const Article& article, const EntityDictionary& dictionary) {
  RecognizedArticle recognized = RecognizeEntities(article, dictionary);
  const DateContext date = DateContextFromIso(article.date);
  std::vector<ExtractedRelation> relations;
  std::vector<ExtractedRelation> title_relations;
  for (const AnalyzedSentence& s : recognized.sentences) {
    if (s.is_dateline || s.mentions.size() < 2) continue;
    const bool chinese = MostlyChinese(s);
    SentenceView view(s, recognized.dictionary, date, chinese);
    std::vector<ExtractedRelation>* target = s.is_title ? &title_relations : &relations;
    RelationSink sink(view, target);
    if (chinese) {
      ExtractChineseRelations(view, sink);
    } else {
      ExtractEnglishRelations(view, sink);
    }
    FacilityOwners(view, recognized.dictionary, sink, s);
  }
  // Title facts come last so that body sentences provide the evidence where both state a fact.
  for (ExtractedRelation& r : title_relations) relations.push_back(std::move(r));
  Extraction out;
  out.article = article;
  out.entities = std::move(recognized.entities);
  out.relations = Merge(std::move(relations));
  return out;
}

}  // namespace stargraph::ingest
