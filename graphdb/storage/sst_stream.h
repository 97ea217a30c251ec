// SstStream: one SST file filled by a thread of its own, so the caller's thread only encodes.
//
// Invariants:
//  1. Put() and Close() are called from one thread (the owner); the writer is used only by the
//     stream's thread until Close() returns.
//  2. At most kMaxPending full batches wait for the thread (Put blocks then): memory stays
//     bounded whatever the file's size.
//  3. The first error of the thread is kept; Put() and Close() return it from then on.
#pragma once

#include <rocksdb/sst_file_writer.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/status.h"

namespace stargraph::storage {

class SstStream {
 public:
  // Starts the thread; `writer` is open and outlives the stream.
  explicit SstStream(rocksdb::SstFileWriter* writer);
  ~SstStream();  // Close() when not yet called, its status dropped: the load is abandoned.

  // Queues one entry (keys in increasing order). Errors: the thread's first failure.
  Status Put(std::string_view key, std::string_view value);
  // Writes what is queued, stops the thread and returns its first failure, or OK.
  Status Close();

 private:
  struct Batch {
    std::string bytes;                             // keys and values, back to back
    std::vector<std::pair<size_t, size_t>> sizes;  // (key size, value size) per entry
  };
  static constexpr size_t kBatchBytes = size_t{1} << 20;
  static constexpr size_t kMaxPending = 4;

  void Run();
  Status Hand(Batch batch);

  rocksdb::SstFileWriter* const writer_;
  Batch current_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> pending_;  // guarded by mutex_
  bool closing_ = false;       // guarded by mutex_
  Status status_;              // guarded by mutex_
  bool closed_ = false;
  std::thread thread_;
};

}  // namespace stargraph::storage
