#include "files/stable_path.hpp"

#include "files/file_ownership.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <deque>
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
    // Followed: a folder reached through the user's link is the folder linked to.
    if (stat(folder.c_str(), &info) != 0)
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

// The path walked as the kernel walks it, every link followed where it leads: each folder
// passed through, and each name taken in it, the links' own too (the user's link in a folder
// others may write can be renamed away and another put in its place). With `links_only`,
// only the names that are links are judged.
StablePath walk(const std::string& path, bool links_only) {
    std::error_code ec;
    StablePath result{fs::weakly_canonical(fs::absolute(path, ec), ec).string(), std::nullopt};
    // Only links judged: a link to what is no path (a pipe's "pipe:[123]") is no folder's.
    if (ec && links_only)
        ec.clear();
    else if (ec) {
        result.why_not = path + ": its folders cannot be read (" + ec.message() + ")";
        return result;
    }
    std::deque<fs::path> names;
    for (const fs::path& name : fs::absolute(path, ec).relative_path())
        names.push_back(name);
    fs::path folder = "/";
    for (int links = 0; !names.empty();) {
        const fs::path name = names.front();
        names.pop_front();
        if (name.empty() || name == ".")
            continue;
        if (name == "..") {
            folder = folder.parent_path();
            continue;
        }
        const fs::path entry = folder / name;
        struct stat info {};
        const bool link = lstat(entry.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
        if (!links_only || link)
            if (auto why = why_changeable(folder, entry)) {
                result.why_not = std::move(why);
                return result;
            }
        if (!link) {
            folder = entry;
            continue;
        }
        if (++links > 40)
            break; // a loop: opening it fails anyway
        const fs::path target = fs::read_symlink(entry, ec);
        if (ec)
            break;
        if (target.is_absolute())
            folder = "/";
        std::deque<fs::path> inside;
        for (const fs::path& part : target.relative_path())
            inside.push_back(part);
        names.insert(names.begin(), inside.begin(), inside.end());
    }
    return result;
}

} // namespace

StablePath stable_path(const std::string& path) {
    return walk(path, false);
}

std::optional<std::string> swappable_link(const std::string& path) {
    return walk(path, true).why_not;
}

std::optional<std::string> why_not_trusted(const std::string& path) {
    if (auto reason = why_untrusted(path))
        return reason;
    return stable_path(path).why_not;
}

} // namespace cpdoc
