// The progress bar of `stargraph backup`: RocksDB writes the checkpoint without progress
// callbacks, so a thread watches the copy grow toward the size of the source.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "progress_bar.h"

namespace stargraph::cli {

// Invariants:
//  1. bar_ is drawn only by the polling thread until Stop() has joined it, then only by Stop().
//  2. stop_ is guarded by mu_; Stop() sets it and wakes the thread, which exits within one poll.
class BackupProgress {
 public:
  // Starts polling when `enabled` (see ProgressWanted); otherwise does nothing.
  BackupProgress(bool enabled, const std::string& source, std::string destination);
  // Stops without drawing the completed bar (the backup failed).
  ~BackupProgress();
  BackupProgress(const BackupProgress&) = delete;
  BackupProgress& operator=(const BackupProgress&) = delete;

  // Stops polling and erases the bar; when `completed`, first draws it full.
  void Stop(bool completed);

 private:
  void Poll();

  const std::string destination_;
  ProgressBar bar_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace stargraph::cli
