#include "pack_setup.hpp"

#include "config_cache.hpp"

#include <iostream>

namespace cpdoc {

bool setup_packs(PackStore& store, const CommonArgs& common) {
    return add_policy_dirs(store, common) && policy_usable(store, common.policy);
}

std::optional<std::string> setup_project_packs(PackStore& store, const CommonArgs& common,
                                               const std::filesystem::path& directory) {
    if (!add_policy_dirs(store, common))
        return std::nullopt;
    ConfigCache configs(common.config);
    // The config that would govern a document in the directory.
    const ConfigLoad& load = configs.for_document(directory / config_file_name, store);
    if (!load.error.empty()) {
        std::cerr << "cpdoc: " << load.error << '\n';
        return std::nullopt;
    }
    const std::string policy = !common.policy.empty() ? common.policy
                               : load.config          ? load.config->policy
                                                      : "";
    if (!policy_usable(store, policy))
        return std::nullopt;
    return policy;
}

bool add_policy_dirs(PackStore& store, const CommonArgs& common) {
    for (const std::string& directory : common.policy_dirs) {
        if (auto error = store.add_directory(directory)) {
            std::cerr << "cpdoc: " << error->to_string() << '\n';
            return false;
        }
    }
    return true;
}

std::optional<Date> setup_checking(PackStore& store, const CommonArgs& common,
                                   const std::string& today) {
    if (!add_policy_dirs(store, common))
        return std::nullopt;
    return resolve_today(today);
}

bool policy_usable(PackStore& store, const std::string& policy) {
    if (policy.empty())
        return true;
    if (!store.has(policy)) {
        std::cerr << "cpdoc: --policy " << policy << ": no such policy pack\n";
        return false;
    }
    if (PackLoad load = store.load(policy); load.error) {
        std::cerr << "cpdoc: " << load.error->to_string() << '\n';
        return false;
    }
    return true;
}

} // namespace cpdoc
