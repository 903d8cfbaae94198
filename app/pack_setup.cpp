#include "pack_setup.hpp"

#include <iostream>

namespace cpdoc {

bool setup_packs(PackStore& store, const CommonArgs& common) {
    for (const std::string& directory : common.policy_dirs) {
        if (auto error = store.add_directory(directory)) {
            std::cerr << "cpdoc: " << error->to_string() << '\n';
            return false;
        }
    }
    if (!common.policy.empty()) {
        if (!store.has(common.policy)) {
            std::cerr << "cpdoc: --policy " << common.policy << ": no such policy pack\n";
            return false;
        }
        if (PackLoad load = store.load(common.policy); load.error) {
            std::cerr << "cpdoc: " << load.error->to_string() << '\n';
            return false;
        }
    }
    return true;
}

} // namespace cpdoc
