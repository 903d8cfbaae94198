// Where policy packs come from: the packs compiled into cpdoc, and the directories of local
// packs the user names. Packs are validated, resolved through `extends` and cached.
#pragma once

#include "pack_error.hpp"
#include "policy.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct PackLoad {
    std::shared_ptr<const Policy> policy;
    std::optional<PackError> error; // the first of `errors`
    std::vector<PackError> errors;  // every problem found in the pack (check_pack)
    std::vector<PackError> warnings; // of the pack's own text
};

// The pack files of a directory (`*.xml`), in name order.
std::vector<std::filesystem::path> pack_files_in(const std::filesystem::path& directory,
                                                 std::error_code& ec);

class PackStore {
public:
    PackStore(); // knows the shipped packs

    // Adds every `*.xml` file in the directory (pack_files_in). A local pack may not take a
    // shipped pack's id: a planted pack would otherwise pass for the council's own.
    std::optional<PackError> add_directory(const std::filesystem::path& directory);
    // Whether a pack file must be named after its id (ID.xml), as --policy-dir finds packs;
    // `policies diff` compares two versions of a pack whatever their files are called.
    enum class Naming { id, any };
    // Adds one pack file; returns its id.
    std::optional<PackError> add_file(const std::filesystem::path& file, std::string* id = nullptr,
                                      Naming naming = Naming::id);

    std::vector<std::string> ids() const;
    // The local pack files read, so that no output of the run replaces one.
    std::vector<std::string> local_files() const;
    bool has(const std::string& id) const;
    bool shipped(const std::string& id) const;
    // The file a pack was read from: its path for a local pack, `ID.xml` for a shipped one.
    std::string file_name(const std::string& id) const;
    // The pack's XML as it was read.
    std::string text(const std::string& id) const;
    PackLoad load(const std::string& id);

private:
    struct Source {
        std::string file_name;
        std::string content;
        bool shipped = false;
        bool validated = false; // shipped packs are validated when first used
    };
    std::optional<PackError> add_source(Source source, std::string* id, Naming naming);
    PackLoad resolve(const std::string& id, int depth);

    std::map<std::string, Source> sources_;
    std::map<std::string, PackLoad> resolved_;
    std::mutex mutex_;
};

} // namespace cpdoc
