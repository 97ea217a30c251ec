// Crash consistency of `stargraph load` and `stargraph import`: a child process loading articles
// or importing a CSV batch is killed with SIGKILL at random moments, at least kKills times. After
// every kill the database opens, `stargraph check` passes, every article is wholly present (its
// MENTIONS and the relationships it is a source of, as many as a clean load writes) or wholly
// absent, every CSV batch is all there or not at all, and nothing committed before is lost.
// The articles are small generated ones (no ../shared needed); the first load also merges the
// lexicon of seed/lexicon (710 entities) in a transaction of its own.
#include <signal.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "cli_process.h"

namespace stargraph::cli::testing {
namespace {

constexpr int kKills = 50;
constexpr int kBatches = 3;          // CSV batches per database
constexpr int kRowsPerBatch = 2000;  // nodes of a batch, in a NEXT chain of kRowsPerBatch - 1

// One line per present article, source article and CSV batch: kind,key,count.
constexpr const char* kStateQuery =
    "MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->() "
    "RETURN 'mentions' AS kind, a.id AS key, count(m) AS n "
    "UNION ALL MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS s "
    "RETURN 'sources' AS kind, s AS key, count(*) AS n "
    "UNION ALL MATCH (c:CrashRow) RETURN 'rows' AS kind, toString(c.batch) AS key, count(*) AS n "
    "UNION ALL MATCH (:CrashRow)-[r:NEXT]->() "
    "RETURN 'next' AS kind, toString(r.batch) AS key, count(*) AS n "
    "UNION ALL MATCH (n) WHERE NOT n:CrashRow RETURN 'nodes' AS kind, '' AS key, count(*) AS n";

using State = std::map<std::string, int64_t>;  // "kind:key" -> count

State ReadState(const std::string& db) {
  ProcessOutput out = RunStargraph({"query", "--db", db, "--format", "csv", kStateQuery});
  INFO(out.err);
  REQUIRE(out.exit_status == 0);
  State state;
  std::istringstream lines(out.out);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t first = line.find(','), last = line.rfind(',');
    REQUIRE(first != std::string::npos);
    state[line.substr(0, first) + ":" + line.substr(first + 1, last - first - 1)] =
        std::stoll(line.substr(last + 1));
  }
  return state;
}

int64_t Count(const State& state, const std::string& key) {
  auto it = state.find(key);
  return it == state.end() ? 0 : it->second;
}

// Small English articles about companies of the lexicon, each with its own facts.
std::vector<std::string> WriteArticles(const TempDir& dir) {
  const char* companies[][2] = {{"OpenAI", "Oracle"},    {"Nvidia", "CoreWeave"},
                                {"Microsoft", "OpenAI"}, {"Amazon", "Anthropic"},
                                {"Google", "Anthropic"}, {"Meta", "Blue Owl"},
                                {"SoftBank", "OpenAI"},  {"AMD", "ZT Systems"}};
  std::vector<std::string> files;
  for (int i = 0; i < 8; ++i) {
    const std::string a = companies[i][0], b = companies[i][1];
    files.push_back(dir /
                    ("2025-06-1" + std::to_string(i) + "-deal-" + std::to_string(i) + ".en.txt"));
    std::ofstream(files.back()) << a << " and " << b << " agree on a deal\n\nAUSTIN, Texas, June 1"
                                << i << ", 2025 -- " << a << " signed a $" << (i + 2)
                                << " billion cloud deal with " << b << ", the companies said. " << a
                                << " also invested $" << (i + 1) << "00 million in " << b << ".\n";
  }
  return files;
}

// Files of CSV batch `b`: kRowsPerBatch CrashRow nodes in a NEXT chain, all marked with `b`.
std::vector<std::string> WriteBatch(const TempDir& dir, int b) {
  const std::string nodes = dir / ("nodes" + std::to_string(b) + ".csv");
  const std::string rels = dir / ("rels" + std::to_string(b) + ".csv");
  std::ofstream node_file(nodes), rel_file(rels);
  node_file << "id:ID,batch:int,seq:int,:LABEL\n";
  rel_file << ":START_ID,:END_ID,:TYPE,batch:int\n";
  for (int i = 0; i < kRowsPerBatch; ++i) {
    node_file << b << "-" << i << "," << b << "," << i << ",CrashRow\n";
    if (i > 0) rel_file << b << "-" << (i - 1) << "," << b << "-" << i << ",NEXT," << b << "\n";
  }
  return {"--nodes", nodes, "--relationships", rels};
}

std::vector<std::string> Command(std::vector<std::string> head, const std::string& db,
                                 const std::vector<std::string>& tail) {
  head.insert(head.end(), {"--db", db});
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

// Runs `args` to completion; its wall time in milliseconds (the range of the random kill moments).
int64_t TimedRun(const std::vector<std::string>& args) {
  const auto start = std::chrono::steady_clock::now();
  ProcessOutput out = RunStargraph(args);
  INFO(out.err);
  REQUIRE(out.exit_status == 0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start)
      .count();
}

TEST_CASE("SIGKILL during load and import: articles and CSV batches whole or absent, none lost",
          "[process][crash]") {
  TempDir dir;
  const std::vector<std::string> articles = WriteArticles(dir);
  std::vector<std::vector<std::string>> batches;
  for (int b = 0; b < kBatches; ++b) batches.push_back(WriteBatch(dir, b));

  // A clean run gives the expected counts and the duration over which kills are spread.
  const std::string reference_db = dir / "reference";
  const int64_t load_ms = TimedRun(Command({"load"}, reference_db, articles));
  const int64_t import_ms = TimedRun(Command({"import"}, reference_db, batches[0]));
  const State reference = ReadState(reference_db);
  std::vector<std::string> article_ids;
  for (const auto& [key, count] : reference) {
    if (key.rfind("mentions:", 0) == 0) article_ids.push_back(key.substr(9));
  }
  REQUIRE(article_ids.size() == articles.size());
  const int64_t reference_nodes = Count(reference, "nodes:");

  std::mt19937 rng(std::random_device{}());
  int kills = 0, epoch = 0;
  std::string db = dir / "db0";
  State before;
  for (int round = 0; kills < kKills; ++round) {
    REQUIRE(round < 20 * kKills);  // the children make progress, so this is never reached
    int next_batch = 0;
    while (next_batch < kBatches && Count(before, "rows:" + std::to_string(next_batch)) > 0) {
      ++next_batch;
    }
    const bool articles_done = before.count("mentions:" + article_ids.back()) > 0;
    if (articles_done && next_batch == kBatches) {  // all there: start over in a fresh database
      db = dir / ("db" + std::to_string(++epoch));
      before.clear();
      continue;
    }
    const bool load = !articles_done && (next_batch == kBatches || rng() % 2 == 0);
    const int64_t range_ms = load ? load_ms : import_ms;
    const pid_t child = StartStargraph(load ? Command({"load"}, db, articles)
                                            : Command({"import"}, db, batches[next_batch]));
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % (range_ms + 1)));
    REQUIRE(kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    if (WIFSIGNALED(status)) {
      ++kills;
    } else {
      REQUIRE(WEXITSTATUS(status) == 0);  // finished before the kill
    }

    INFO("round " << round << ", " << (load ? "load" : "import") << ", kill " << kills);
    ProcessOutput check = RunStargraph({"check", "--db", db});
    INFO(check.out << check.err);
    if (before.empty() && check.err.find("NotFound: ") != std::string::npos) {
      continue;  // killed before its creation finished; the next child creates it
    }
    REQUIRE(check.exit_status == 0);
    const State after = ReadState(db);
    bool absent_seen = false;
    for (const std::string& id : article_ids) {
      INFO("article " << id);
      const bool present = after.count("mentions:" + id) > 0;
      if (present) {
        REQUIRE(!absent_seen);  // loaded in file order, one transaction each
        REQUIRE(Count(after, "mentions:" + id) == Count(reference, "mentions:" + id));
        REQUIRE(Count(after, "sources:" + id) == Count(reference, "sources:" + id));
      } else {
        absent_seen = true;
        REQUIRE(Count(after, "sources:" + id) == 0);
        REQUIRE(Count(before, "mentions:" + id) == 0);  // committed articles are never lost
      }
    }
    if (after.count("mentions:" + article_ids.back()) > 0) {
      REQUIRE(Count(after, "nodes:") == reference_nodes);  // lexicon, entities, articles: all
    }
    for (int b = 0; b < kBatches; ++b) {
      const std::string key = std::to_string(b);
      INFO("batch " << b);
      const int64_t rows = Count(after, "rows:" + key);
      if (b < next_batch) {
        REQUIRE(rows == kRowsPerBatch);  // committed before: never lost
      } else if (b == next_batch && !load) {
        REQUIRE((rows == 0 || rows == kRowsPerBatch));
      } else {
        REQUIRE(rows == 0);
      }
      REQUIRE(Count(after, "next:" + key) == (rows > 0 ? kRowsPerBatch - 1 : 0));
    }
    before = after;
  }
}

}  // namespace
}  // namespace stargraph::cli::testing
