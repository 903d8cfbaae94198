#include "pack_setup.hpp"

#include "config_cache.hpp"
#include "view/text_match.hpp"

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

namespace {

// "; did you mean lanarkshire-2019?" for a slip or a pack named without its year, else the
// packs there are.
std::string pack_suggestion(const PackStore& store, const std::string& written) {
    const std::vector<std::string> ids = store.ids();
    std::optional<std::string> meant = nearest(written, ids);
    for (const std::string& id : ids)
        if (!meant && id.starts_with(written + "-"))
            meant = id;
    if (meant)
        return "; did you mean " + *meant + "?";
    std::string all;
    for (const std::string& id : ids)
        all += (all.empty() ? "" : ", ") + id;
    return "; the packs are " + all;
}

} // namespace

bool policy_usable(PackStore& store, const std::string& policy) {
    if (policy.empty())
        return true;
    if (!store.has(policy)) {
        std::cerr << "cpdoc: --policy " << policy << ": no such policy pack"
                  << pack_suggestion(store, policy) << '\n';
        return false;
    }
    if (PackLoad load = store.load(policy); load.error) {
        std::cerr << "cpdoc: " << load.error->to_string() << '\n';
        return false;
    }
    return true;
}

} // namespace cpdoc
