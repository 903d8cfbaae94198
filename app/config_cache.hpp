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
    // The config that governs this document; its policy directories are added to `store`.
    const ConfigLoad& for_document(const std::filesystem::path& document, PackStore& store);

private:
    std::map<std::filesystem::path, ConfigLoad> by_directory_;
    std::set<std::filesystem::path> added_dirs_;
};

// The options for a document under a config: the command line's settings win.
CheckOptions with_config(const CheckOptions& command_line,
                         const std::optional<ProjectConfig>& config);

} // namespace cpdoc
