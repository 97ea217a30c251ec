#include "completion.h"

#include <algorithm>
#include <cctype>

namespace stargraph::cli {
namespace {

const std::vector<std::string>& Keywords() {
  static const std::vector<std::string> kKeywords = {
      "ALL",      "AND",    "AS",     "ASC",     "ASCENDING",  "BY",       "CALL",     "CASE",
      "CONTAINS", "CREATE", "DELETE", "DESC",    "DESCENDING", "DETACH",   "DISTINCT", "ELSE",
      "END",      "ENDS",   "EXISTS", "EXPLAIN", "FALSE",      "IN",       "IS",       "LIMIT",
      "MATCH",    "MERGE",  "NOT",    "NULL",    "ON",         "OPTIONAL", "OR",       "ORDER",
      "PROFILE",  "REMOVE", "RETURN", "SET",     "SKIP",       "STARTS",   "THEN",     "TRUE",
      "UNION",    "UNWIND", "WHEN",   "WHERE",   "WITH",       "XOR",      "YIELD"};
  return kKeywords;
}

const std::vector<std::string>& FunctionNames() {
  static const std::vector<std::string> kFunctions = {"abs",
                                                      "allShortestPaths",
                                                      "avg",
                                                      "ceil",
                                                      "coalesce",
                                                      "collect",
                                                      "count",
                                                      "date",
                                                      "datetime",
                                                      "duration",
                                                      "elementId",
                                                      "endNode",
                                                      "exists",
                                                      "exp",
                                                      "floor",
                                                      "head",
                                                      "id",
                                                      "keys",
                                                      "labels",
                                                      "last",
                                                      "left",
                                                      "length",
                                                      "localdatetime",
                                                      "localtime",
                                                      "log",
                                                      "log10",
                                                      "ltrim",
                                                      "max",
                                                      "min",
                                                      "nodes",
                                                      "percentileCont",
                                                      "percentileDisc",
                                                      "properties",
                                                      "rand",
                                                      "range",
                                                      "relationships",
                                                      "replace",
                                                      "reverse",
                                                      "right",
                                                      "round",
                                                      "rtrim",
                                                      "shortestPath",
                                                      "sign",
                                                      "size",
                                                      "split",
                                                      "sqrt",
                                                      "startNode",
                                                      "stDev",
                                                      "substring",
                                                      "sum",
                                                      "tail",
                                                      "time",
                                                      "toBoolean",
                                                      "toFloat",
                                                      "toInteger",
                                                      "toLower",
                                                      "toString",
                                                      "toUpper",
                                                      "trim",
                                                      "type"};
  return kFunctions;
}

bool StartsWith(const std::string& text, const std::string& prefix, bool ignore_case) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i];
    char b = prefix[i];
    if (ignore_case) {
      a = static_cast<char>(std::tolower(static_cast<unsigned char>(a)));
      b = static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
    }
    if (a != b) return false;
  }
  return true;
}

bool AllLower(const std::string& word) {
  return !word.empty() && std::none_of(word.begin(), word.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
}

void AddMatches(const std::vector<std::string>& names, const std::string& word, bool ignore_case,
                std::vector<std::string>* out) {
  for (const std::string& name : names) {
    if (StartsWith(name, word, ignore_case)) out->push_back(name);
  }
}

void AddKeywords(const std::string& word, std::vector<std::string>* out) {
  bool lower = AllLower(word);
  for (std::string keyword : Keywords()) {
    if (!StartsWith(keyword, word, true)) continue;
    if (lower) {
      for (char& c : keyword) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out->push_back(keyword);
  }
}

}  // namespace

const std::vector<std::string>& ShellCommandNames() {
  static const std::vector<std::string> kCommands = {
      ":begin", ":commit", ":explain",  ":format", ":help",    ":param",  ":params",
      ":quit",  ":load",   ":rollback", ":schema", ":timeout", ":timing", ":viz"};
  return kCommands;
}

std::vector<std::string> CompletionCandidates(const std::string& line, size_t start,
                                              const std::string& word,
                                              const Vocabulary& vocabulary) {
  std::vector<std::string> out;
  size_t first = line.find_first_not_of(' ');
  char before = start > 0 && start <= line.size() ? line[start - 1] : '\0';
  if (first != std::string::npos && line[first] == ':' && start == first + 1) {
    for (const std::string& command : ShellCommandNames()) {
      if (StartsWith(command.substr(1), word, false)) out.push_back(command.substr(1));
    }
  } else if (before == ':') {
    AddMatches(vocabulary.labels, word, false, &out);
    AddMatches(vocabulary.relationship_types, word, false, &out);
  } else if (before == '.') {
    AddMatches(vocabulary.property_keys, word, false, &out);
  } else {
    AddKeywords(word, &out);
    AddMatches(FunctionNames(), word, true, &out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace stargraph::cli
