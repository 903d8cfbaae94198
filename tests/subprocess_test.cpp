// Running the renderers: a program past its time limit is stopped with everything it started.
#include "render/subprocess.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <thread>

using namespace cpdoc;

namespace {

// Whether a process is still running (a zombie has stopped).
bool running(long pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

} // namespace

TEST_CASE("a program past its time limit is stopped with the programs it started") {
    const auto dir = test::scratch_dir("subprocess");
    const std::string pid_file = (dir / "grandchild.pid").string();
    const ProgramRun run = run_program({"sh", "-c", "sleep 60 & echo $! > " + pid_file + "; wait"},
                                       {"PATH=/usr/bin:/bin"}, dir / "out.txt", dir / "err.txt",
                                       std::chrono::seconds(1));
    CHECK(run.started);
    CHECK(run.timed_out);
    long grandchild = 0;
    std::ifstream(pid_file) >> grandchild;
    REQUIRE(grandchild > 0);
    // SIGKILL is delivered asynchronously: give the killed process a moment to end.
    for (int i = 0; i < 200 && running(grandchild); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK_FALSE(running(grandchild));
}

TEST_CASE("a program past its address-space limit fails to allocate, and one within it runs") {
    const test::TempDir dir("subprocess-memory");
    auto allocate = [&](const std::string& megabytes) {
        return run_program({"python3", "-c", "bytearray(" + megabytes + " << 20)"},
                           {"PATH=/usr/bin:/bin"}, dir / "out.txt", dir / "err.txt",
                           std::chrono::seconds(60), std::size_t{256} << 20);
    };
    const ProgramRun too_much = allocate("512");
    CHECK(too_much.started);
    CHECK(too_much.exit_code != 0);
    CHECK_THAT(too_much.errors, Catch::Contains("MemoryError"));
    CHECK(allocate("16").exit_code == 0);
}
