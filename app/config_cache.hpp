// One `.cpdoc.toml` lookup per directory, and what a config changes about a check.
#pragma once

#include "checker/rule.hpp"
#include "config.hpp"
#include "policies/pack_store.hpp"

#include <map>
#include <set>

namespace cpdoc {

class ConfigCache {
public:
    // `named`: the --config file, which governs every document; empty: each document's
    // config is found by walking up from it (find_config).
    explicit ConfigCache(std::string named = {}) : named_(std::move(named)) {}

    // The config that governs this document; its policy directories are added to `store`,
    // but only those no other user could have planted or changed. What was passed over is
    // printed as a warning, once.
    const ConfigLoad& for_document(const std::filesystem::path& document, PackStore& store);
    // The same for a file named by its path as text, as files_below gives them: the files of
    // one folder asked for one after another cost a comparison of text each.
    const ConfigLoad& for_file(const std::string& file, PackStore& store);

    // Under `audit --redact`: a warning does not name the config (its folder may be named after
    // a child).
    void redact_paths() { redacted_ = true; }

    // Every file the run has read for its configuration: the configs and the pack files.
    std::vector<std::string> files_read(const PackStore& store) const;

private:
    const ConfigLoad& load_for(const std::filesystem::path& document, PackStore& store);
    void add_policy_dirs(ConfigLoad& load, PackStore& store);

    std::string named_;
    ConfigSearch search_;
    std::map<std::string, ConfigLoad> by_directory_; // by directory, as text (see ConfigSearch)
    std::set<std::filesystem::path> added_dirs_;
    std::string last_folder_;          // of the document asked for last, to its last `/`
    const ConfigLoad* last_ = nullptr; // its config (by_directory_'s nodes do not move)
    std::set<ConfigWarning> printed_;
    bool redacted_ = false;
};

// The options for a document under a config: the command line's settings win.
CheckOptions with_config(const CheckOptions& command_line,
                         const std::optional<ProjectConfig>& config);

} // namespace cpdoc
