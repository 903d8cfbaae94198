#pragma once

#include "commands.hpp"
#include "policies/pack_store.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc {

// Adds the user's --policy-dir directories to the store and checks that the --policy pack
// exists and resolves; prints the problem and returns false when something cannot be used.
bool setup_packs(PackStore& store, const CommonArgs& common);

// For the commands that read no document (new, explain, policies): setup_packs, with the
// `.cpdoc.toml` that governs `directory` (found as check finds it, or --config) and its pack
// directories. The policy to use: --policy, else the config's, else empty; nullopt (the
// problem printed) when something cannot be used.
std::optional<std::string> setup_project_packs(PackStore& store, const CommonArgs& common,
                                               const std::filesystem::path& directory);

// The --policy-dir directories alone.
bool add_policy_dirs(PackStore& store, const CommonArgs& common);

// For the commands that check documents: the --policy-dir directories added to the store, and
// the date to check as of (`resolve_today`); nullopt (the problem printed) when either
// cannot be used.
std::optional<Date> setup_checking(PackStore& store, const CommonArgs& common,
                                   const std::string& today);

// The --policy check alone, for commands that add packs from config files first.
bool policy_usable(PackStore& store, const std::string& policy);

} // namespace cpdoc
