// ScratchDatabase: a fresh database in a temporary directory for one test, removed afterwards.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "stargraph/database.h"

namespace stargraph::testing {

class ScratchDatabase {
 public:
  explicit ScratchDatabase(const std::string& tag)
      : dir_(std::filesystem::temp_directory_path() /
             ("sg_" + tag + "_" + std::to_string(getpid()))) {
    std::filesystem::remove_all(dir_);
    db_ = std::move(Database::Open(dir_.string()).value());
    session_ = db_->Connect();
  }
  ~ScratchDatabase() {
    session_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  Database& db() { return *db_; }
  Session& session() { return *session_; }
  const std::filesystem::path& dir() const { return dir_; }

  // Runs `cypher` in the fixture's session and returns its rows; the statement must succeed.
  std::vector<std::vector<Value>> Run(const std::string& cypher, const ValueMap& params = {}) {
    QueryResult r = session_->Execute(cypher, params);
    auto rows = r.FetchAll();
    INFO(cypher << "\n" << r.error().message);
    REQUIRE(r.ok());
    return rows;
  }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<Session> session_;
};

}  // namespace stargraph::testing
