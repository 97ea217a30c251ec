// Cursor implementations: over a key range (streaming), over a vector, and a concatenation.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/graph_store.h"
#include "storage/key_codec.h"
#include "storage/kv_reader.h"

namespace stargraph::storage {

// Decodes one key/value of a range into an item; nullopt skips the entry.
template <typename T>
using RangeDecoder = std::function<Result<std::optional<T>>(std::string_view, std::string_view)>;

template <typename T>
class RangeCursor : public Cursor<T> {
 public:
  RangeCursor(std::unique_ptr<KeyRange> range, RangeDecoder<T> decode)
      : range_(std::move(range)), decode_(std::move(decode)) {}

  bool Next(T* out) override {
    while (status_.ok() && range_->Valid()) {
      Result<std::optional<T>> item = decode_(range_->key(), range_->value());
      range_->Next();
      if (!item.ok()) status_ = item.status();
      if (item.ok() && item->has_value()) {
        *out = std::move(**item);
        return true;
      }
    }
    if (status_.ok()) status_ = range_->status();
    return false;
  }
  Status status() const override { return status_; }

 private:
  std::unique_ptr<KeyRange> range_;
  RangeDecoder<T> decode_;
  Status status_;
};

template <typename T>
class VectorCursor : public Cursor<T> {
 public:
  explicit VectorCursor(std::vector<T> items, Status status = Status::OK())
      : items_(std::move(items)), status_(std::move(status)) {}

  bool Next(T* out) override {
    if (next_ >= items_.size()) return false;
    *out = std::move(items_[next_++]);
    return true;
  }
  Status status() const override { return status_; }

 private:
  std::vector<T> items_;
  size_t next_ = 0;
  Status status_;
};

template <typename T>
class ConcatCursor : public Cursor<T> {
 public:
  ConcatCursor(std::unique_ptr<Cursor<T>> first, std::unique_ptr<Cursor<T>> second)
      : first_(std::move(first)), second_(std::move(second)) {}

  bool Next(T* out) override {
    if (first_->status().ok() && first_->Next(out)) return true;
    return first_->status().ok() && second_->Next(out);
  }
  Status status() const override {
    return first_->status().ok() ? second_->status() : first_->status();
  }

 private:
  std::unique_ptr<Cursor<T>> first_;
  std::unique_ptr<Cursor<T>> second_;
};

// The records an index range names, in one pass: `entries` yields index keys ending in an 8-byte
// id; `records` iterates the family those ids key (`key_of`), following along (Next while the
// next id is near, Seek otherwise), and `decode` turns each id's record into the item. An entry
// whose record is missing is Corruption (`what` names the index in the message).
template <typename T>
class IndexFollowCursor : public Cursor<T> {
 public:
  using Decode = std::function<Result<T>(uint64_t id, std::string_view value)>;
  IndexFollowCursor(std::unique_ptr<KeyRange> entries, std::unique_ptr<KeyRange> records,
                    std::string (*key_of)(uint64_t), Decode decode, const char* what)
      : entries_(std::move(entries)),
        records_(std::move(records)),
        key_of_(key_of),
        decode_(std::move(decode)),
        what_(what) {}

  bool Next(T* out) override {
    if (!status_.ok()) return false;
    if (!entries_->Valid()) {
      status_ = entries_->status();
      return false;
    }
    const std::string_view key = entries_->key();
    if (key.size() < 8) {
      status_ = Status::Corruption(std::string(what_) + " key too short");
      return false;
    }
    const uint64_t id = DecodeFixed64BE(key.data() + key.size() - 8);
    entries_->Next();
    status_ = Follow(id);
    if (!status_.ok()) return false;
    Result<T> item = decode_(id, records_->value());
    if (!item.ok()) {
      status_ = item.status();
      return false;
    }
    *out = std::move(*item);
    return true;
  }
  Status status() const override { return status_; }

 private:
  static constexpr int kMaxSteps = 8;  // Next is cheaper than Seek for a few keys

  // Positions `records_` on the record of `id`.
  Status Follow(uint64_t id) {
    const std::string target = key_of_(id);
    for (int i = 0; i < kMaxSteps && records_->Valid() && records_->key() < target; ++i) {
      records_->Next();
    }
    if (records_->Valid() && records_->key() < target) records_->Seek(target);
    if (records_->Valid() && records_->key() == target) return Status::OK();
    SG_RETURN_IF_ERROR(records_->status());
    return Status::Corruption(std::string(what_) + " entry of missing record " +
                              std::to_string(id));
  }

  std::unique_ptr<KeyRange> entries_;
  std::unique_ptr<KeyRange> records_;
  std::string (*key_of_)(uint64_t);
  Decode decode_;
  const char* what_;
  Status status_;
};

// Reads `cursor` to the end now, so later writes of the transaction cannot affect it.
template <typename T>
std::unique_ptr<Cursor<T>> Materialize(std::unique_ptr<Cursor<T>> cursor) {
  std::vector<T> items;
  T item;
  while (cursor->Next(&item)) items.push_back(std::move(item));
  return std::make_unique<VectorCursor<T>>(std::move(items), cursor->status());
}

}  // namespace stargraph::storage
