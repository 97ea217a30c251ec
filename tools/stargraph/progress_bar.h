// A one-line progress display on a terminal for long work (load, import, export, backup): a bar
// when the total is known, else a running count. It writes nothing unless enabled, and callers
// enable it only when stderr is a terminal and the output is not JSON.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace stargraph::cli {

// The text of one progress line: "[#######             ] 35% 7/20 articles" when `total` > 0
// (`done` above `total` counts as complete), "12000 rows" when the total is unknown (0).
std::string RenderProgress(uint64_t done, uint64_t total, const std::string& unit);

// True when progress may be drawn on stderr: it is a terminal, and `machine_output` (JSON, or
// data on the same terminal) is false.
bool ProgressWanted(bool machine_output);

class ProgressBar {
 public:
  // Draws on `out` (normally std::cerr) only when `enabled`. `total` 0: unknown.
  ProgressBar(std::ostream& out, bool enabled, std::string unit, uint64_t total);
  // Erases the line if it is still drawn (an error path).
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Records progress; redraws on the first call and then at most ten times a second. Nothing
  // after Finish().
  void Update(uint64_t done);
  // Erases the line before other output goes to the terminal; the next Update redraws it.
  void Hide();
  // Draws the final state once (so even quick work shows it finished), then erases the line so
  // the summary that follows starts at column 0.
  void Finish();

 private:
  void Draw();

  std::ostream& out_;
  const bool enabled_;
  const std::string unit_;
  const uint64_t total_;
  uint64_t done_ = 0;
  bool drawn_ = false;
  bool finished_ = false;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace stargraph::cli
