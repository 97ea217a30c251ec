// CsvIdMap: the node ids of a CSV import (`:ID` / `:START_ID` / `:END_ID` cells, per id group)
// to the database's node ids.
//
// Every relationship row looks up two ids, so this is on the import's hottest path. Ids written
// as plain decimal integers (the usual export: 0, 1, 2 ...) go to a dense vector per group;
// anything else (leading zeros, signs, text) goes to a hash map, so "007" and "7" stay different
// ids as the CSV says. The vector grows only while it stays dense enough (at most about 4 slots
// per id added, plus a fixed allowance), so a few huge numbers cannot allocate gigabytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stargraph {

class CsvIdMap {
 public:
  // Records `id` of `group` as `node`; false when the group already has that id.
  bool Add(const std::string& group, std::string_view id, uint64_t node);
  // The node recorded for `id` of `group`, if any.
  std::optional<uint64_t> Find(const std::string& group, std::string_view id) const;

 private:
  struct Group {
    std::vector<uint64_t> dense;  // by integer id; 0 = none (node ids start at 1)
    std::unordered_map<std::string, uint64_t> other;
    uint64_t added = 0;
  };
  std::unordered_map<std::string, Group> groups_;
};

}  // namespace stargraph
