// A private directory (mode 0700) for one rendering: the Pandoc input, the reference
// document, the template and the outputs before they are renamed into place. Removed when
// the rendering ends, and with everything in it by the signal handler if cpdoc is
// interrupted.
#pragma once

#include "output_file.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

class Workspace {
public:
    // nullopt when no directory could be made; `error` says why.
    static std::optional<Workspace> create(std::string& error);
    ~Workspace();
    Workspace(Workspace&& other) noexcept;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    Workspace& operator=(Workspace&&) = delete;

    // The path of a file in the workspace (removed with it, on a signal too).
    std::filesystem::path file(const std::string& name);
    // TMPDIR for the programs run in it, so what they leave goes with the workspace.
    std::filesystem::path temp_directory() const;
    // The environment of a program run in it: only what the programs need, no user
    // configuration, and the workspace as home so nothing in the user's home is read.
    std::vector<std::string> program_environment() const;
    // Writes a file in the workspace; returns false when it could not.
    bool write(const std::string& name, const std::string& content);
    const std::filesystem::path& directory() const { return directory_; }

private:
    explicit Workspace(std::filesystem::path directory);
    std::filesystem::path directory_;
    std::unique_ptr<TemporaryOutput> registered_;
};

// Reads a whole file; nullopt when it cannot be read.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

} // namespace cpdoc
