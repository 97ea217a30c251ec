#include "backup_progress.h"

#include <chrono>
#include <iostream>

#include "database_files.h"

namespace stargraph::cli {
namespace {

constexpr std::chrono::milliseconds kPollInterval{100};

// Sizes in KiB keep the bar's numbers readable; a tiny database still has a total of 1.
uint64_t Kib(uint64_t bytes) { return (bytes + 1023) / 1024; }

}  // namespace

BackupProgress::BackupProgress(bool enabled, const std::string& source, std::string destination)
    : destination_(std::move(destination)),
      bar_(std::cerr, enabled, "KiB copied", enabled ? Kib(SizeOnDisk(source)) : 0) {
  if (enabled) thread_ = std::thread([this] { Poll(); });
}

BackupProgress::~BackupProgress() { Stop(false); }

void BackupProgress::Stop(bool completed) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  if (completed) bar_.Finish();
  bar_.Hide();
}

void BackupProgress::Poll() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    // RocksDB builds the checkpoint in DEST.tmp and renames it to DEST when complete.
    bar_.Update(Kib(SizeOnDisk(destination_ + ".tmp") + SizeOnDisk(destination_)));
    wake_.wait_for(lock, kPollInterval, [this] { return stop_; });
  }
}

}  // namespace stargraph::cli
