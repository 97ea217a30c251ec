#include "storage/database_directory.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

#include "storage/lock_file.h"

namespace stargraph::storage {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCreatingMarker = "stargraph.creating";

// Makes creations and removals of directory entries durable.
Status SyncDirectory(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("cannot open directory " + path);
  const bool synced = fsync(fd) == 0;
  close(fd);
  return synced ? Status::OK() : Status::IOError("cannot sync directory " + path);
}

}  // namespace

Result<DirState> InspectDirectory(const std::string& path, const OpenOptions& options) {
  std::error_code ec;
  const bool can_create = options.create_if_missing && !options.read_only;
  if (!fs::exists(path, ec)) {
    if (!can_create) return Status::NotFound("no stargraph database at " + path);
    if (!fs::create_directories(path, ec)) {
      return Status::IOError("cannot create " + path + ": " + ec.message());
    }
    return DirState::kNew;
  }
  if (!fs::is_directory(path, ec)) {
    return Status::Corruption(path + " is not a stargraph database (it is not a directory)");
  }
  if (fs::exists(fs::path(path) / kCreatingMarker, ec)) {
    if (options.read_only) {
      return Status::NotFound("the creation of the database at " + path +
                              " did not finish; open it for writing to create it again");
    }
    return DirState::kInterrupted;
  }
  if (fs::exists(fs::path(path) / "CURRENT", ec)) return DirState::kExisting;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (entry.path().filename() != kLockFileName) {
      return Status::Corruption(path +
                                " is not a stargraph database (a non-empty directory without "
                                "database files)");
    }
  }
  if (!can_create) return Status::NotFound("no stargraph database at " + path);
  return DirState::kNew;
}

Status BeginCreation(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const auto name = entry.path().filename();
    if (name != kLockFileName && name != kCreatingMarker) fs::remove_all(entry.path(), ec);
    if (ec) return Status::IOError("cannot remove " + entry.path().string() + ": " + ec.message());
  }
  const std::string marker = (fs::path(path) / kCreatingMarker).string();
  const int fd = open(marker.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError("cannot create " + marker);
  close(fd);
  return SyncDirectory(path);
}

Status FinishCreation(const std::string& path) {
  std::error_code ec;
  fs::remove(fs::path(path) / kCreatingMarker, ec);
  if (ec) return Status::IOError("cannot remove the creation marker in " + path);
  return SyncDirectory(path);
}

}  // namespace stargraph::storage
