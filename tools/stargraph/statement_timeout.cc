#include "statement_timeout.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace stargraph::cli {
namespace {

constexpr double kMaxSeconds = 24 * 60 * 60;

}  // namespace

Result<int64_t> ParseTimeoutSeconds(const std::string& text) {
  if (text == "off") return int64_t{0};
  const char* begin = text.c_str();
  char* end = nullptr;
  const double seconds = std::strtod(begin, &end);
  const bool numeric = !text.empty() && end == begin + text.size() && std::isfinite(seconds);
  if (!numeric || seconds < 0 || seconds > kMaxSeconds) {
    return Status::InvalidArgument("a timeout is a number of seconds from 0 to 86400, or off");
  }
  const int64_t ms = std::llround(seconds * 1000);
  return seconds > 0 && ms == 0 ? int64_t{1} : ms;  // a tiny positive timeout still applies
}

std::string TimeoutText(int64_t timeout_ms) {
  if (timeout_ms == 0) return "off";
  std::ostringstream out;
  out << static_cast<double>(timeout_ms) / 1000 << " s";
  return out.str();
}

}  // namespace stargraph::cli
