// Running Pandoc and WeasyPrint: an argument vector (never a shell), a chosen environment,
// output and errors to files (or a program kept running, talked to over a socket), a time
// limit, and no child left behind if cpdoc dies.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace cpdoc {

struct ProgramRun {
    bool started = false;   // false: the program is not installed (or could not start)
    bool timed_out = false; // killed at the time limit
    int exit_code = -1;     // when it ran to the end
    std::string errors;     // what it wrote to standard error, up to 4 KiB
};

// Runs argv[0] (looked up in PATH) with only `environment` set; standard input is
// /dev/null, standard output goes to `output` (created 0600) and standard error is read back.
// A program that would map more than `address_space` bytes (RLIMIT_AS; 0: no limit) fails
// to allocate instead, as do the programs it starts.
ProgramRun run_program(const std::vector<std::string>& argv,
                       const std::vector<std::string>& environment,
                       const std::filesystem::path& output, const std::filesystem::path& error_file,
                       std::chrono::seconds limit, std::size_t address_space = 0);

// A program started to answer requests until its input ends: its standard input and output
// are `channel`, one end of a Unix socket pair (send with MSG_NOSIGNAL: a program that died
// is an error, not a SIGPIPE), its standard error is appended to `error_file`, and it runs in
// `directory`, with the same environment and limits as run_program and killed if the thread
// that started it ends. pid -1: it could not be started (not installed).
struct ServingProgram {
    pid_t pid = -1;
    int channel = -1;
};
ServingProgram start_program(const std::vector<std::string>& argv,
                             const std::vector<std::string>& environment,
                             const std::filesystem::path& directory,
                             const std::filesystem::path& error_file, std::size_t address_space);

// Kills a program and everything it started (SIGKILL), found through /proc.
void kill_tree(pid_t root);

// The full path of a program found in PATH, empty when there is none.
std::string find_program(const std::string& name);

} // namespace cpdoc
