// The statement timeout given as `--timeout SECONDS` or the shell's `:timeout N|off`.
#pragma once

#include <cstdint>
#include <string>

#include "common/status.h"

namespace stargraph::cli {

// Milliseconds for a timeout written as seconds ("5", "0.25") or "off"; 0 means no timeout
// ("off" and "0"). InvalidArgument for anything else: negative, not a number, or over a day.
Result<int64_t> ParseTimeoutSeconds(const std::string& text);

// A timeout for people: "off", "5 s", "0.25 s".
std::string TimeoutText(int64_t timeout_ms);

}  // namespace stargraph::cli
