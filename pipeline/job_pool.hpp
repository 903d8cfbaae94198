// The one job pool: `audit` and `render` run their files through it.
#pragma once

#include <cstddef>
#include <functional>

namespace cpdoc {

// Runs job(0) … job(count - 1), each once, on `threads` threads (0: one per core; never more
// than there are jobs), and returns when all are done. `progress`, when set, is told how many
// are done about every 100 ms from a thread of its own, and once more at the end.
void run_jobs(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job,
              const std::function<void(std::size_t done, std::size_t total)>& progress = {});

} // namespace cpdoc
