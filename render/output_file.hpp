// Writing an output file safely: never over an input, never half-written. The content goes
// to a temporary file beside the target, is flushed to disk, and is renamed into place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// Registers a temporary file (or an empty-once-its-files-are-gone directory) to be removed
// if SIGINT, SIGTERM or SIGHUP arrives while it exists; the signal then ends the process as
// it would have.
class TemporaryOutput {
public:
    explicit TemporaryOutput(const std::string& path, bool directory = false);
    ~TemporaryOutput();
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

private:
    int slot_ = -1;
};

// Both paths name one existing file (through links or `./`).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// Returns an error message, or nullopt when the file was written.
std::optional<std::string> write_output_file(const std::filesystem::path& target,
                                             const std::string& content,
                                             const std::vector<std::string>& inputs);

} // namespace cpdoc
