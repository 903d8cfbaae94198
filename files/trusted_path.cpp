#include "files/trusted_path.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <optional>
#include <utility>

namespace cpdoc {

Descriptor::~Descriptor() {
    if (fd_ >= 0)
        close(fd_);
}

Descriptor& Descriptor::operator=(Descriptor&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            close(fd_);
        fd_ = other.release();
    }
    return *this;
}

namespace {

constexpr int max_links = 40; // as the kernel's own walk allows

std::deque<std::string> names_of(const std::string& path) {
    std::deque<std::string> names;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i)
        if (i == path.size() || path[i] == '/') {
            if (i > start && path.compare(start, i - start, ".") != 0)
                names.push_back(path.substr(start, i - start));
            start = i + 1;
        }
    return names;
}

TrustedOpen failure(const std::string& error, bool refused_link = false) {
    TrustedOpen result;
    result.error = error;
    result.refused_link = refused_link;
    return result;
}

std::string reason(int error) {
    return error == ENOENT || error == ENOTDIR ? "no such file" : std::strerror(error);
}

// The link `name` in the folder: its target when this user or root owns it.
std::optional<std::string> trusted_target(int folder, const std::string& name, std::string& why) {
    struct stat before {};
    if (fstatat(folder, name.c_str(), &before, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISLNK(before.st_mode))
        return std::nullopt;
    if (before.st_uid != geteuid() && before.st_uid != 0) {
        why = "is a symbolic link another user owns; cpdoc does not follow it";
        return std::nullopt;
    }
    std::string target(4096, '\0');
    const ssize_t length = readlinkat(folder, name.c_str(), target.data(), target.size());
    if (length <= 0 || static_cast<std::size_t>(length) == target.size())
        return std::nullopt;
    target.resize(static_cast<std::size_t>(length));
    // The same link still: not swapped for another user's between the look and the read.
    struct stat after {};
    if (fstatat(folder, name.c_str(), &after, AT_SYMLINK_NOFOLLOW) != 0 ||
        after.st_ino != before.st_ino || after.st_dev != before.st_dev ||
        after.st_uid != before.st_uid) {
        why = "changed while it was read";
        return std::nullopt;
    }
    return target;
}

// Whether the folder is in /proc, whose links to a process's open files (`/proc/self/fd/1`,
// where `/dev/stdout` leads) are not paths to walk: the kernel goes straight to the file the
// process holds, a pipe or a file in a folder the user may not even enter.
bool in_proc(int folder) {
    struct statfs info {};
    return fstatfs(folder, &info) == 0 && info.f_type == PROC_SUPER_MAGIC;
}

// One system call when no name on the path is a link at all, as nearly every path a walk
// found is; nullopt when one is, or the kernel has no openat2 (before Linux 5.6, or a
// sandbox's filter), for the walk below to decide.
std::optional<Descriptor> open_without_links(const std::string& path, int flags) {
    open_how how{};
    how.flags = static_cast<__u64>(flags | O_NOFOLLOW | O_CLOEXEC);
    how.resolve = RESOLVE_NO_SYMLINKS;
    const long fd = syscall(SYS_openat2, AT_FDCWD, path.c_str(), &how, sizeof how);
    if (fd < 0)
        return std::nullopt;
    return Descriptor(static_cast<int>(fd));
}

TrustedOpen walk(const std::string& path, int last_flags, bool directory) {
    if (path.empty())
        return failure("no such file");
    if (auto fd = open_without_links(path, directory ? O_RDONLY | O_DIRECTORY : last_flags))
        return TrustedOpen{std::move(*fd), {}, false};
    Descriptor folder(open(path.front() == '/' ? "/" : ".", O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!folder.is_open())
        return failure(reason(errno));
    std::deque<std::string> names = names_of(path);
    std::string walked = path.front() == '/' ? "/" : "";
    int links = 0;
    if (names.empty()) // "/" or "."
        return directory ? TrustedOpen{std::move(folder), {}, false} : failure("is a directory");
    while (!names.empty()) {
        const std::string name = std::move(names.front());
        names.pop_front();
        const bool last = names.empty();
        const int flags = last && !directory ? last_flags | O_NOFOLLOW | O_CLOEXEC
                                             : O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        Descriptor next(openat(folder.get(), name.c_str(), flags));
        const int error = errno;
        if (next.is_open()) {
            if (last)
                return TrustedOpen{std::move(next), {}, false};
            folder = std::move(next);
            walked += (walked.empty() || walked.back() == '/' ? "" : "/") + name;
            continue;
        }
        if (error != ELOOP && error != ENOTDIR)
            return failure(reason(error));
        std::string why;
        const auto target = trusted_target(folder.get(), name, why);
        const std::string at = walked + (walked.empty() || walked.back() == '/' ? "" : "/") + name;
        if (!why.empty())
            return failure(at + ": " + why, true);
        if (!target)
            return failure(reason(error));
        if (++links > max_links)
            return failure(at + ": too many symbolic links");
        if (last && in_proc(folder.get())) {
            Descriptor object(
                openat(folder.get(), name.c_str(),
                       (directory ? O_RDONLY | O_DIRECTORY : last_flags) | O_CLOEXEC));
            if (!object.is_open())
                return failure(reason(errno));
            return TrustedOpen{std::move(object), {}, false};
        }
        const std::deque<std::string> followed = names_of(*target);
        names.insert(names.begin(), followed.begin(), followed.end());
        if (target->front() == '/') {
            folder = Descriptor(open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
            walked = "/";
        }
        if (names.empty()) // a link to "/" or "."
            return directory ? TrustedOpen{std::move(folder), {}, false}
                             : failure("is a directory");
    }
    return failure("no such file");
}

} // namespace

TrustedOpen open_trusted(const std::string& path, int flags) {
    return walk(path, flags, false);
}

TrustedOpen open_trusted_directory(const std::string& path) {
    TrustedOpen opened = walk(path, 0, true);
    if (!opened.fd.is_open())
        return opened;
    // O_PATH while walking; a real descriptor of the folder to create names in.
    Descriptor folder(openat(opened.fd.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!folder.is_open())
        return failure(reason(errno));
    return TrustedOpen{std::move(folder), {}, false};
}

} // namespace cpdoc
