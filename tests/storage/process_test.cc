// Whole-database behaviour: the writer lock, read-only opens, backup, format checks, Check().
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "storage/key_codec.h"
#include "storage/testing_hooks.h"
#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

// Runs Store::Open in a forked child; returns the child's status text.
std::string OpenInChild(const std::string& path) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    auto store = Store::Open(path, OpenOptions());
    const std::string text = store.ok() ? "OK" : store.status().ToString();
    ssize_t written = write(fds[1], text.data(), text.size());
    _exit(written < 0 ? 2 : 0);
  }
  close(fds[1]);
  std::string text;
  char buffer[256];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) text.append(buffer, size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  return text;
}

}  // namespace

TEST_CASE("A second writer gets Locked naming the database and the holder", "[process]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  const std::string child = OpenInChild(dir.path());
  INFO(child);
  CHECK(child.rfind("Locked:", 0) == 0);
  CHECK(child.find(dir.path()) != std::string::npos);
  CHECK(child.find("process " + std::to_string(getpid())) != std::string::npos);
  auto second = Store::Open(dir.path(), OpenOptions());  // in-process too
  CHECK(second.status().code() == StatusCode::kLocked);
  store.reset();
  CHECK(OpenInChild(dir.path()) == "OK");
}

TEST_CASE("A read-only open follows the writer's commits", "[process]") {
  TempDir dir;
  auto writer = OpenStore(dir.path());
  NodeId first = 0;
  {
    auto tx = Begin(*writer, TxMode::kWrite);
    first = Must(tx->CreateNode({Must(tx->GetOrCreateToken(TokenKind::kLabel, "A"))}, {}));
    MustOk(tx->Commit());
  }
  auto reader = OpenStore(dir.path(), /*read_only=*/true);
  auto read1 = Begin(*reader, TxMode::kRead);
  CHECK(read1->NodeExists(first));
  CHECK(reader->Begin(TxMode::kWrite).status().code() == StatusCode::kNotSupported);
  CHECK(read1->GetOrCreateToken(TokenKind::kLabel, "New").status().code() ==
        StatusCode::kNotSupported);
  read1->Rollback();
  NodeId second = 0;
  {
    auto tx = Begin(*writer, TxMode::kWrite);
    second = Must(tx->CreateNode({Must(tx->GetOrCreateToken(TokenKind::kLabel, "B"))}, {}));
    MustOk(tx->Commit());
  }
  auto read2 = Begin(*reader, TxMode::kRead);
  CHECK(read2->NodeExists(second));
  CHECK(read2->FindToken(TokenKind::kLabel, "B").has_value());
  read2->Rollback();
  CHECK(Must(reader->Check()).problems.empty());
}

TEST_CASE("Backup produces an openable, consistent copy", "[process]") {
  TempDir dir;
  const std::string copy = dir.Sub("copy");
  {
    auto store = OpenStore(dir.Sub("db"));
    auto tx = Begin(*store, TxMode::kWrite);
    const TokenId name = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "name"));
    const NodeId a = Must(tx->CreateNode({}, {{name, Value("甲骨文")}}));
    Must(tx->CreateRelationship(a, Must(tx->GetOrCreateToken(TokenKind::kRelType, "R")), a, {}));
    MustOk(tx->Commit());
    MustOk(store->Backup(copy));
    CHECK(!store->Backup(copy).ok());  // the destination must not exist
  }
  auto restored = OpenStore(copy);
  auto report = Must(restored->Check());
  CHECK(report.problems.empty());
  CHECK(report.nodes == 1);
  CHECK(report.relationships == 1);
  auto tx = Begin(*restored, TxMode::kRead);
  CHECK(tx->LookupName("甲骨文").size() == 1);
}

TEST_CASE("Opening something that is not a stargraph database is refused", "[process]") {
  TempDir dir;
  std::ofstream(dir.Sub("notes.txt")) << "hello";
  auto not_db = Store::Open(dir.path(), OpenOptions());
  CHECK(not_db.status().code() == StatusCode::kCorruption);
  CHECK(not_db.status().message().find("not a stargraph database") != std::string::npos);
  CHECK(Store::Open(dir.Sub("notes.txt"), OpenOptions()).status().code() ==
        StatusCode::kCorruption);
  OpenOptions no_create;
  no_create.create_if_missing = false;
  CHECK(Store::Open(dir.Sub("missing"), no_create).status().code() == StatusCode::kNotFound);

  const std::string db = dir.Sub("db");
  {
    auto store = OpenStore(db);
    std::string newer;
    PutFixed64BE(&newer, 99);
    MustOk(RawWriteForTesting(store.get(), "default", kMetaFormatVersion, newer));
  }
  auto refused = Store::Open(db, OpenOptions());
  CHECK(refused.status().code() == StatusCode::kCorruption);
  CHECK(refused.status().message().find("newer") != std::string::npos);
}

TEST_CASE("Check() reports damage injected under the store", "[process][check]") {
  TempDir dir;
  auto store = OpenStore(dir.path());
  NodeId a = 0, b = 0;
  RelId r = 0;
  TokenId label = 0, type = 0;
  {
    auto tx = Begin(*store, TxMode::kWrite);
    label = Must(tx->GetOrCreateToken(TokenKind::kLabel, "L"));
    type = Must(tx->GetOrCreateToken(TokenKind::kRelType, "T"));
    const TokenId name = Must(tx->GetOrCreateToken(TokenKind::kPropertyKey, "name"));
    a = Must(tx->CreateNode({label}, {{name, Value("Ann")}}));
    b = Must(tx->CreateNode({label}, {{name, Value("Bob")}}));
    r = Must(tx->CreateRelationship(a, type, b, {}));
    MustOk(tx->CreateIndex({"l_name", label, name, true}));
    MustOk(tx->Commit());
  }
  REQUIRE(Must(store->Check()).problems.empty());
  auto damaged = [&](const char* cf, const std::string& key, std::optional<std::string> value) {
    MustOk(RawWriteForTesting(store.get(), cf, key, value));
    auto report = Must(store->Check());
    CHECK(!report.problems.empty());
    return report.problems.empty() ? std::string() : report.problems[0];
  };
  SECTION("missing incoming adjacency entry") {
    CHECK(damaged("adj", AdjKey(b, {r, type, a, Direction::kIncoming}), std::nullopt)
              .find("incoming adjacency") != std::string::npos);
  }
  SECTION("dangling adjacency entry") {
    CHECK(damaged("adj", AdjKey(a, {r + 5, type, b, Direction::kOutgoing}), "").find("dangling") !=
          std::string::npos);
  }
  SECTION("missing label index entry") {
    CHECK(damaged("label_idx", TokenIdKey(label, a), std::nullopt).find("label index") !=
          std::string::npos);
  }
  SECTION("stale name index entry") {
    CHECK(damaged("name_idx", NameIndexKey("carl", b), "").find("name index") != std::string::npos);
  }
  SECTION("deleted node record") {
    MustOk(RawWriteForTesting(store.get(), "node", NodeKey(b), std::nullopt));
    CHECK(Must(store->Check()).problems.size() >= 3);  // rel end, label, name, index, adj
  }
  SECTION("garbage node record") {
    CHECK(damaged("node", NodeKey(a), std::string("\x05\x01", 2)).find("undecodable") !=
          std::string::npos);
  }
  SECTION("unknown token") {
    MustOk(RawWriteForTesting(store.get(), "dict", DictIdKey(TokenKind::kRelType, type),
                              std::nullopt));
    CHECK(!Must(store->Check()).problems.empty());
  }
}
