#include "ingest/regex_cache.h"

#include <unordered_map>

namespace stargraph::ingest {
namespace {

constexpr size_t kMaxPatterns = 4096;

}  // namespace

const std::regex& CompiledPattern(const std::string& pattern, std::regex::flag_type flags) {
  thread_local std::unordered_map<std::string, std::regex> compiled;
  std::string key = pattern;
  key.push_back('\0');
  key += std::to_string(static_cast<unsigned>(flags));
  auto it = compiled.find(key);
  if (it != compiled.end()) return it->second;
  if (compiled.size() >= kMaxPatterns) compiled.clear();
  return compiled.emplace(std::move(key), std::regex(pattern, flags)).first->second;
}

bool Search(const std::string& text, const std::string& pattern, std::regex::flag_type flags) {
  return std::regex_search(text, CompiledPattern(pattern, flags));
}

bool Search(const std::string& text, std::smatch* match, const std::string& pattern,
            std::regex::flag_type flags) {
  return std::regex_search(text, *match, CompiledPattern(pattern, flags));
}

void ForEachMatch(const std::string& text, const std::string& pattern, std::regex::flag_type flags,
                  const std::function<void(const std::smatch&)>& fn) {
  const std::regex& re = CompiledPattern(pattern, flags);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    fn(*it);
  }
}

}  // namespace stargraph::ingest
