#include "config_cache.hpp"

#include "files/stable_path.hpp"

#include <iostream>

namespace cpdoc {

namespace {

// Why a configured pack directory is passed over: it, or a pack in it, could have been
// planted or changed by another user.
std::optional<std::string> why_untrusted_directory(const std::filesystem::path& directory) {
    if (auto reason = why_not_trusted(directory.string()))
        return reason;
    std::error_code ec;
    // Each pack as the folder names it, its links followed: the user's own link to a pack in
    // a folder others may write lets them swap the pack.
    for (const auto& file : pack_files_in(directory, ec))
        if (auto reason = why_not_trusted(file.string()))
            return file.filename().string() + " in it: " + *reason;
    return std::nullopt;
}

} // namespace

const ConfigLoad& ConfigCache::for_document(const std::filesystem::path& document,
                                            PackStore& store) {
    return for_file(document.native(), store);
}

const ConfigLoad& ConfigCache::for_file(const std::string& file, PackStore& store) {
    // An audit asks for the files of one folder one after another.
    const std::string_view folder = std::string_view(file).substr(0, file.rfind('/') + 1);
    if (last_ != nullptr && folder == last_folder_)
        return *last_;
    last_folder_ = folder;
    last_ = &load_for(file, store);
    return *last_;
}

const ConfigLoad& ConfigCache::load_for(const std::filesystem::path& document, PackStore& store) {
    std::error_code ec;
    const auto directory = named_.empty() ? std::filesystem::absolute(document, ec).parent_path()
                                          : std::filesystem::path(named_);
    auto it = by_directory_.find(directory.native());
    if (it != by_directory_.end())
        return it->second;
    it = by_directory_
             .emplace(directory.native(),
                      named_.empty() ? search_.find(document) : read_config_file(named_))
             .first;
    ConfigLoad& load = it->second;
    if (load.config && load.error.empty())
        add_policy_dirs(load, store);
    for (const ConfigWarning& warning : load.warnings) {
        if (!printed_.insert(warning).second)
            continue; // every folder below a planted config would say it again
        if (redacted_)
            std::cerr << "cpdoc: warning: a .cpdoc.toml, or a policy directory one names, was "
                         "ignored: another user could have planted or changed it (where is not "
                         "shown: --redact)\n";
        else
            std::cerr << "cpdoc: warning: " << warning.to_string() << '\n';
    }
    return load;
}

void ConfigCache::add_policy_dirs(ConfigLoad& load, PackStore& store) {
    for (const auto& dir : load.config->policy_dirs) {
        if (!added_dirs_.insert(dir).second)
            continue;
        if (const auto reason = why_untrusted_directory(dir)) {
            load.warnings.push_back({load.config->file.string(),
                                     "policy-dirs: " + dir.string() + ": ignored: " + *reason +
                                         "; name it with --policy-dir to use it"});
            continue;
        }
        if (auto error = store.add_directory(dir)) {
            load.error = load.config->file.string() + ": policy-dirs: " + error->to_string();
            return;
        }
    }
}

std::vector<std::string> ConfigCache::files_read(const PackStore& store) const {
    std::vector<std::string> files = store.local_files();
    for (const auto& [directory, load] : by_directory_)
        if (load.config)
            files.push_back(load.config->file.string());
    return files;
}

CheckOptions with_config(const CheckOptions& command_line,
                         const std::optional<ProjectConfig>& config) {
    if (!config)
        return command_line;
    CheckOptions options = command_line;
    options.default_policy = config->policy;
    options.severity_overrides = config->severities;
    for (const auto& [rule, severity] : command_line.severity_overrides)
        options.severity_overrides[rule] = severity;
    return options;
}

} // namespace cpdoc
