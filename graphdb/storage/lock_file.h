// The writer lock of a database directory: <db>/stargraph.lock, held with flock(2) for the
// lifetime of the writing Store and holding the writer's pid for error messages.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"

namespace stargraph::storage {

inline constexpr const char* kLockFileName = "stargraph.lock";

class LockFile {
 public:
  // Takes the lock without waiting. Locked when another open file description holds it (another
  // process, or another Store in this process); the message names `db_path` and the holder's pid.
  static Result<std::unique_ptr<LockFile>> Acquire(const std::string& db_path);
  ~LockFile();
  LockFile(const LockFile&) = delete;
  LockFile& operator=(const LockFile&) = delete;

 private:
  explicit LockFile(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace stargraph::storage
