#include "files/file_ownership.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace cpdoc {

namespace {

std::optional<std::string> why_untrusted(const struct stat& info, const std::string& what) {
    if (info.st_uid != geteuid() && info.st_uid != 0)
        return what + " is owned by another user (uid " + std::to_string(info.st_uid) + ")";
    if (!S_ISLNK(info.st_mode) && (info.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return what + " is writable by " + ((info.st_mode & S_IWOTH) != 0 ? "others" : "its group");
    return std::nullopt;
}

} // namespace

std::optional<std::string> why_untrusted(const std::filesystem::path& path) {
    struct stat link {};
    if (lstat(path.c_str(), &link) != 0)
        return std::nullopt;
    if (S_ISLNK(link.st_mode)) {
        if (auto reason = why_untrusted(link, "the symbolic link"))
            return reason;
        struct stat target {};
        if (stat(path.c_str(), &target) != 0)
            return std::nullopt;
        return why_untrusted(target, "the file it links to");
    }
    return why_untrusted(link, "it");
}

bool sticky_shared_directory(const std::filesystem::path& directory) {
    struct stat info {};
    return stat(directory.c_str(), &info) == 0 && S_ISDIR(info.st_mode) &&
           (info.st_mode & S_ISVTX) != 0 && (info.st_mode & S_IWOTH) != 0;
}

bool owned_by_this_user(const std::filesystem::path& path) {
    struct stat info {};
    return lstat(path.c_str(), &info) == 0 && info.st_uid == geteuid();
}

bool owned_by_this_user_or_root(const std::filesystem::path& path) {
    struct stat info {};
    return lstat(path.c_str(), &info) == 0 && (info.st_uid == geteuid() || info.st_uid == 0);
}

} // namespace cpdoc
