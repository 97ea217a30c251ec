#include "interrupt_watcher.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace stargraph::cli {
namespace {

int g_pipe[2] = {-1, -1};
std::atomic<bool> g_interrupted{false};
constexpr char kInterruptByte = 'i';
constexpr char kStopByte = 'q';

void WriteByte(char byte) {
  ssize_t written = write(g_pipe[1], &byte, 1);
  (void)written;  // a full pipe already holds a pending wake-up
}

}  // namespace

InterruptWatcher::InterruptWatcher() {
  if (pipe(g_pipe) == 0) fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
  struct sigaction action {};
  action.sa_handler = &InterruptWatcher::OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, &previous_);
  thread_ = std::thread([this] { Loop(); });
}

InterruptWatcher::~InterruptWatcher() {
  sigaction(SIGINT, &previous_, nullptr);
  WriteByte(kStopByte);
  thread_.join();
  close(g_pipe[0]);
  close(g_pipe[1]);
}

void InterruptWatcher::Watch(Session* session) {
  std::lock_guard<std::mutex> lock(mu_);
  session_ = session;
}

bool InterruptWatcher::TakeInterrupt() { return g_interrupted.exchange(false); }

void InterruptWatcher::OnSignal(int signal_number) {
  int saved_errno = errno;
  g_interrupted.store(true);
  WriteByte(kInterruptByte);
  errno = saved_errno;
}

void InterruptWatcher::Loop() {
  for (;;) {
    char byte = 0;
    ssize_t n = read(g_pipe[0], &byte, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || byte == kStopByte) return;
    std::lock_guard<std::mutex> lock(mu_);
    if (session_ != nullptr) session_->Cancel();
  }
}

}  // namespace stargraph::cli
