// RunJobs: runs independent jobs on up to `threads` threads, the calling thread being one of them.
#pragma once

#include <functional>
#include <vector>

#include "common/status.h"

namespace stargraph::storage {

using Job = std::function<Status()>;

// Runs every job once, in list order as threads free up (put the longest first), and returns
// after all have ended: OK, or the failure of the earliest failing job in the list. After a
// failure the jobs not yet started are skipped. Jobs must not share mutable state.
Status RunJobs(const std::vector<Job>& jobs, int threads);

}  // namespace stargraph::storage
