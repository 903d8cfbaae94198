// Writing outputs: never over an input, private to the owner, never half-written, removed
// when a signal arrives mid-write, and whole when two writers race.
#include "render/output_file.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace cpdoc;
namespace fs = std::filesystem;

namespace {

// The test process's own folder, made empty at its first use and removed at exit.
fs::path temp_dir() {
    static const test::TempDir made("output");
    return made.path();
}

int entries(const fs::path& dir) {
    return static_cast<int>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("an output is written whole, private to its owner, with nothing left beside it") {
    const fs::path dir = temp_dir() / "whole";
    fs::create_directories(dir);
    REQUIRE_FALSE(write_output_file(dir / "out.md", "content\n", {}));
    CHECK(test::read_text((dir / "out.md").string()) == "content\n");
    struct stat info {};
    REQUIRE(stat((dir / "out.md").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(entries(dir) == 1);
}

TEST_CASE("an output is never written over an input, even by another name") {
    const fs::path dir = temp_dir();
    const fs::path input = dir / "input.md";
    std::ofstream(input) << "original\n";
    const auto error = write_output_file(dir / "." / "input.md", "x", {input.string()});
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("never writes over an input"));
    CHECK(test::read_text(input.string()) == "original\n");
}

TEST_CASE("a missing directory is a clear error and nothing is written") {
    const auto error = write_output_file(temp_dir() / "no-such-dir" / "out.md", "x", {});
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("no such directory"));
}

TEST_CASE("a signal during a write removes the temporary file") {
    const fs::path dir = temp_dir() / "signal";
    fs::create_directories(dir);
    const fs::path temporary = dir / ".out.md.cpdoc-test";
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::ofstream(temporary) << "half";
        const TemporaryOutput pending(temporary.string());
        std::raise(SIGINT);
        _exit(0); // not reached: the signal ends the process
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    CHECK_FALSE(fs::exists(temporary));
    CHECK(entries(dir) == 0);
}

TEST_CASE("staged outputs are put in place together, a signal meanwhile held until they are") {
    const fs::path dir = temp_dir() / "staged";
    fs::create_directories(dir);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::unique_ptr<StagedOutput> report, csv;
        if (stage_output_file(dir / "r.html", "report", {}, report) ||
            stage_output_file(dir / "r.csv", "csv", {}, csv))
            _exit(3);
        {
            const EndingSignalsHeld held;
            std::raise(SIGTERM); // as if sent between the two renames
            if (report->publish() || csv->publish())
                _exit(4);
        }
        _exit(0); // not reached: the held signal ends the process here
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    CHECK(test::read_text((dir / "r.html").string()) == "report");
    CHECK(test::read_text((dir / "r.csv").string()) == "csv");
    CHECK(entries(dir) == 2);
    // Staged and dropped: nothing is left.
    {
        std::unique_ptr<StagedOutput> dropped;
        REQUIRE_FALSE(stage_output_file(dir / "dropped.json", "{}", {}, dropped));
        CHECK(entries(dir) == 3);
    }
    CHECK(entries(dir) == 2);
}

TEST_CASE("two writers racing for one output never leave a mixed file") {
    const fs::path dir = temp_dir() / "race";
    fs::create_directories(dir);
    const std::string a(1 << 20, 'a'), b(1 << 20, 'b');
    for (int round = 0; round < 10; ++round) {
        std::thread first([&] { write_output_file(dir / "out.md", a, {}); });
        std::thread second([&] { write_output_file(dir / "out.md", b, {}); });
        first.join();
        second.join();
        const std::string result = test::read_text((dir / "out.md").string());
        CHECK((result == a || result == b));
    }
    CHECK(entries(dir) == 1);
}

TEST_CASE("a device or pipe named as the output is written into, never replaced by a file") {
    REQUIRE_FALSE(write_output_file("/dev/null", "report\n", {}));
    CHECK(fs::is_character_file("/dev/null"));

    const fs::path fifo = temp_dir() / "no-reader.fifo";
    fs::remove(fifo);
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const auto refused = write_output_file(fifo, "report\n", {});
    REQUIRE(refused); // no reader: an error, not a hang
    CHECK_THAT(*refused, Catch::Contains("cannot write"));
    CHECK(fs::is_fifo(fifo));
    fs::remove(fifo);

    // /dev/stdout, root's link to /proc/self/fd/1, when it is a pipe: written into.
    const cpdoc::test::Run piped = cpdoc::test::run_program(
        {"/bin/sh", "-c",
         std::string(CPDOC_BINARY) + " audit '" + cpdoc::test::source_path("examples") +
             "' -q --today 2026-11-25 --json /dev/stdout | cat"});
    CHECK(piped.status == 0);
    CHECK_THAT(piped.out, Catch::Contains("{\"audit\":{"));
    CHECK_THAT(piped.err, !Catch::Contains("symbolic link"));
}

TEST_CASE("an audit whose pipe has no reader leaves no other report in place") {
    // A red team's round 6: --csv a pipe no one reads, --json a file; the JSON was renamed in
    // before the pipe failed. Pipes are written first now.
    const cpdoc::test::TempDir dir("audit-pipe-first");
    const fs::path fifo = dir / "report.csv";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const fs::path json = dir / "report.json";
    const cpdoc::test::Run run =
        cpdoc::test::run_cpdoc({"audit", cpdoc::test::source_path("examples"), "-q", "--today",
                                "2026-11-25", "--csv", fifo.string(), "--json", json.string()});
    CHECK(run.status == 2);
    CHECK_FALSE(fs::exists(json));
}

TEST_CASE("a link named as the output keeps the link and replaces the file it names") {
    const fs::path dir = temp_dir() / "link";
    fs::create_directories(dir);
    const fs::path file = dir / "report.csv";
    const fs::path link = dir / "latest.csv";
    fs::remove(link);
    { std::ofstream(file) << "old\n"; }
    fs::create_symlink(file, link);
    REQUIRE_FALSE(write_output_file(link, "new\n", {}));
    CHECK(fs::is_symlink(link));
    CHECK(cpdoc::test::read_text(file.string()) == "new\n");
}
