#include "storage/sst_stream.h"

#include "storage/kv_reader.h"

namespace stargraph::storage {

SstStream::SstStream(rocksdb::SstFileWriter* writer)
    : writer_(writer), status_(Status::OK()), thread_([this] { Run(); }) {}

SstStream::~SstStream() {
  if (!closed_) Close().IgnoreError();
}

Status SstStream::Put(std::string_view key, std::string_view value) {
  current_.bytes.append(key);
  current_.bytes.append(value);
  current_.sizes.emplace_back(key.size(), value.size());
  if (current_.bytes.size() < kBatchBytes) return Status::OK();
  Batch full;
  std::swap(full, current_);
  current_.bytes.reserve(kBatchBytes + 4096);
  return Hand(std::move(full));
}

Status SstStream::Hand(Batch batch) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return pending_.size() < kMaxPending || !status_.ok(); });
  if (!status_.ok()) return status_;
  pending_.push_back(std::move(batch));
  changed_.notify_all();
  return Status::OK();
}

Status SstStream::Close() {
  if (closed_) {  // the thread is joined already: its first error, if any
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
  }
  closed_ = true;
  Status handed = current_.sizes.empty() ? Status::OK() : Hand(std::move(current_));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
    changed_.notify_all();
  }
  thread_.join();
  std::lock_guard<std::mutex> lock(mutex_);
  return status_.ok() ? handed : status_;
}

void SstStream::Run() {
  while (true) {
    Batch batch;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return !pending_.empty() || closing_; });
      if (pending_.empty()) return;
      batch = std::move(pending_.front());
      pending_.pop_front();
      changed_.notify_all();
    }
    Status s = Status::OK();
    size_t at = 0;
    for (const auto& [key_size, value_size] : batch.sizes) {
      const rocksdb::Slice key(batch.bytes.data() + at, key_size);
      const rocksdb::Slice value(batch.bytes.data() + at + key_size, value_size);
      at += key_size + value_size;
      s = FromRocks(writer_->Put(key, value));
      if (!s.ok()) break;
    }
    if (!s.ok()) {
      std::lock_guard<std::mutex> lock(mutex_);
      status_ = s;
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace stargraph::storage
