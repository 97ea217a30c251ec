// Helpers shared by the storage tests: temporary directories and terse store access.
#pragma once

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>

#include "storage/graph_store.h"

namespace stargraph::storage::testing {

// A fresh directory under /tmp, removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = "/tmp/stargraph-test-XXXXXX";
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::unique_ptr<Store> OpenStore(const std::string& path, bool read_only = false) {
  OpenOptions options;
  options.read_only = read_only;
  options.block_cache_bytes = size_t{8} << 20;
  auto store = Store::Open(path, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline std::unique_ptr<Transaction> Begin(Store& store, TxMode mode) {
  auto tx = store.Begin(mode);
  INFO(tx.status().ToString());
  REQUIRE(tx.ok());
  return std::move(tx).value();
}

template <typename T>
T Must(Result<T> result) {
  INFO(result.status().ToString());
  REQUIRE(result.ok());
  return std::move(result).value();
}

inline void MustOk(const Status& status) {
  INFO(status.ToString());
  REQUIRE(status.ok());
}

template <typename T>
std::vector<T> Drain(std::unique_ptr<Cursor<T>> cursor) {
  std::vector<T> items;
  T item;
  while (cursor->Next(&item)) items.push_back(item);
  REQUIRE(cursor->status().ok());
  return items;
}

}  // namespace stargraph::storage::testing
