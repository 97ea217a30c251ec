// stargraph's embedded API: open a database, run Cypher, read typed results.
//
//   auto db = stargraph::Database::Open("kg.db", {});          // Result<std::unique_ptr<Database>>
//   auto session = (*db)->Connect();
//   stargraph::QueryResult r = session->Execute("MATCH (c:Company) RETURN c.name");
//   while (r.Next()) std::cout << r.row()[0].as_string() << "\n";
//   if (!r.ok()) std::cerr << r.error().message << "\n";
//
// Thread safety: Database is thread-safe; open one per process and share it. A Session is used by
// one thread at a time (Cancel() may be called from any thread). Many sessions may read at once;
// writing statements run one at a time per database (others wait for the writer slot).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "common/value.h"
#include "stargraph/query_result.h"

namespace stargraph {

struct DatabaseOptions {
  bool create_if_missing = true;
  // Opens a database another process is writing; sees its commits as of each statement's start.
  bool read_only = false;
  size_t block_cache_bytes = size_t{256} << 20;
};

struct QueryOptions {
  int64_t timeout_ms = 0;          // 0: no timeout
  int64_t memory_limit_bytes = 0;  // 0: the database default (1 GiB)
};

struct CheckSummary {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  std::vector<std::string> problems;  // empty when consistent
};

class PreparedStatement;
class Session;

class Database {
 public:
  // Opens (or creates) the database at `path`. Errors: Locked when another process writes it
  // (the message names the holder), Corruption for a directory that is not a stargraph database
  // or has a newer format, IOError.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const DatabaseOptions& options = {});
  ~Database();

  // A new session (connection) on this database. The session must not outlive the database.
  std::unique_ptr<Session> Connect();
  const std::string& path() const;
  // An online consistent copy at `destination` (must not exist).
  Status Backup(const std::string& destination);
  // Verifies the on-disk structures (adjacency symmetry, indexes, catalog).
  Result<CheckSummary> Check();

  class Impl;
  Impl* impl() { return impl_.get(); }

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class Session {
 public:
  ~Session();

  // Runs one Cypher statement with parameters. Outside an explicit transaction the statement
  // commits on its own when it succeeds (read-only statements stream their rows; writing
  // statements run to the end, commit, then return their rows). Errors are in the result.
  QueryResult Execute(const std::string& cypher, const ValueMap& parameters = {},
                      const QueryOptions& options = {});
  // Parses and plans once; run with PreparedStatement::Execute. Errors as in Execute.
  Result<std::unique_ptr<PreparedStatement>> Prepare(const std::string& cypher);

  // Explicit transactions. A statement that fails inside one is rolled back by itself (a
  // savepoint); the transaction stays open and usable. Begin fails if one is already open.
  Status Begin();
  Status Commit();
  Status Rollback();
  bool in_transaction() const;

  // Asks the running statement of this session to stop; it ends with a RuntimeError
  // "Cancelled". Safe to call from another thread or a signal-handling thread.
  void Cancel();

  class Impl;

 private:
  friend class Database;
  friend class PreparedStatement;
  explicit Session(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class PreparedStatement {
 public:
  ~PreparedStatement();
  QueryResult Execute(const ValueMap& parameters = {}, const QueryOptions& options = {});
  const std::vector<std::string>& columns() const;
  // The names of the parameters ($name) the statement reads, sorted. Execute fails with
  // MissingParameter, before anything runs, when one of them is not supplied.
  std::vector<std::string> parameters() const;

  class Impl;

 private:
  friend class Session;
  explicit PreparedStatement(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace stargraph
