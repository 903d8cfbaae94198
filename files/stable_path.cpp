#include "files/stable_path.hpp"

#include "files/file_ownership.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

bool this_user_or_root(uid_t owner) {
    return owner == geteuid() || owner == 0;
}

// Why someone else could rename `entry` in `folder`; nullopt when no one but this user or
// root can.
std::optional<std::string> why_changeable(const fs::path& folder, const fs::path& entry) {
    struct stat info {};
    if (lstat(folder.c_str(), &info) != 0)
        return std::nullopt; // not there yet: what will be made in it is judged when made
    if (!this_user_or_root(info.st_uid))
        return folder.string() + " belongs to another user (uid " + std::to_string(info.st_uid) +
               "), who may rename what is in it";
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) == 0)
        return std::nullopt;
    const std::string writers = (info.st_mode & S_IWOTH) != 0 ? "other users" : "its group";
    if ((info.st_mode & S_ISVTX) == 0)
        return folder.string() + " may be written by " + writers + ", who may rename " +
               entry.filename().string() + " in it";
    struct stat inside {};
    if (lstat(entry.c_str(), &inside) == 0 && !this_user_or_root(inside.st_uid))
        return entry.string() + " belongs to another user, in a folder " + writers + " may write";
    return std::nullopt;
}

} // namespace

StablePath stable_path(const std::string& path) {
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
    StablePath result{real.string(), std::nullopt};
    if (ec) {
        result.why_not = path + ": its folders cannot be read (" + ec.message() + ")";
        return result;
    }
    fs::path folder = real.root_path();
    for (const fs::path& name : real.relative_path()) {
        const fs::path entry = folder / name;
        if (auto why = why_changeable(folder, entry)) {
            result.why_not = std::move(why);
            return result;
        }
        folder = entry;
    }
    return result;
}

std::optional<std::string> why_not_trusted(const std::string& path) {
    if (auto reason = why_untrusted(path))
        return reason;
    return stable_path(path).why_not;
}

} // namespace cpdoc
