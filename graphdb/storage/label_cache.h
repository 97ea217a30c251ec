// The labels of nodes of one read transaction, by id: the compact answer to label tests.
//
// A read transaction's snapshot never changes, so labels once read stay right for the whole
// transaction. Traversals test the labels of many end nodes (30k companies at scale M), more
// than the record cache keeps; an entry here is a few bytes instead of a decoded record, so a
// budget of kBudgetBytes holds about 700k nodes. Nodes with more than kMaxLabels labels are not
// kept (their tests go through the record path). When full, the cache starts afresh.
//
// Tests of one label that keep missing (a Get each) are answered instead from the set of all the
// label's members, read once from label_idx (a key-only pass, several times cheaper per node than
// a Get): once the misses reach 1/kMissesPerMember of the label's estimated size, so that building
// the set costs at most about what the misses cost. Member sets share a budget of kBudgetBytes.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/id_set.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

class LabelCache {
 public:
  static constexpr size_t kMaxLabels = 3;
  static constexpr size_t kBudgetBytes = size_t{32} << 20;
  // Key, value, the hash node's link and cached hash, and a bucket pointer.
  static constexpr size_t kBytesPerEntry = 48;
  static constexpr size_t kCapacity = kBudgetBytes / kBytesPerEntry;
  static constexpr uint64_t kMissesPerMember = 8;
  static constexpr uint64_t kMinMisses = 64;
  static constexpr uint64_t kBytesPerMember = 16;  // an IdSet slot at its lowest load, doubled
  static constexpr uint64_t kNever = UINT64_MAX;   // misses_ of a label whose set was dropped

  struct Labels {
    uint32_t count = 0;
    std::array<TokenId, kMaxLabels> ids{};
    bool Has(TokenId label) const { return std::find(begin(), end(), label) != end(); }
    const TokenId* begin() const { return ids.data(); }
    const TokenId* end() const { return ids.data() + count; }
  };

  // The cached labels of `id`, or null. Valid until the next Put.
  const Labels* Find(NodeId id) const {
    auto it = labels_.find(id);
    return it == labels_.end() ? nullptr : &it->second;
  }
  // The set of every node with `label`, or null when it was not built.
  const IdSet* Members(TokenId label) const {
    for (const auto& [id, set] : members_) {
      if (id == label) return &set;
    }
    return nullptr;
  }
  // Counts a test of `label` the cache did not answer; true when the label's member set is now
  // worth building (then fill the set NewMembers returns, or drop it with DropMembers).
  // `estimate()` (the label's estimated node count) is called once per label, at kMinMisses.
  template <typename EstimateFn>
  bool CountMiss(TokenId label, EstimateFn estimate) {
    Misses& m = misses_[label];
    if (m.count == kNever) return false;
    if (++m.count < kMinMisses) return false;
    if (!m.estimate) m.estimate = estimate();
    return m.count * kMissesPerMember >= *m.estimate &&
           *m.estimate * kBytesPerMember <= kBudgetBytes - member_bytes_;
  }
  IdSet* NewMembers(TokenId label) { return &members_.emplace_back(label, IdSet()).second; }
  // Keeps the set NewMembers returned last when it fits in the budget; false when it was dropped.
  bool KeepMembers() {
    const size_t bytes = members_.back().second.bytes();
    if (member_bytes_ + bytes > kBudgetBytes) {
      DropMembers();
      return false;
    }
    member_bytes_ += bytes;
    return true;
  }
  // Drops the set NewMembers returned last (a failed read, or over the budget) for good.
  void DropMembers() {
    misses_[members_.back().first].count = kNever;
    members_.pop_back();
  }

  void Put(NodeId id, const std::vector<TokenId>& labels) {
    if (labels.size() > kMaxLabels) return;
    if (labels_.size() >= kCapacity) labels_.clear();
    Labels entry;
    entry.count = static_cast<uint32_t>(labels.size());
    std::copy(labels.begin(), labels.end(), entry.ids.begin());
    labels_.insert_or_assign(id, entry);
  }

 private:
  std::unordered_map<NodeId, Labels> labels_;
  std::vector<std::pair<TokenId, IdSet>> members_;  // few labels: a linear search is fastest
  struct Misses {
    uint64_t count = 0;
    std::optional<uint64_t> estimate;
  };
  std::unordered_map<TokenId, Misses> misses_;
  size_t member_bytes_ = 0;
};

}  // namespace stargraph::storage
