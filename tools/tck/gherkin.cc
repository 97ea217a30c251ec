#include "gherkin.h"

#include <fstream>

namespace stargraph::tck {
namespace {

std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

const char* const kKeywords[] = {"Given ", "When ", "Then ", "And ", "But "};

// A scenario or outline as written, before expansion.
struct RawScenario {
  std::string name;
  bool outline = false;
  std::vector<Step> steps;
  Table examples;  // header row first
};

std::string Substitute(std::string text, const std::vector<std::string>& header,
                       const std::vector<std::string>& row) {
  for (size_t i = 0; i < header.size() && i < row.size(); ++i) {
    const std::string key = "<" + header[i] + ">";
    for (size_t pos = text.find(key); pos != std::string::npos;
         pos = text.find(key, pos + row[i].size())) {
      text.replace(pos, key.size(), row[i]);
    }
  }
  return text;
}

Step SubstituteStep(const Step& step, const std::vector<std::string>& header,
                    const std::vector<std::string>& row) {
  Step out = step;
  out.text = Substitute(step.text, header, row);
  out.doc = Substitute(step.doc, header, row);
  for (auto& cells : out.table) {
    for (auto& cell : cells) cell = Substitute(cell, header, row);
  }
  return out;
}

void Expand(const RawScenario& raw, const std::vector<Step>& background, const std::string& feature,
            std::vector<Scenario>* out) {
  auto with_background = [&](std::vector<Step> steps) {
    steps.insert(steps.begin(), background.begin(), background.end());
    return steps;
  };
  if (!raw.outline) {
    out->push_back({feature, raw.name, with_background(raw.steps)});
    return;
  }
  if (raw.examples.empty()) return;
  const auto& header = raw.examples[0];
  for (size_t r = 1; r < raw.examples.size(); ++r) {
    std::vector<Step> steps;
    for (const Step& s : raw.steps) steps.push_back(SubstituteStep(s, header, raw.examples[r]));
    out->push_back({feature, raw.name + " #" + std::to_string(r), with_background(steps)});
  }
}

// Reads the lines of a doc string after its opening """, removing `indent` leading columns.
std::string ReadDocString(std::ifstream& in, size_t indent) {
  std::string line, doc;
  while (std::getline(in, line)) {
    if (Trim(line) == "\"\"\"") break;
    const size_t strip = std::min(indent, line.find_first_not_of(' ') == std::string::npos
                                              ? line.size()
                                              : line.find_first_not_of(' '));
    if (!doc.empty()) doc += "\n";
    doc += line.substr(strip);
  }
  return doc;
}

}  // namespace

std::vector<std::string> SplitTableRow(const std::string& line) {
  std::vector<std::string> cells;
  const std::string t = Trim(line);
  std::string cell;
  for (size_t i = 1; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (t[i] == '|') {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += t[i];
    }
  }
  if (!Trim(cell).empty()) cells.push_back(Trim(cell));
  return cells;
}

std::vector<Scenario> ReadFeature(const std::string& path, const std::string& relative_name) {
  std::vector<Scenario> out;
  std::ifstream in(path);
  std::vector<Step> background;
  RawScenario current;
  bool in_scenario = false, in_background = false, in_examples = false;
  auto finish = [&] {
    if (in_scenario) Expand(current, background, relative_name, &out);
    current = RawScenario{};
    in_scenario = in_background = in_examples = false;
  };
  std::string line;
  while (std::getline(in, line)) {
    const std::string t = Trim(line);
    if (t.empty() || t[0] == '#' || t[0] == '@') continue;
    if (StartsWith(t, "Scenario Outline:") || StartsWith(t, "Scenario:")) {
      finish();
      in_scenario = true;
      current.outline = StartsWith(t, "Scenario Outline:");
      current.name = Trim(t.substr(t.find(':') + 1));
    } else if (StartsWith(t, "Background:")) {
      finish();
      in_background = true;
    } else if (StartsWith(t, "Examples:")) {
      in_examples = true;
    } else if (StartsWith(t, "Feature:")) {
      continue;
    } else {
      std::vector<Step>& steps = in_background ? background : current.steps;
      if (t[0] == '|') {
        if (in_examples) {
          current.examples.push_back(SplitTableRow(t));
        } else if (!steps.empty()) {
          steps.back().table.push_back(SplitTableRow(t));
        }
      } else if (t == "\"\"\"") {
        if (!steps.empty()) steps.back().doc = ReadDocString(in, line.find('"'));
      } else {
        for (const char* k : kKeywords) {
          if (StartsWith(t, k)) {
            const std::string kw(k);
            steps.push_back({Trim(kw), Trim(t.substr(kw.size())), "", {}});
          }
        }
      }
    }
  }
  finish();
  return out;
}

}  // namespace stargraph::tck
