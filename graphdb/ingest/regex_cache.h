// Regular expressions of the extraction rules, compiled once per thread and pattern.
//
// The cue rules and the quantity scanner build the same few hundred patterns for every sentence,
// and compiling a std::regex costs far more than running it. This is also the one translation
// unit that instantiates std::regex's compiler and matcher, which are slow to compile.
// Matches refer into the text searched: it must outlive them.
#pragma once

#include <functional>
#include <regex>
#include <string>

namespace stargraph::ingest {

// The compiled form of `pattern` (kept per thread; at most a few thousand patterns are kept).
const std::regex& CompiledPattern(const std::string& pattern,
                                  std::regex::flag_type flags = std::regex::ECMAScript);

// Whether `pattern` occurs in `text`; with `match`, where it first does.
bool Search(const std::string& text, const std::string& pattern,
            std::regex::flag_type flags = std::regex::ECMAScript);
bool Search(const std::string& text, std::smatch* match, const std::string& pattern,
            std::regex::flag_type flags = std::regex::ECMAScript);

// Calls fn(match) for every match of `pattern` in `text`, left to right.
void ForEachMatch(const std::string& text, const std::string& pattern, std::regex::flag_type flags,
                  const std::function<void(const std::smatch&)>& fn);

}  // namespace stargraph::ingest
