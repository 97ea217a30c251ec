#include "line_reader.h"

#include <editline/readline.h>
#include <langinfo.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace stargraph::cli {
namespace {

constexpr int kHistoryLimit = 2000;
// readline keeps these pointers; the word breaks make ':' and '.' separate what they precede.
char g_word_breaks[] = " \t\n\"'`@$><=;|&{(,[):.*+-/%^";
EditLineReader* g_active = nullptr;
std::vector<std::string> g_matches;

// libedit decodes typed keys by LC_CTYPE; in the "C" locale a program starts in, it drops every
// non-ASCII character, so 甲骨文 typed at the prompt never reached the statement. All text here is
// UTF-8: keep the user's locale when it is UTF-8, else use C.UTF-8.
void UseUtf8Keyboard() {
  if (std::setlocale(LC_CTYPE, "") != nullptr && std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0) {
    return;
  }
  std::setlocale(LC_CTYPE, "C.UTF-8");
}

}  // namespace

ReadStatus StreamLineReader::ReadLine(const std::string& prompt, std::string* line) {
  if (!std::getline(in_, *line)) return ReadStatus::kEnd;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return ReadStatus::kLine;
}

EditLineReader::EditLineReader(std::string history_path, std::function<Vocabulary()> vocabulary,
                               InterruptWatcher* watcher)
    : history_path_(std::move(history_path)),
      vocabulary_(std::move(vocabulary)),
      watcher_(watcher) {
  UseUtf8Keyboard();
  g_active = this;
  rl_readline_name = "stargraph";
  rl_attempted_completion_function = &EditLineReader::Complete;
  rl_completer_word_break_characters = g_word_breaks;
  using_history();
  stifle_history(kHistoryLimit);
  if (!history_path_.empty()) read_history(history_path_.c_str());
}

EditLineReader::~EditLineReader() {
  rl_attempted_completion_function = nullptr;
  g_active = nullptr;
}

ReadStatus EditLineReader::ReadLine(const std::string& prompt, std::string* line) {
  watcher_->TakeInterrupt();
  char* raw = readline(prompt.c_str());
  bool interrupted = watcher_->TakeInterrupt();
  if (raw == nullptr) return interrupted ? ReadStatus::kInterrupted : ReadStatus::kEnd;
  *line = raw;
  std::free(raw);
  if (interrupted) return ReadStatus::kInterrupted;
  if (line->find_first_not_of(" \t") != std::string::npos) {
    add_history(line->c_str());
    if (!history_path_.empty()) write_history(history_path_.c_str());
  }
  return ReadStatus::kLine;
}

char** EditLineReader::Complete(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;  // no file-name completion
  if (g_active == nullptr) return nullptr;
  std::string line(rl_line_buffer != nullptr ? rl_line_buffer : "");
  g_matches = CompletionCandidates(line, static_cast<size_t>(start), text, g_active->vocabulary_());
  return rl_completion_matches(text, &EditLineReader::NextMatch);
}

char* EditLineReader::NextMatch(const char* text, int state) {
  size_t index = static_cast<size_t>(state);
  return index < g_matches.size() ? strdup(g_matches[index].c_str()) : nullptr;
}

std::string DefaultHistoryPath() {
  const char* home = std::getenv("HOME");
  return home != nullptr && *home != '\0' ? std::string(home) + "/.stargraph_history" : "";
}

}  // namespace stargraph::cli
