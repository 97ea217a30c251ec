// How the commands that run statements (shell, query) open the database and run statements:
// `--read-only` and `--timeout SECONDS`.
#pragma once

#include <cstdint>

#include "stargraph/database.h"

namespace stargraph::cli {

struct SessionSettings {
  bool read_only = false;  // open as a reader: no writer lock, writing statements fail
  int64_t timeout_ms = 0;  // per statement; 0: none
};

// The open options for `settings`: a reader never creates the database.
inline DatabaseOptions OpenOptions(const SessionSettings& settings) {
  DatabaseOptions options;
  options.read_only = settings.read_only;
  options.create_if_missing = !settings.read_only;
  return options;
}

// The options of each statement run under `timeout_ms` (0: none).
inline QueryOptions StatementOptions(int64_t timeout_ms) {
  QueryOptions options;
  options.timeout_ms = timeout_ms;
  return options;
}

}  // namespace stargraph::cli
