// IdSet: a set of 64-bit ids (node or relationship ids) in one open-addressed table, for the
// hot loops that collect distinct ids: no allocation per insert, no Value hashing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stargraph {

class IdSet {
 public:
  // Adds `id`; true when it was not in the set yet.
  bool Insert(uint64_t id) {
    if (id == kEmpty) return InsertEmptyMarker();
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == id) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = id;
        ++size_;
        return true;
      }
    }
  }
  bool Contains(uint64_t id) const {
    if (id == kEmpty) return has_empty_marker_;
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == id) return true;
      if (slots_[i] == kEmpty) return false;
    }
  }
  size_t size() const { return size_ + (has_empty_marker_ ? 1 : 0); }
  // Bytes held by the table, for memory accounting.
  size_t bytes() const { return slots_.capacity() * sizeof(uint64_t); }
  void Clear() {
    slots_.clear();
    size_ = 0;
    has_empty_marker_ = false;
  }

 private:
  // Id 0 marks a free slot; the id 0 itself is kept aside.
  static constexpr uint64_t kEmpty = 0;

  static size_t Hash(uint64_t id) {
    id ^= id >> 33;
    id *= 0xff51afd7ed558ccdULL;
    id ^= id >> 33;
    return static_cast<size_t>(id);
  }
  bool InsertEmptyMarker() {
    const bool added = !has_empty_marker_;
    has_empty_marker_ = true;
    return added;
  }
  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, kEmpty);
    size_ = 0;
    for (uint64_t id : old) {
      if (id != kEmpty) Insert(id);
    }
  }

  std::vector<uint64_t> slots_;  // size a power of two, at most 3/4 full
  size_t size_ = 0;              // ids in slots_
  bool has_empty_marker_ = false;
};

}  // namespace stargraph
