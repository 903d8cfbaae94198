#include "pipeline/job_pool.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace cpdoc {

void run_jobs(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job,
              const std::function<void(std::size_t done, std::size_t total)>& progress) {
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            job(i);
            ++done;
        }
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads =
        static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, count)));
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back(worker);
    std::thread reporter;
    if (progress)
        reporter = std::thread([&] {
            while (done < count) {
                progress(done, count);
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
    worker();
    for (std::thread& helper : helpers)
        helper.join();
    if (progress) {
        reporter.join();
        progress(count, count);
    }
}

} // namespace cpdoc
