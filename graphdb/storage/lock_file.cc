#include "storage/lock_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace stargraph::storage {
namespace {

std::string ReadHolder(int fd) {
  char buffer[32] = {};
  const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
  std::string pid = n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "unknown" : pid;
}

Status WritePid(int fd) {
  const std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    return Status::IOError(std::string("cannot write lock file: ") + std::strerror(errno));
  }
  return Status::OK();
}

}  // namespace

Result<std::unique_ptr<LockFile>> LockFile::Acquire(const std::string& db_path) {
  const std::string path = db_path + "/" + kLockFileName;
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    const std::string holder = ReadHolder(fd);
    close(fd);
    if (error == EWOULDBLOCK) {
      return Status::Locked("database " + db_path + " is already open for writing by process " +
                            holder + "; close it there or open this one read-only");
    }
    return Status::IOError("cannot lock " + path + ": " + std::strerror(error));
  }
  Status written = WritePid(fd);
  if (!written.ok()) {
    close(fd);
    return written;
  }
  return std::unique_ptr<LockFile>(new LockFile(fd));
}

// Closing the descriptor releases the flock; the pid stays in the file, which is harmless.
LockFile::~LockFile() { close(fd_); }

}  // namespace stargraph::storage
