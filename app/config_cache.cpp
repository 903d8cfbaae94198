#include "config_cache.hpp"

namespace cpdoc {

const ConfigLoad& ConfigCache::for_document(const std::filesystem::path& document,
                                            PackStore& store) {
    std::error_code ec;
    const auto directory = std::filesystem::absolute(document, ec).parent_path();
    auto it = by_directory_.find(directory);
    if (it == by_directory_.end())
        it = by_directory_.emplace(directory, find_config(document)).first;
    ConfigLoad& load = it->second;
    if (load.config && load.error.empty())
        for (const auto& dir : load.config->policy_dirs)
            if (added_dirs_.insert(dir).second)
                if (auto error = store.add_directory(dir))
                    load.error =
                        load.config->file.string() + ": policy-dirs: " + error->to_string();
    return load;
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
