// Concurrency: reader sessions run queries while a writer commits transfers between accounts.
// Every read must see a committed state: the total balance and the number of accounts never
// change. Run under ThreadSanitizer too (-DSTARGRAPH_SANITIZE=thread).
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "stargraph/database.h"

namespace stargraph {
namespace {

namespace fs = std::filesystem;

constexpr int kAccounts = 8;
constexpr int64_t kInitialBalance = 1000;
constexpr int kTransfers = 150;
constexpr int kReaders = 3;

struct Snapshot {
  bool ok = false;
  int64_t accounts = 0;
  int64_t total = 0;
  std::string error;
};

Snapshot ReadTotals(Session& session) {
  QueryResult r = session.Execute("MATCH (a:Account) RETURN count(a) AS n, sum(a.balance) AS t");
  Snapshot s;
  if (r.Next()) {
    s.accounts = r.row()[0].as_int();
    s.total = r.row()[1].as_int();
  }
  while (r.Next()) {
  }
  s.ok = r.ok();
  if (!r.ok()) s.error = r.error().message;
  return s;
}

// Moves `amount` from one account to another in an explicit transaction of two statements, so
// that a reader seeing only one of them would find the total changed.
void Transfer(Session& session, int from, int to, int64_t amount) {
  REQUIRE(session.Begin().ok());
  const std::string set = "MATCH (a:Account {id: $id}) SET a.balance = a.balance + $delta";
  REQUIRE(session.Execute(set, {{"id", Value(from)}, {"delta", Value(-amount)}}).ok());
  REQUIRE(session.Execute(set, {{"id", Value(to)}, {"delta", Value(amount)}}).ok());
  REQUIRE(session.Commit().ok());
}

TEST_CASE("readers see the total balance unchanged while a writer commits transfers") {
  const fs::path dir = fs::temp_directory_path() / ("sg_concurrency_" + std::to_string(getpid()));
  fs::remove_all(dir);
  auto db = std::move(Database::Open(dir.string()).value());
  {
    auto setup = db->Connect();
    QueryResult r =
        setup->Execute("UNWIND range(0, $n - 1) AS i CREATE (:Account {id: i, balance: $b})",
                       {{"n", Value(kAccounts)}, {"b", Value(kInitialBalance)}});
    r.FetchAll();
    REQUIRE(r.ok());
  }

  std::atomic<bool> writer_done{false};
  std::atomic<int> bad_reads{0};
  std::atomic<int> reads{0};
  std::vector<std::string> failures(kReaders);
  std::vector<std::thread> readers;
  for (int t = 0; t < kReaders; ++t) {
    readers.emplace_back([&, t] {
      auto session = db->Connect();
      // Keep reading until the writer is done, and at least a few times after.
      for (int after = 0; after < 5;) {
        if (writer_done.load()) ++after;
        Snapshot s = ReadTotals(*session);
        reads.fetch_add(1);
        if (!s.ok || s.accounts != kAccounts || s.total != kAccounts * kInitialBalance) {
          bad_reads.fetch_add(1);
          failures[size_t(t)] = s.ok ? "total " + std::to_string(s.total) + " over " +
                                           std::to_string(s.accounts) + " accounts"
                                     : s.error;
        }
      }
    });
  }

  auto writer = db->Connect();
  std::mt19937 rng(42);
  for (int i = 0; i < kTransfers; ++i) {
    const int from = int(rng() % kAccounts);
    const int to = (from + 1 + int(rng() % (kAccounts - 1))) % kAccounts;
    Transfer(*writer, from, to, int64_t(rng() % 100));
  }
  writer_done.store(true);
  for (auto& r : readers) r.join();

  for (const auto& f : failures) INFO(f);
  CHECK(bad_reads.load() == 0);
  CHECK(reads.load() >= kReaders * 5);
  Snapshot final_state = ReadTotals(*writer);
  CHECK(final_state.total == kAccounts * kInitialBalance);
  writer.reset();
  db.reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace stargraph
