// Running Pandoc and WeasyPrint: an argument vector (never a shell), a chosen environment,
// output and errors to files, a time limit, and no child left behind if cpdoc dies.
#pragma once

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

// The full path of a program found in PATH, empty when there is none.
std::string find_program(const std::string& name);

} // namespace cpdoc
