// Every query of the openCypher TCK that is not expected to fail with a SyntaxError must parse.
// Most expected SyntaxErrors in the TCK are semantic (UndefinedVariable, VariableAlreadyBound,
// InvalidAggregation, ...) and are raised by the binder, so those are only counted here; the
// ones the parser does reject must carry the expected code.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "query/parse/parser.h"
#include "query/query_error.h"

namespace stargraph::query {
namespace {

namespace fs = std::filesystem;

struct TckQuery {
  std::string where;  // file:line of the scenario
  std::string text;
  bool expect_syntax_error = false;
  std::string error_code;  // the expected openCypher code, e.g. "UndefinedVariable"
};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Cells of a Gherkin table row `| a | b |`, with `\|` unescaped.
std::vector<std::string> Cells(const std::string& row) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += '|', ++i;
    } else if (row[i] == '|') {
      cells.push_back(Trim(cell)), cell.clear();
    } else {
      cell += row[i];
    }
  }
  return cells;
}

// One scenario: its query blocks, whether it expects a SyntaxError, its Examples rows.
struct Scenario {
  std::string where;
  std::vector<std::string> queries;
  bool syntax_error = false;
  std::string error_code;
  std::vector<std::map<std::string, std::string>> examples;
};

// Reads a `"""` block starting after line `i`; leaves `i` on the closing line.
std::string ReadBlock(const std::vector<std::string>& lines, size_t& i) {
  size_t indent = lines[++i].find('"');
  std::string text;
  while (Trim(lines[++i]) != "\"\"\"") {
    text += (lines[i].size() > indent ? lines[i].substr(indent) : Trim(lines[i])) + "\n";
  }
  return text;
}

std::vector<Scenario> ReadScenarios(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<Scenario> scenarios;
  std::vector<std::string> header;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string s = Trim(lines[i]);
    if (StartsWith(s, "#")) continue;
    if (StartsWith(s, "Scenario") || StartsWith(s, "Background")) {
      scenarios.push_back(
          {file.filename().string() + ":" + std::to_string(i + 1), {}, false, "", {}});
      header.clear();
    } else if (scenarios.empty()) {
      continue;
    } else if (s.find("executing query:") != std::string::npos ||
               s.find("having executed:") != std::string::npos ||
               s.find("executing control query:") != std::string::npos) {
      scenarios.back().queries.push_back(ReadBlock(lines, i));
    } else if (s.find("a SyntaxError should be raised") != std::string::npos) {
      scenarios.back().syntax_error = true;
      scenarios.back().error_code = Trim(s.substr(s.rfind(':') + 1));
    } else if (StartsWith(s, "Examples")) {
      header = Cells(Trim(lines[++i]));
    } else if (StartsWith(s, "|") && !header.empty()) {
      std::vector<std::string> cells = Cells(s);
      std::map<std::string, std::string> row;
      for (size_t c = 0; c < header.size() && c < cells.size(); ++c) row[header[c]] = cells[c];
      scenarios.back().examples.push_back(row);
    } else if (!StartsWith(s, "|")) {
      header.clear();
    }
  }
  return scenarios;
}

std::string Substitute(std::string text, const std::map<std::string, std::string>& row) {
  for (const auto& [key, value] : row) {
    std::string placeholder = "<" + key + ">";
    for (size_t at; (at = text.find(placeholder)) != std::string::npos;) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

std::vector<TckQuery> ReadTck(const fs::path& root) {
  std::vector<TckQuery> queries;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".feature") continue;
    for (const Scenario& sc : ReadScenarios(entry.path())) {
      std::vector<std::map<std::string, std::string>> rows = sc.examples;
      if (rows.empty()) rows.emplace_back();
      for (const auto& row : rows) {
        for (size_t q = 0; q < sc.queries.size(); ++q) {
          bool last = q + 1 == sc.queries.size();
          bool error = sc.syntax_error && last;
          queries.push_back(
              {sc.where, Substitute(sc.queries[q], row), error, error ? sc.error_code : ""});
        }
      }
    }
  }
  return queries;
}

TEST_CASE("every TCK query that should parse does", "[parse][tck]") {
  fs::path root = fs::path(STARGRAPH_SOURCE_DIR) / ".." / "shared" / "tck" / "features";
  if (!fs::exists(root)) {
    WARN("TCK features not found at " << root.string() << "; skipped");
    return;
  }
  std::vector<TckQuery> queries = ReadTck(root);
  REQUIRE(queries.size() > 1000);
  size_t expected_errors = 0;
  size_t caught_by_parser = 0;
  for (const TckQuery& q : queries) {
    if (q.expect_syntax_error) ++expected_errors;
    try {
      Parse(q.text);
    } catch (const QueryError& e) {
      if (q.expect_syntax_error) {
        ++caught_by_parser;
        CHECK(e.code() == q.error_code);
        continue;
      }
      FAIL_CHECK(q.where << ": " << e.code() << " " << e.what() << "\n" << q.text);
    }
  }
  WARN("TCK: " << queries.size() << " queries, " << expected_errors << " expect a SyntaxError, "
               << caught_by_parser << " of those rejected by the parser (the rest are semantic)");
}

}  // namespace
}  // namespace stargraph::query
