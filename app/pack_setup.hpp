#pragma once

#include "commands.hpp"
#include "policies/pack_store.hpp"

namespace cpdoc {

// Adds the user's --policy-dir directories to the store and checks that the --policy pack
// exists and resolves; prints the problem and returns false when something cannot be used.
bool setup_packs(PackStore& store, const CommonArgs& common);

// The --policy-dir directories alone.
bool add_policy_dirs(PackStore& store, const CommonArgs& common);

// The --policy check alone, for commands that add packs from config files first.
bool policy_usable(PackStore& store, const std::string& policy);

} // namespace cpdoc
