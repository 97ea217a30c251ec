#include "progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <utility>

namespace stargraph::cli {
namespace {

constexpr uint64_t kBarCells = 30;
constexpr std::chrono::milliseconds kRedrawInterval{100};
constexpr char kEraseLine[] = "\r\033[K";

}  // namespace

std::string RenderProgress(uint64_t done, uint64_t total, const std::string& unit) {
  if (total == 0) return std::to_string(done) + " " + unit;
  const uint64_t shown = std::min(done, total);
  const uint64_t filled = kBarCells * shown / total;
  return "[" + std::string(filled, '#') + std::string(kBarCells - filled, ' ') + "] " +
         std::to_string(100 * shown / total) + "% " + std::to_string(shown) + "/" +
         std::to_string(total) + " " + unit;
}

bool ProgressWanted(bool machine_output) { return !machine_output && isatty(STDERR_FILENO) != 0; }

ProgressBar::ProgressBar(std::ostream& out, bool enabled, std::string unit, uint64_t total)
    : out_(out), enabled_(enabled), unit_(std::move(unit)), total_(total) {}

ProgressBar::~ProgressBar() { Hide(); }

void ProgressBar::Update(uint64_t done) {
  done_ = done;
  if (!enabled_ || finished_) return;
  if (drawn_ && std::chrono::steady_clock::now() - last_draw_ < kRedrawInterval) return;
  Draw();
}

void ProgressBar::Hide() {
  if (!drawn_) return;
  out_ << kEraseLine << std::flush;
  drawn_ = false;
}

void ProgressBar::Finish() {
  if (!enabled_ || finished_) return;
  if (total_ > 0) done_ = std::max(done_, total_);
  Draw();
  Hide();
  finished_ = true;
}

void ProgressBar::Draw() {
  out_ << kEraseLine << "  " << RenderProgress(done_, total_, unit_) << std::flush;
  drawn_ = true;
  last_draw_ = std::chrono::steady_clock::now();
}

}  // namespace stargraph::cli
