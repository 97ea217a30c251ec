#include "storage/parallel_jobs.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace stargraph::storage {

Status RunJobs(const std::vector<Job>& jobs, int threads) {
  std::vector<Status> results(jobs.size(), Status::OK());
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (size_t i = next++; i < jobs.size() && !failed; i = next++) {
      results[i] = jobs[i]();
      if (!results[i].ok()) failed = true;
    }
  };
  std::vector<std::thread> helpers;
  const size_t workers = std::min<size_t>(std::max(threads, 1), jobs.size());
  for (size_t t = 1; t < workers; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
  for (const Status& s : results) {
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace stargraph::storage
