// Ctrl-C handling: SIGINT cancels the running statement (Session::Cancel), never the program.
#pragma once

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

#include "stargraph/database.h"

namespace stargraph::cli {

// Invariants:
//  1. The signal handler only sets an atomic flag and writes one byte to a non-blocking pipe,
//     both async-signal-safe; everything else happens on the watcher thread.
//  2. session_ is guarded by mu_; the watcher calls Cancel() under mu_, so Watch(nullptr)
//     returning means no Cancel() is in flight for the previous session.
//  3. At most one InterruptWatcher exists per process (the handler and pipe are process-wide).
class InterruptWatcher {
 public:
  // Installs the SIGINT handler (without SA_RESTART, so a blocking read returns EINTR) and
  // starts the watcher thread.
  InterruptWatcher();
  // Restores the previous handler and joins the thread.
  ~InterruptWatcher();
  InterruptWatcher(const InterruptWatcher&) = delete;
  InterruptWatcher& operator=(const InterruptWatcher&) = delete;

  // Ctrl-C now cancels `session`'s statement; nullptr when no statement runs. The session must
  // stay alive until Watch(nullptr) returns.
  void Watch(Session* session);
  // True once for each Ctrl-C since the previous call.
  bool TakeInterrupt();

 private:
  static void OnSignal(int signal_number);
  void Loop();

  std::mutex mu_;
  Session* session_ = nullptr;
  std::thread thread_;
  struct sigaction previous_ {};
};

// Watches `session` for the lifetime of the scope; a null watcher makes it a no-op.
class WatchScope {
 public:
  WatchScope(InterruptWatcher* watcher, Session* session) : watcher_(watcher) {
    if (watcher_ != nullptr) watcher_->Watch(session);
  }
  ~WatchScope() {
    if (watcher_ != nullptr) watcher_->Watch(nullptr);
  }
  WatchScope(const WatchScope&) = delete;
  WatchScope& operator=(const WatchScope&) = delete;

 private:
  InterruptWatcher* watcher_;
};

}  // namespace stargraph::cli
