// The nodes a read transaction's scans yielded last, by id: their value bytes, undecoded.
//
// Reading a scanned node's labels or properties must cost no Get. Operators that read their
// input ahead (a batch of rows, then one batched lookup for all of them) read a node's
// properties after the scan has moved on, so the window keeps the last kNodes nodes, not just
// the last one. A scan yields ascending ids: the window holds an ascending run and starts afresh
// when an id does not ascend (another scan, or a scan started again), so a lookup is a binary
// search. Slots keep their string buffers, so remembering a node rarely allocates; the oldest
// nodes are dropped beyond kBudgetBytes of value bytes (nodes with long texts), and a slot's
// buffer much larger than what it holds is released.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "storage/graph_store.h"

namespace stargraph::storage {

class ScanWindow {
 public:
  static constexpr size_t kNodes = 2048;  // twice the read-ahead of the batching operators
  static constexpr size_t kBudgetBytes = size_t{16} << 20;
  static constexpr size_t kSlack = 4096;  // a slot keeps a buffer up to 2x its bytes + this

  void Remember(NodeId id, std::string_view bytes) {
    if (ids_.empty()) {
      ids_.resize(kNodes);
      bytes_.resize(kNodes);
    }
    if (size_ > 0 && id <= ids_[Slot(size_ - 1)]) Clear();
    while (size_ > 0 && (size_ == kNodes || held_ + bytes.size() > kBudgetBytes)) DropOldest();
    const size_t slot = Slot(size_++);
    ids_[slot] = id;
    std::string& held = bytes_[slot];
    if (held.capacity() > 2 * bytes.size() + kSlack) std::string().swap(held);
    held.assign(bytes);
    held_ += held.size();
  }

  // The bytes of node `id`, or null. Valid until the next Remember or Clear.
  const std::string* Find(NodeId id) const {
    if (size_ == 0) return nullptr;
    const size_t last = Slot(size_ - 1);
    if (ids_[last] == id) return &bytes_[last];  // the common case: the node just scanned
    size_t low = 0, high = size_ - 1;            // binary search of [low, high)
    while (low < high) {
      const size_t mid = low + (high - low) / 2;
      if (ids_[Slot(mid)] < id) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    const size_t slot = Slot(low);
    return low < size_ - 1 && ids_[slot] == id ? &bytes_[slot] : nullptr;
  }

  void Clear() {
    head_ = 0;
    size_ = 0;
    held_ = 0;
  }
  // The value bytes the window holds now.
  size_t held_bytes() const { return held_; }

 private:
  size_t Slot(size_t position) const { return (head_ + position) % kNodes; }
  void DropOldest() {
    held_ -= bytes_[head_].size();
    head_ = (head_ + 1) % kNodes;
    --size_;
  }

  std::vector<NodeId> ids_;  // a ring of kNodes slots once used; positions 0..size_ ascend
  std::vector<std::string> bytes_;
  size_t head_ = 0;  // the slot of position 0
  size_t size_ = 0;
  size_t held_ = 0;  // bytes of the positions 0..size_
};

}  // namespace stargraph::storage
