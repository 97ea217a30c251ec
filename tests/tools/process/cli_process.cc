#include "cli_process.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace stargraph::cli::testing {
namespace {

std::vector<char*> Argv(const std::vector<std::string>& args, std::vector<std::string>* storage) {
  *storage = args;
  storage->insert(storage->begin(), StargraphBinary());
  std::vector<char*> argv;
  for (std::string& a : *storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

// Reads what is available on the given pipes until all are closed.
void Drain(int out_fd, int err_fd, std::string* out, std::string* err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {out, err};
  int open_count = 2;
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      char buf[4096];
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<size_t>(n));
      } else {
        fds[i].fd = -1;
        --open_count;
      }
    }
  }
}

// The environment of this process with HOME replaced (when `home` is non-empty).
std::vector<std::string> Environment(const std::string& home) {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (home.empty() || std::string(*e).rfind("HOME=", 0) != 0) env.emplace_back(*e);
  }
  if (!home.empty()) env.push_back("HOME=" + home);
  return env;
}

}  // namespace

std::string StargraphBinary() {
  return std::string(STARGRAPH_BINARY_DIR) + "/tools/stargraph/stargraph";
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "stargraph-cli-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

ProcessOutput RunStargraph(const std::vector<std::string>& args, const std::string& input,
                           const std::string& home) {
  int in[2], out[2], err[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
    posix_spawn_file_actions_addclose(&actions, fd);
  }
  std::vector<std::string> storage;
  std::vector<char*> argv = Argv(args, &storage);
  std::vector<std::string> env = Environment(home);
  std::vector<char*> envp;
  for (std::string& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  if (spawned != 0) throw std::runtime_error("cannot start " + StargraphBinary());
  std::thread feeder([&] {
    ssize_t written = write(in[1], input.data(), input.size());
    (void)written;  // a process that exits early does not read its input
    close(in[1]);
  });
  ProcessOutput result;
  Drain(out[0], err[0], &result.out, &result.err);
  feeder.join();
  close(out[0]);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

pid_t StartStargraph(const std::vector<std::string>& args) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> storage;
  std::vector<char*> argv = Argv(args, &storage);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot start " + StargraphBinary());
  return pid;
}

PtyProcess::PtyProcess(const std::vector<std::string>& args, const std::string& home) {
  std::vector<std::string> storage;
  std::vector<char*> argv = Argv(args, &storage);
  winsize size{40, 120, 0, 0};
  pid_ = forkpty(&fd_, nullptr, nullptr, &size);
  if (pid_ < 0) throw std::runtime_error("forkpty failed");
  if (pid_ == 0) {
    setenv("HOME", home.c_str(), 1);
    setenv("TERM", "xterm", 1);
    execv(argv[0], argv.data());
    _exit(127);
  }
}

PtyProcess::~PtyProcess() {
  if (pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  close(fd_);
}

void PtyProcess::Send(const std::string& keys) {
  ssize_t written = write(fd_, keys.data(), keys.size());
  (void)written;  // a short write shows up as a failed WaitFor
}

bool PtyProcess::WaitFor(const std::string& text, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (;;) {
    size_t at = transcript_.find(text, seen_);
    if (at != std::string::npos) {
      seen_ = at + text.size();
      return true;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd fd{fd_, POLLIN, 0};
    if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
    char buf[4096];
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) return transcript_.find(text, seen_) != std::string::npos;
    transcript_.append(buf, static_cast<size_t>(n));
  }
}

bool PtyProcess::WaitForRawMode(int timeout_ms) {
  // The pty's termios belong to its terminal side: read them through the slave device.
  int terminal = open(ptsname(fd_), O_RDWR | O_NOCTTY);
  if (terminal < 0) return false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  bool raw = false;
  while (!raw && std::chrono::steady_clock::now() < deadline) {
    termios mode{};
    raw = tcgetattr(terminal, &mode) == 0 && (mode.c_lflag & ICANON) == 0;
    if (!raw) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  close(terminal);
  return raw;
}

int PtyProcess::WaitExit(int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      while (ReadAvailable(0) > 0) continue;  // what it wrote before exiting
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (ReadAvailable(20) <= 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));  // hung-up terminal
    }
  }
  return -1;
}

ssize_t PtyProcess::ReadAvailable(int wait_ms) {
  char buf[4096];
  pollfd fd{fd_, POLLIN, 0};
  ssize_t n = poll(&fd, 1, wait_ms) > 0 ? read(fd_, buf, sizeof buf) : 0;
  if (n > 0) transcript_.append(buf, static_cast<size_t>(n));
  return n;
}

}  // namespace stargraph::cli::testing
