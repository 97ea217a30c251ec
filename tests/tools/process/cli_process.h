// Runs the built `stargraph` binary for tests: through pipes (stdin text in, stdout, stderr and
// the exit status out) or on a pseudo-terminal.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace stargraph::cli::testing {

// The stargraph binary of this build tree.
std::string StargraphBinary();

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct ProcessOutput {
  int exit_status = -1;
  std::string out;
  std::string err;
};

// Runs stargraph with `args`, feeding `input` on stdin; HOME is set to `home` when non-empty.
ProcessOutput RunStargraph(const std::vector<std::string>& args, const std::string& input = "",
                           const std::string& home = "");

// Starts stargraph with `args` in the background, its output discarded; the caller waits for the
// returned process id (and may kill it first).
pid_t StartStargraph(const std::vector<std::string>& args);

// stargraph running on a pseudo-terminal, as a user at a keyboard would see it.
class PtyProcess {
 public:
  // Starts stargraph with `args` and HOME=`home`, TERM=xterm, on a 120x40 terminal.
  PtyProcess(const std::vector<std::string>& args, const std::string& home);
  ~PtyProcess();  // kills the process if still running
  PtyProcess(const PtyProcess&) = delete;
  PtyProcess& operator=(const PtyProcess&) = delete;

  void Send(const std::string& keys);
  // Reads until everything seen since the last successful wait contains `text`; false after
  // `timeout_ms`.
  bool WaitFor(const std::string& text, int timeout_ms = 10000);
  // Waits until the line editor has the terminal in raw mode, i.e. reads keys one by one. Keys
  // sent earlier go through cooked mode, where Ctrl-D and Tab do not reach the editor.
  bool WaitForRawMode(int timeout_ms = 10000);
  // Waits for the process to end; its exit status, or -1 after `timeout_ms`. The transcript then
  // holds everything the process wrote.
  int WaitExit(int timeout_ms = 10000);
  // All output so far (for failure messages).
  const std::string& transcript() const { return transcript_; }

 private:
  // Appends what the terminal has (waiting up to `wait_ms` for it); read()'s result.
  ssize_t ReadAvailable(int wait_ms);

  pid_t pid_ = -1;
  int fd_ = -1;
  std::string transcript_;
  size_t seen_ = 0;  // transcript_ before this offset has been matched already
};

}  // namespace stargraph::cli::testing
