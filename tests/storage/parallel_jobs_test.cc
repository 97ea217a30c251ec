// RunJobs: every job runs once, and the earliest failing job's status is returned.
#include "storage/parallel_jobs.h"

#include <atomic>
#include <catch2/catch.hpp>

using namespace stargraph;
using namespace stargraph::storage;

TEST_CASE("RunJobs runs every job once on two threads", "[storage][jobs]") {
  std::vector<std::atomic<int>> runs(50);
  std::vector<Job> jobs;
  for (size_t i = 0; i < runs.size(); ++i) {
    jobs.push_back([&runs, i] {
      ++runs[i];
      return Status::OK();
    });
  }
  REQUIRE(RunJobs(jobs, 2).ok());
  for (const std::atomic<int>& count : runs) CHECK(count == 1);
}

TEST_CASE("RunJobs returns the failure of the earliest failing job", "[storage][jobs]") {
  std::vector<Job> jobs = {[] { return Status::OK(); }, [] { return Status::IOError("first"); },
                           [] { return Status::Constraint("second"); }};
  for (int threads : {1, 2}) {
    const Status s = RunJobs(jobs, threads);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == "first");
  }
}

TEST_CASE("RunJobs with no jobs is OK", "[storage][jobs]") { CHECK(RunJobs({}, 2).ok()); }
