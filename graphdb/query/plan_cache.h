// PlanCache: prepared statements by statement text and planner schema, shared by the sessions of
// one database, so running the same text again skips parsing (ANTLR) and planning.
//
// The key is the text plus the property indexes the planner saw: creating or dropping an index
// changes the key, so a plan made for another schema is never returned; it ages out of the LRU.
// An entry also keeps the label and relationship type counts the planner consulted (anchor
// choice); when one of them
// has since grown or shrunk by more than kCountDrift times, the statement is planned again.
// A PreparedQuery is immutable once built, so one may run in several sessions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "query/engine.h"

namespace stargraph::query {

class PlanCache {
 public:
  static constexpr size_t kDefaultCapacity = 256;
  static constexpr uint64_t kCountDrift = 2;
  explicit PlanCache(size_t capacity = kDefaultCapacity) : capacity_(capacity) {}

  // The statement prepared for `text` under `schema`: from the cache, else Engine::Prepare's
  // (then cached, evicting the least recently used beyond the capacity). Throws QueryError as
  // Engine::Prepare does; failures are not cached. Thread-safe; Prepare runs outside the lock.
  std::shared_ptr<const PreparedQuery> Prepare(const std::string& text, const SchemaInfo& schema);
  size_t size() const;

 private:
  using LabelCounts = std::vector<std::pair<std::string, uint64_t>>;
  struct Plan {
    std::shared_ptr<const PreparedQuery> prepared;
    LabelCounts label_counts;     // as the planner saw them
    LabelCounts rel_type_counts;  // likewise, by relationship type
  };
  using Entry = std::pair<std::string, Plan>;
  std::optional<Plan> Find(const std::string& key);
  void Insert(const std::string& key, Plan plan);

  const size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> entries_;
};

}  // namespace stargraph::query
