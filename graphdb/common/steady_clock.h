// Monotonic time in nanoseconds, for statement timings (never for dates: the epoch is arbitrary).
#pragma once

#include <chrono>
#include <cstdint>

namespace stargraph {

inline int64_t SteadyNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace stargraph
