#include "database_files.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace stargraph::cli {

std::string DefaultDatabasePath() {
  const char* env = std::getenv("STARGRAPH_DB");
  return env != nullptr && *env != '\0' ? env : "./stargraph.db";
}

uint64_t SizeOnDisk(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
  uint64_t total = 0;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) total += it->file_size(size_ec);
  }
  return total;
}

std::string HumanBytes(uint64_t bytes) {
  static const char* kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 4) {
    value /= 1024;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, unit == 0 ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
  return buf;
}

std::string FindSeedScript() {
  std::error_code ec;
  for (const char* path : {STARGRAPH_SEED_INSTALLED_PATH, STARGRAPH_SEED_SOURCE_PATH}) {
    if (std::filesystem::is_regular_file(path, ec)) return path;
  }
  return "";
}

}  // namespace stargraph::cli
