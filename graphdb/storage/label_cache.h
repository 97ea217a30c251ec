// The labels of nodes of one read transaction, by id: the compact answer to label tests.
//
// A read transaction's snapshot never changes, so labels once read stay right for the whole
// transaction. Traversals test the labels of many end nodes (30k companies at scale M), more
// than the record cache keeps; an entry here is a few bytes instead of a decoded record, so a
// budget of kBudgetBytes holds about 700k nodes. Nodes with more than kMaxLabels labels are not
// kept (their tests go through the record path). When full, the cache starts afresh.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "storage/graph_store.h"

namespace stargraph::storage {

class LabelCache {
 public:
  static constexpr size_t kMaxLabels = 3;
  static constexpr size_t kBudgetBytes = size_t{32} << 20;
  // Key, value, the hash node's link and cached hash, and a bucket pointer.
  static constexpr size_t kBytesPerEntry = 48;
  static constexpr size_t kCapacity = kBudgetBytes / kBytesPerEntry;

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
};

}  // namespace stargraph::storage
