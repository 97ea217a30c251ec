// Cursor implementations: over a key range (streaming), over a vector, and a concatenation.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/graph_store.h"
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

// Reads `cursor` to the end now, so later writes of the transaction cannot affect it.
template <typename T>
std::unique_ptr<Cursor<T>> Materialize(std::unique_ptr<Cursor<T>> cursor) {
  std::vector<T> items;
  T item;
  while (cursor->Next(&item)) items.push_back(std::move(item));
  return std::make_unique<VectorCursor<T>>(std::move(items), cursor->status());
}

}  // namespace stargraph::storage
