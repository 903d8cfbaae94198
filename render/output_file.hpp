// Writing an output file safely: never over an input or another output, never through a link
// or into a name another user planted, never half-written. The content goes to a temporary
// file beside the target, is flushed to disk, and is renamed into place.
#pragma once

#include "files/signal_cleanup.hpp"
#include "files/trusted_path.hpp"

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// Both paths name one existing file (through links or `./`).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// Why cpdoc must not write to this path on a shared machine: a symbolic link another user
// owns (or one that points nowhere), or a name in a sticky world-writable directory (`/tmp`)
// that someone else owns. nullopt when it may.
std::optional<std::string> why_unsafe_output(const std::filesystem::path& target);

// Checks every output of a run before any is written: each is safe to write, none is the same
// file as an input (a document, a config, a pack the run read) or as another output.
std::optional<std::string> check_outputs(const std::vector<std::filesystem::path>& outputs,
                                         const std::vector<std::string>& inputs);

// Whether a file already at the target may be replaced. A written document (`import`, `new`)
// may be the only copy of real minutes: it is kept unless the user said --force.
enum class ExistingFile { replace, keep };

// Returns an error message, or nullopt when the file was written.
std::optional<std::string> write_output_file(const std::filesystem::path& target,
                                             const std::string& content,
                                             const std::vector<std::string>& inputs,
                                             ExistingFile existing = ExistingFile::replace);

// An output written in full and flushed beside its target, not yet in place: publish() renames
// it in (a device or pipe is written into then). Dropped unpublished, it is removed. So the
// outputs of one run can be put in place together, with nothing else between them.
class StagedOutput {
public:
    ~StagedOutput();
    StagedOutput(const StagedOutput&) = delete;
    StagedOutput& operator=(const StagedOutput&) = delete;
    std::optional<std::string> publish();
    // Whether it is written into a device or pipe when published (which may fail, for want of
    // a reader) rather than renamed into place: such outputs are published first.
    bool into_device() const { return device_content_.has_value(); }

private:
    friend std::optional<std::string> stage_output_file(const std::filesystem::path&,
                                                        const std::string&,
                                                        const std::vector<std::string>&,
                                                        std::unique_ptr<StagedOutput>&,
                                                        ExistingFile);
    StagedOutput() = default;
    static std::string already_exists(const std::filesystem::path& target);

    std::filesystem::path target_;
    ExistingFile existing_ = ExistingFile::replace;
    Descriptor folder_;
    std::string made_; // the temporary's name in the folder, until it is renamed in
    std::string name_;
    std::unique_ptr<TemporaryOutput> pending_;
    std::optional<std::string> device_content_;
};

// write_output_file's first half: every check, and the content written beside the target.
std::optional<std::string> stage_output_file(const std::filesystem::path& target,
                                             const std::string& content,
                                             const std::vector<std::string>& inputs,
                                             std::unique_ptr<StagedOutput>& staged,
                                             ExistingFile existing = ExistingFile::replace);

// Removes the temporary files this user's cpdoc processes left in the directory when they
// were killed outright (SIGKILL cannot be caught): names of cpdoc's own pattern whose process
// is gone. Once per directory per process.
void remove_stale_temporaries(const std::filesystem::path& directory);

// The pattern of a temporary name: PREFIXcpdoc-PID-TAG-XXXXXX (for mkstemp or mkdtemp), TAG
// eight hex digits made from the process id, which a name the user chose does not carry; the
// prefix is empty or ends in a dot.
std::string temporary_pattern(const std::filesystem::path& directory, const std::string& prefix);
std::string temporary_name_pattern(pid_t pid, const std::string& prefix);

} // namespace cpdoc
