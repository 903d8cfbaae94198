// Whether a path could have been planted or changed by another user of a shared machine:
// cpdoc runs on multi-user servers and shared drives, where another user may write a parent
// folder, plant a symbolic link or a `.cpdoc.toml` (git's `safe.directory` is the model).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc {

// Why the path (and, when it is a symbolic link, the link itself) is not to be trusted:
// owned by someone other than this user or root, or writable by group or others. nullopt
// when it is trusted or does not exist.
std::optional<std::string> why_untrusted(const std::filesystem::path& path);

// Whether the directory is world-writable with the sticky bit (`/tmp`, a shared drop folder):
// anyone may create names in it.
bool sticky_shared_directory(const std::filesystem::path& directory);

// Whether this user owns the path itself (not what a link points to).
bool owned_by_this_user(const std::filesystem::path& path);

// Whether this user or root owns the path itself: a link or folder cpdoc may follow or trust
// (`/dev/stdout`, the user's own repository's `.git`).
bool owned_by_this_user_or_root(const std::filesystem::path& path);

} // namespace cpdoc
