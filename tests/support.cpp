#include "support.hpp"

#include <zip.h>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace cpdoc::test {

PackStore& packs() {
    static PackStore store;
    static const bool loaded = [] {
        const auto error = store.add_directory(source_path("tests/data/packs"));
        if (error)
            FAIL(error->to_string());
        return true;
    }();
    (void)loaded;
    return store;
}

CheckResult check(const std::string& text, const std::string& policy, bool template_mode) {
    PackStore& store = packs();
    const Document doc = parse(text);
    CheckOptions options;
    options.policy_override = policy;
    options.template_mode = template_mode;
    return check_document(doc, store, options);
}

std::vector<Finding> findings(const CheckResult& result, const std::string& rule_id) {
    std::vector<Finding> out;
    for (const Finding& f : result.findings)
        if (f.rule_id == rule_id && !f.suppressed)
            out.push_back(f);
    return out;
}

std::vector<std::string> summary(const CheckResult& result, const std::vector<std::string>& only) {
    std::vector<std::string> out;
    for (const Finding& f : result.findings)
        if (!f.suppressed &&
            (only.empty() || std::find(only.begin(), only.end(), f.rule_id) != only.end()))
            out.push_back(f.rule_id + "@" + std::to_string(f.pos.line) + ":" +
                          std::to_string(f.pos.column));
    return out;
}

std::string document(const std::string& kind, const std::string& policy, const std::string& body,
                     const std::string& extra_front_matter) {
    return "---\ndocument: " + kind + "\npolicy: " + policy + "\nchild: C-104233\n" +
           extra_front_matter + "---\n" + body;
}

const std::string clean_chronology =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n---\n# Chronology\n";
const std::string placeholder_doc =
    "---\ndocument: chronology\npolicy: test-no-rules\nchild: C-104233\n"
    "registerd: yes\n---\nPrepared by {{ name }}.\n";

namespace {

// The directory scratch_dir() makes for this process, removed with everything in it when the
// process ends, so that a test leaves nothing behind in /tmp.
const std::filesystem::path& process_scratch_dir() {
    static const struct Removed {
        std::filesystem::path dir =
            std::filesystem::temp_directory_path() / ("cpdoc-test-" + std::to_string(getpid()));
        ~Removed() {
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        }
    } scratch;
    return scratch.dir;
}

} // namespace

std::filesystem::path scratch_dir(const std::string& name) {
    const std::filesystem::path dir = process_scratch_dir() / name;
    std::filesystem::create_directories(dir);
    write_file(dir / ".cpdoc.toml",
               "policy-dirs = [\"" + source_path("tests/data/packs") + "\"]\n");
    return dir;
}

TempDir::TempDir(const std::string& name)
    : path_(std::filesystem::temp_directory_path() /
            ("cpdoc-test-" + std::to_string(getpid()) + "-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string write_file(const std::filesystem::path& path, const std::string& content) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

void check_catalogue(const std::string& directory) {
    namespace fs = std::filesystem;
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const fs::path file = entry.path();
        if (file.extension() != ".md" || file.filename() == "README.md")
            continue;
        const fs::path expected_file = fs::path(file).replace_extension(".expected");
        INFO(file.filename().string());
        REQUIRE(fs::exists(expected_file));
        const Run run =
            run_cpdoc({"check", "--today", "2026-11-25", file.filename().string()}, directory);
        CHECK("exit " + std::to_string(run.status) + "\n" + run.out ==
              read_text(expected_file.string()));
        ++checked;
    }
    CHECK(checked > 0);
}

namespace {

std::string drain(int fd) {
    std::string text;
    char buffer[65536];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<std::size_t>(n));
    close(fd);
    return text;
}

// Writes all of `input` to a pipe on a thread of its own, then closes it. A program that
// stops reading early (input over its size limit) is not an error: with SIGPIPE blocked on
// this thread, the write fails with EPIPE and the thread stops.
std::thread feed(int fd, const std::string& input) {
    return std::thread([fd, &input] {
        sigset_t pipe_signal;
        sigemptyset(&pipe_signal);
        sigaddset(&pipe_signal, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe_signal, nullptr);
        std::size_t written = 0;
        while (written < input.size()) {
            const ssize_t n = write(fd, input.data() + written, input.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            written += static_cast<std::size_t>(n);
        }
        close(fd);
    });
}

} // namespace

Run run_cpdoc(const std::vector<std::string>& args, const std::string& directory) {
    std::vector<std::string> command{CPDOC_BINARY};
    command.insert(command.end(), args.begin(), args.end());
    return run_program(command, directory);
}

Run run_cpdoc_with_input(const std::vector<std::string>& args, const std::string& input,
                         const std::string& directory) {
    std::vector<std::string> command{CPDOC_BINARY};
    command.insert(command.end(), args.begin(), args.end());
    return run_program(command, directory, input);
}

std::string zip_entry(const std::string& zip_path, const std::string& name) {
    int error = 0;
    zip_t* archive = zip_open(zip_path.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr)
        return "";
    std::string content;
    zip_stat_t stat;
    if (zip_stat(archive, name.c_str(), 0, &stat) == 0) {
        if (zip_file_t* file = zip_fopen(archive, name.c_str(), 0)) {
            content.resize(stat.size);
            if (zip_fread(file, content.data(), content.size()) !=
                static_cast<zip_int64_t>(content.size()))
                content.clear();
            zip_fclose(file);
        }
    }
    zip_discard(archive);
    return content;
}

std::vector<std::string> zip_entry_names(const std::string& zip_path) {
    int error = 0;
    zip_t* archive = zip_open(zip_path.c_str(), ZIP_RDONLY, &error);
    std::vector<std::string> names;
    if (archive == nullptr)
        return names;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i)
        if (const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0))
            names.emplace_back(name);
    zip_discard(archive);
    return names;
}

Run run_program(const std::vector<std::string>& command, const std::string& directory,
                const std::optional<std::string>& input, std::chrono::milliseconds limit) {
    std::vector<std::string> argv_storage = command;
    std::vector<char*> argv;
    for (std::string& arg : argv_storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    // stdout and stderr go to temporary files so a large output cannot dead-lock on a pipe.
    std::string out_name =
        (std::filesystem::temp_directory_path() / "cpdoc-test-out-XXXXXX").string();
    std::string err_name =
        (std::filesystem::temp_directory_path() / "cpdoc-test-err-XXXXXX").string();
    const int out_fd = mkstemp(out_name.data());
    const int err_fd = mkstemp(err_name.data());
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    int input_pipe[2] = {-1, -1};
    if (input && pipe2(input_pipe, O_CLOEXEC) == 0)
        posix_spawn_file_actions_adddup2(&actions, input_pipe[0], 0);
    else
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (!directory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    pid_t pid = 0;
    Run run;
    const auto start = std::chrono::steady_clock::now();
    const bool spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0;
    std::thread feeder;
    if (input_pipe[0] >= 0) {
        close(input_pipe[0]);
        feeder = feed(input_pipe[1], *input);
    }
    if (spawned) {
        int status = 0;
        if (limit.count() > 0) {
            while (waitpid(pid, &status, WNOHANG) == 0) {
                if (std::chrono::steady_clock::now() - start > limit) {
                    kill(pid, SIGKILL);
                    waitpid(pid, &status, 0);
                    run.timed_out = true;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        } else {
            waitpid(pid, &status, 0);
        }
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (feeder.joinable())
        feeder.join();
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    posix_spawn_file_actions_destroy(&actions);
    lseek(out_fd, 0, SEEK_SET);
    lseek(err_fd, 0, SEEK_SET);
    run.out = drain(out_fd);
    run.err = drain(err_fd);
    unlink(out_name.c_str());
    unlink(err_name.c_str());
    return run;
}

} // namespace cpdoc::test
