#include "query/plan_cache.h"

namespace stargraph::query {
namespace {

// Length-prefixed parts, so no two (schema, text) pairs share a key.
void AppendPart(const std::string& part, std::string* key) {
  *key += std::to_string(part.size());
  *key += ':';
  *key += part;
}

std::string CacheKey(const std::string& text, const SchemaInfo& schema) {
  std::string key;
  for (const auto& [label, property] : schema.indexes) {
    AppendPart(label, &key);
    AppendPart(property, &key);
  }
  key += '|';
  key += text;
  return key;
}

// Whether `now` is within a factor of `drift` of `then` (counts of 0 and 1 are alike).
bool Near(uint64_t then, uint64_t now, uint64_t drift) {
  return now + 1 <= (then + 1) * drift && then + 1 <= (now + 1) * drift;
}

}  // namespace

std::shared_ptr<const PreparedQuery> PlanCache::Prepare(const std::string& text,
                                                        const SchemaInfo& schema) {
  const std::string key = CacheKey(text, schema);
  if (std::optional<Plan> cached = Find(key)) {
    bool current = true;
    for (const auto& [label, count] : cached->label_counts) {
      current = current && Near(count, schema.LabelCount(label), kCountDrift);
    }
    for (const auto& [type, count] : cached->rel_type_counts) {
      current = current && Near(count, schema.RelTypeCount(type), kCountDrift);
    }
    if (current) return cached->prepared;
  }
  Plan plan;
  SchemaInfo recording = schema;
  recording.label_count = [&schema, &plan](const std::string& label) {
    const uint64_t count = schema.LabelCount(label);
    plan.label_counts.emplace_back(label, count);
    return count;
  };
  recording.rel_type_count = [&schema, &plan](const std::string& type) {
    const uint64_t count = schema.RelTypeCount(type);
    plan.rel_type_counts.emplace_back(type, count);
    return count;
  };
  plan.prepared = Engine::Prepare(text, recording);
  std::shared_ptr<const PreparedQuery> prepared = plan.prepared;
  Insert(key, std::move(plan));
  return prepared;
}

size_t PlanCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

std::optional<PlanCache::Plan> PlanCache::Find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->second;
}

void PlanCache::Insert(const std::string& key, Plan plan) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (capacity_ == 0) return;
  if (auto it = entries_.find(key); it != entries_.end()) {  // a stale plan, or a racing session
    lru_.erase(it->second);
    entries_.erase(it);
  }
  lru_.emplace_front(key, std::move(plan));
  entries_.emplace(key, lru_.begin());
  if (lru_.size() > capacity_) {
    entries_.erase(lru_.back().first);
    lru_.pop_back();
  }
}

}  // namespace stargraph::query
