#include "api/csv_id_map.h"

#include <algorithm>

namespace stargraph {
namespace {

constexpr uint64_t kDenseAllowance = uint64_t{1} << 20;
constexpr uint64_t kDenseSlotsPerId = 4;

// The value of a canonical decimal integer ("0", "17"; not "007", "+1", "-2", "1e3"), if any.
std::optional<uint64_t> CanonicalInteger(std::string_view s) {
  if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

}  // namespace

bool CsvIdMap::Add(const std::string& group, std::string_view id, uint64_t node) {
  Group& g = groups_[group];
  const std::optional<uint64_t> n = CanonicalInteger(id);
  if (n && *n < kDenseAllowance + kDenseSlotsPerId * (g.added + 1)) {
    // An integer too large for the vector when it came may sit in the map.
    if (!g.other.empty() && g.other.count(std::string(id)) != 0) return false;
    if (*n >= g.dense.size()) g.dense.resize(std::max<uint64_t>(*n + 1, g.dense.size() * 2), 0);
    if (g.dense[*n] != 0) return false;
    g.dense[*n] = node;
  } else if (!g.other.emplace(std::string(id), node).second) {
    return false;
  }
  ++g.added;
  return true;
}

std::optional<uint64_t> CsvIdMap::Find(const std::string& group, std::string_view id) const {
  auto group_it = groups_.find(group);
  if (group_it == groups_.end()) return std::nullopt;
  const Group& g = group_it->second;
  if (const std::optional<uint64_t> n = CanonicalInteger(id)) {
    if (*n < g.dense.size() && g.dense[*n] != 0) return g.dense[*n];
  }
  if (g.other.empty()) return std::nullopt;
  auto it = g.other.find(std::string(id));
  if (it == g.other.end()) return std::nullopt;
  return it->second;
}

}  // namespace stargraph
