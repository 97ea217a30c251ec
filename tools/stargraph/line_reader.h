// Where the shell's lines come from: a terminal with libedit (prompts, history, completion) or a
// plain stream (scripts and pipes: no prompts).
#pragma once

#include <functional>
#include <istream>
#include <string>

#include "completion.h"
#include "interrupt_watcher.h"

namespace stargraph::cli {

enum class ReadStatus { kLine, kInterrupted, kEnd };

class LineReader {
 public:
  virtual ~LineReader() = default;
  // Reads one line (without its newline) after showing `prompt` where prompts are shown.
  // kInterrupted when Ctrl-C abandoned the line, kEnd at end of input (Ctrl-D).
  virtual ReadStatus ReadLine(const std::string& prompt, std::string* line) = 0;
  virtual bool interactive() const = 0;
};

class StreamLineReader : public LineReader {
 public:
  explicit StreamLineReader(std::istream& in) : in_(in) {}
  ReadStatus ReadLine(const std::string& prompt, std::string* line) override;
  bool interactive() const override { return false; }

 private:
  std::istream& in_;
};

// libedit through its readline interface. Invariant: at most one exists per process (readline
// keeps its state, and the completion hook, in globals).
class EditLineReader : public LineReader {
 public:
  // Loads the history from `history_path` (may be empty: no history file) and completes with the
  // names `vocabulary` returns (called at each completion). `watcher` reports Ctrl-C at the
  // prompt; it must outlive the reader.
  EditLineReader(std::string history_path, std::function<Vocabulary()> vocabulary,
                 InterruptWatcher* watcher);
  ~EditLineReader() override;
  EditLineReader(const EditLineReader&) = delete;
  EditLineReader& operator=(const EditLineReader&) = delete;

  // Non-blank lines are added to the history, which is saved after each one.
  ReadStatus ReadLine(const std::string& prompt, std::string* line) override;
  bool interactive() const override { return true; }

 private:
  static char** Complete(const char* text, int start, int end);
  static char* NextMatch(const char* text, int state);

  std::string history_path_;
  std::function<Vocabulary()> vocabulary_;
  InterruptWatcher* watcher_;
};

// ~/.stargraph_history, or empty when $HOME is unset.
std::string DefaultHistoryPath();

}  // namespace stargraph::cli
