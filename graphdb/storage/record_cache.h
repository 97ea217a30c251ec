// Records of one read transaction, by id: node value bytes, decoded relationships.
//
// A read transaction's snapshot never changes, so a record once read stays right for the whole
// transaction. Traversals test the labels of the same end nodes and read the properties of the
// same entities over and over; this saves the RocksDB Get of each repeat (and, for decoded
// records, the decode). At most kCapacity records: when full, the cache starts afresh (no LRU
// bookkeeping per hit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace stargraph::storage {

template <typename Record>
class RecordCache {
 public:
  static constexpr size_t kCapacity = size_t{1} << 14;

  // The cached record of `id`, or null. Valid until the next Put or MakeRoom.
  const Record* Find(uint64_t id) const {
    auto it = records_.find(id);
    return it == records_.end() ? nullptr : &it->second;
  }
  // Starts afresh now when `n` more records would not fit, so that the next n Puts keep all.
  void MakeRoom(size_t n) {
    if (records_.size() + n > kCapacity) records_.clear();
  }
  // Keeps `record` as the record of `id`; returns the kept copy (valid as Find's).
  const Record* Put(uint64_t id, Record record) {
    if (records_.size() >= kCapacity) records_.clear();
    return &records_.insert_or_assign(id, std::move(record)).first->second;
  }

 private:
  std::unordered_map<uint64_t, Record> records_;
};

}  // namespace stargraph::storage
