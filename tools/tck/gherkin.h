// A reader for the Gherkin subset the openCypher TCK uses: Feature, Background, Scenario,
// Scenario Outline with Examples, steps with doc strings ("""...""") and data tables (|a|b|).
#pragma once

#include <string>
#include <vector>

namespace stargraph::tck {

using Table = std::vector<std::vector<std::string>>;  // rows of trimmed cells

struct Step {
  std::string keyword;  // Given, When, Then, And, But
  std::string text;     // the rest of the line, e.g. "executing query:"
  std::string doc;      // the doc string, without its indentation; empty when none
  Table table;          // the data table; empty when none
};

struct Scenario {
  std::string feature;  // path relative to the features directory
  std::string name;     // "[3] Name", with " #k" appended for the k-th row of an outline
  std::vector<Step> steps;
};

// Reads one feature file and expands each Scenario Outline into one scenario per Examples row
// (placeholders <name> substituted in step text, doc strings and tables). Background steps are
// prepended to every scenario. Returns an empty list when the file cannot be read.
std::vector<Scenario> ReadFeature(const std::string& path, const std::string& relative_name);

// Splits a table line "| a | b\|c |" into trimmed cells {"a", "b|c"}.
std::vector<std::string> SplitTableRow(const std::string& line);

}  // namespace stargraph::tck
