// Crash safety: a child process commits transactions in a loop and is killed with SIGKILL at
// random moments; after each kill every committed transaction must be there whole.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

constexpr const char* kCrashDbVariable = "STARGRAPH_CRASH_TEST_DB";
constexpr const char* kReadyFdVariable = "STARGRAPH_CRASH_TEST_READY_FD";  // written after commit 1
constexpr int kKills = 22;

struct Tokens {
  TokenId item, next, seq;
};

Tokens GetTokens(Transaction& tx) {
  return {Must(tx.GetOrCreateToken(TokenKind::kLabel, "Item")),
          Must(tx.GetOrCreateToken(TokenKind::kRelType, "NEXT")),
          Must(tx.GetOrCreateToken(TokenKind::kPropertyKey, "seq"))};
}

// Sequence numbers of all nodes and of all relationships.
std::pair<std::set<int64_t>, std::set<int64_t>> ReadSequences(Store& store) {
  auto tx = Begin(store, TxMode::kWrite);
  const Tokens tokens = GetTokens(*tx);
  std::set<int64_t> nodes, rels;
  for (NodeId id : Drain(tx->ScanLabel(tokens.item))) {
    REQUIRE(nodes.insert(Must(tx->NodeProperty(id, tokens.seq)).as_int()).second);
  }
  for (const RelRecord& rel : Drain(tx->ScanRelationships(tokens.next))) {
    REQUIRE(rels.insert(Must(tx->RelProperty(rel.id, tokens.seq)).as_int()).second);
  }
  return {nodes, rels};
}

// Starts the writer child; `ready_fd` receives a byte once it has committed its first transaction.
pid_t StartWriterChild(const std::string& db, int ready_fd) {
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int null_fd = open("/dev/null", O_WRONLY);
    dup2(null_fd, STDOUT_FILENO);
    dup2(null_fd, STDERR_FILENO);
    setenv(kCrashDbVariable, db.c_str(), 1);
    setenv(kReadyFdVariable, std::to_string(ready_fd).c_str(), 1);
    execl("/proc/self/exe", "storage_test", "[.crash_child]", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

}  // namespace

// The child side: runs only when selected explicitly, with the database path in the environment.
TEST_CASE("crash child: commit node+relationship pairs forever", "[.crash_child]") {
  const char* db = std::getenv(kCrashDbVariable);
  REQUIRE(db != nullptr);
  auto store = OpenStore(db);
  auto [nodes, rels] = ReadSequences(*store);
  int64_t seq = nodes.empty() ? 0 : *nodes.rbegin() + 1;
  const int ready_fd = std::atoi(std::getenv(kReadyFdVariable));
  NodeId previous = 0;
  while (true) {
    auto tx = Begin(*store, TxMode::kWrite);
    const Tokens tokens = GetTokens(*tx);
    const NodeId node = Must(tx->CreateNode({tokens.item}, {{tokens.seq, Value(seq)}}));
    const NodeId target = previous != 0 ? previous : node;
    Must(tx->CreateRelationship(node, tokens.next, target, {{tokens.seq, Value(seq)}}));
    MustOk(tx->Commit());
    if (previous == 0 && write(ready_fd, "r", 1) != 1) break;
    previous = node;
    ++seq;
  }
}

TEST_CASE("SIGKILL during a write loop loses no committed and no partial transaction", "[crash]") {
  TempDir dir;
  const std::string db = dir.Sub("db");
  std::mt19937 rng(std::random_device{}());
  size_t last_count = 0;
  for (int kill_round = 0; kill_round < kKills; ++kill_round) {
    // The first rounds kill at any moment (even during creation); later ones once it commits.
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = StartWriterChild(db, fds[1]);
    close(fds[1]);
    char ready;
    if (kill_round >= 2) REQUIRE(read(fds[0], &ready, 1) == 1);
    close(fds[0]);
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 150));
    REQUIRE(kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));  // the child was still writing, not failed

    auto store = OpenStore(db);
    auto report = Must(store->Check());
    INFO("round " << kill_round << ": " << (report.problems.empty() ? "" : report.problems[0]));
    REQUIRE(report.problems.empty());
    auto [nodes, rels] = ReadSequences(*store);
    REQUIRE(nodes == rels);  // whole transactions only
    REQUIRE(
        (nodes.empty() || (*nodes.begin() == 0 && *nodes.rbegin() == int64_t(nodes.size()) - 1)));
    REQUIRE(nodes.size() >= last_count);  // committed transactions never disappear
    last_count = nodes.size();
  }
  CHECK(last_count >= kKills - 2);
}
