#include "output_file.hpp"

#include "files/file_ownership.hpp"
#include "files/stable_path.hpp"

#include "files/trusted_path.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// Writes all of the content, going on after an interrupted write; false (errno set) on failure.
bool write_all(int fd, const std::string& content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

// Writes into a device or pipe that is there already (`/dev/null`, `/dev/stdout` when it is
// a pipe): it cannot be replaced by a finished file, and must never be replaced by a file. Only
// this user's or root's: a FIFO another user made where an output will go would hand them the
// document.
std::optional<std::string> write_into(const fs::path& target, const std::string& content) {
    // Non-blocking, so a FIFO with no reader is an error rather than a hang.
    const TrustedOpen opened = open_trusted(target.string(), O_WRONLY | O_NONBLOCK | O_NOCTTY);
    if (!opened.fd.is_open())
        return target.string() + ": cannot write: " + opened.error;
    const int fd = opened.fd.get();
    struct stat info {};
    if (fstat(fd, &info) != 0 || (info.st_uid != geteuid() && info.st_uid != 0))
        return target.string() + ": is a " + (S_ISFIFO(info.st_mode) ? "pipe" : "device") +
               " another user made; cpdoc does not write into it";
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!write_all(fd, content))
        return target.string() + ": write failed: " + std::strerror(errno);
    return std::nullopt;
}

// mkstemp in an open folder: the pattern's XXXXXX made unique, the file created there with
// mode 0600 and never through a link.
int make_temporary_in(int folder, std::string& pattern) {
    static constexpr std::string_view letters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const std::size_t x = pattern.size() - 6;
    for (int attempt = 0; attempt < 100; ++attempt) {
        unsigned char random[6];
        if (getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random))
            return -1;
        for (std::size_t i = 0; i < 6; ++i)
            pattern[x + i] = letters[random[i] % letters.size()];
        const int fd = openat(folder, pattern.c_str(),
                              O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

} // namespace

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

namespace {

// Eight hex digits that only cpdoc writes after a process id in a temporary's name: a name
// the user gave a file or folder of their own ("cpdoc-999995-Nested") does not carry them, so
// the sweep never takes it for a temporary.
std::string temporary_tag(const std::string& pid) {
    std::uint32_t hash = 2166136261u; // FNV-1a
    for (const char c : "cpdoc temporary of process " + pid)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    char tag[9];
    std::snprintf(tag, sizeof tag, "%08x", hash);
    return tag;
}

// The process id in a name of temporary_pattern's form; 0 when the name is not one.
pid_t writer_of(const std::string& name) {
    const auto mark = name.rfind("cpdoc-");
    if (mark == std::string::npos || (mark > 0 && name[mark - 1] != '.'))
        return 0;
    const std::string rest = name.substr(mark + 6); // PID-TAG-XXXXXX
    const auto dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 10 ||
        rest.find_first_not_of("0123456789") != dash || rest.size() != dash + 1 + 8 + 1 + 6)
        return 0;
    const std::string pid = rest.substr(0, dash);
    if (rest.compare(dash + 1, 8, temporary_tag(pid)) != 0 || rest[dash + 9] != '-')
        return 0;
    return static_cast<pid_t>(std::stol(pid));
}

} // namespace

std::string temporary_name_pattern(pid_t pid, const std::string& prefix) {
    const std::string id = std::to_string(pid);
    return prefix + "cpdoc-" + id + "-" + temporary_tag(id) + "-XXXXXX";
}

std::string temporary_pattern(const fs::path& directory, const std::string& prefix) {
    return (directory / temporary_name_pattern(getpid(), prefix)).string();
}

void remove_stale_temporaries(const fs::path& directory) {
    static std::mutex mutex;
    static std::set<fs::path> swept;
    std::error_code ec;
    {
        std::lock_guard lock(mutex);
        if (!swept.insert(fs::absolute(directory, ec)).second)
            return;
    }
    // Only where no one else may rename: in a folder others can write (and no sticky bit
    // keeps them to their own names), another user could rename the user's own file or folder
    // to a temporary's name for cpdoc to delete; nor where they could rename a folder on the
    // way, to make the path name that one while it is swept.
    const StablePath stable = stable_path(directory.string());
    struct stat folder {};
    if (stable.why_not || stat(stable.real.c_str(), &folder) != 0 ||
        ((folder.st_mode & (S_IWGRP | S_IWOTH)) != 0 && (folder.st_mode & S_ISVTX) == 0))
        return;
    for (const auto& entry : fs::directory_iterator(stable.real, ec)) {
        const std::string name = entry.path().filename().string();
        const pid_t writer = writer_of(name);
        if (writer <= 0 || writer == getpid() || !owned_by_this_user(entry.path()))
            continue;
        // Only what cpdoc makes: an output's temporary file (".NAME.cpdoc-PID-TAG-XXXXXX",
        // mode 0600) or a render workspace ("cpdoc-PID-TAG-XXXXXX", a folder of mode 0700),
        // never a file or folder of the user's that merely has such a name.
        struct stat info {};
        if (lstat(entry.path().c_str(), &info) != 0)
            continue;
        const bool temporary_file =
            S_ISREG(info.st_mode) && (info.st_mode & 07777) == 0600 && name.starts_with('.');
        const bool workspace =
            S_ISDIR(info.st_mode) && (info.st_mode & 07777) == 0700 && name.starts_with("cpdoc-");
        if (!temporary_file && !workspace)
            continue;
        if (kill(writer, 0) == 0 || errno != ESRCH) // still running, or not ours to ask
            continue;
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
}

namespace {

fs::path directory_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

// The user's own link in a folder others may rename in ("shared/out.html" to the user's
// private minutes): another of the user's links renamed over it would be written through.
std::optional<std::string> why_swappable(const fs::path& target) {
    if (auto swap = swappable_link(target.string()))
        return target.string() + ": " + *swap +
               ", to point it elsewhere; cpdoc does not write through such a link";
    return std::nullopt;
}

// Why the folder an output goes in may not be written through: a link another user owns on
// its path ("reports" their link to someone else's folder). A folder not there yet is made
// by the command, and checked when written.
std::optional<std::string> why_unsafe_directory(const fs::path& target) {
    const TrustedOpen folder = open_trusted_directory(directory_of(target).string());
    if (folder.refused_link)
        return target.string() + ": " + folder.error;
    return std::nullopt;
}

} // namespace

std::optional<std::string> why_unsafe_output(const fs::path& target) {
    if (auto reason = why_unsafe_directory(target))
        return reason;
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(target, ec);
    // The user's own link, or root's (`/dev/stdout`): never another user's.
    if (fs::is_symlink(link) && !owned_by_this_user_or_root(target))
        return target.string() +
               ": is a symbolic link another user owns; cpdoc does not write through it";
    if (auto swap = why_swappable(target))
        return swap;
    if (!fs::exists(link))
        return std::nullopt;
    if (fs::is_symlink(link)) {
        if (!fs::exists(fs::status(target, ec)))
            return target.string() + ": is a symbolic link to " +
                   fs::read_symlink(target, ec).string() + ", which does not exist";
        return why_unsafe_output(fs::canonical(target, ec));
    }
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (sticky_shared_directory(directory) && !owned_by_this_user(target))
        return target.string() + ": belongs to another user in a shared directory (" +
               directory.string() + "); cpdoc does not write to it";
    return std::nullopt;
}

namespace {

// Which file a path is or will be: its device and inode when it exists, else where it will be
// made (links and `..` resolved), so two names for one file compare equal.
std::string identity(const fs::path& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) == 0)
        return "inode " + std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
    std::error_code ec;
    return "path " + fs::weakly_canonical(fs::absolute(path, ec), ec).string();
}

} // namespace

std::optional<std::string> check_outputs(const std::vector<fs::path>& outputs,
                                         const std::vector<std::string>& inputs) {
    std::set<std::string> read;
    for (const std::string& input : inputs)
        read.insert(identity(input));
    std::map<std::string, const fs::path*> written;
    for (const fs::path& output : outputs) {
        if (auto reason = why_unsafe_output(output))
            return reason;
        const std::string id = identity(output);
        if (read.count(id))
            return output.string() + ": is a file this run reads; cpdoc never writes over an input";
        if (const auto [it, added] = written.emplace(id, &output); !added)
            return output.string() + ": is named for two outputs (" + it->second->string() +
                   " too); each needs a file of its own";
    }
    return std::nullopt;
}

StagedOutput::~StagedOutput() {
    if (!made_.empty() && folder_.is_open())
        unlinkat(folder_.get(), made_.c_str(), 0);
}

std::optional<std::string> StagedOutput::publish() {
    if (device_content_)
        return write_into(target_, *device_content_);
    // Kept: a file made there since the check is not replaced either.
    const unsigned flags = existing_ == ExistingFile::keep ? RENAME_NOREPLACE : 0;
    int renamed = renameat2(folder_.get(), made_.c_str(), folder_.get(), name_.c_str(), flags);
    // A file system that cannot promise not to replace (some network shares): checked before.
    if (renamed != 0 && errno == EINVAL && flags != 0)
        renamed = renameat(folder_.get(), made_.c_str(), folder_.get(), name_.c_str());
    if (renamed != 0) {
        const int error = errno;
        if (error == EEXIST)
            return already_exists(target_);
        return target_.string() + ": cannot rename into place: " + std::strerror(error);
    }
    made_.clear(); // in place: nothing to remove
    pending_.reset();
    return std::nullopt;
}

std::string StagedOutput::already_exists(const fs::path& target) {
    return target.string() + ": already exists; choose another name, or add --force to replace it";
}

std::optional<std::string> stage_output_file(const fs::path& target, const std::string& content,
                                             const std::vector<std::string>& inputs,
                                             std::unique_ptr<StagedOutput>& staged,
                                             ExistingFile existing) {
    for (const std::string& input : inputs)
        if (same_file(target, input))
            return target.string() + ": is one of the inputs; cpdoc never writes over an input";
    if (auto reason = why_unsafe_output(target))
        return reason;
    std::error_code ec;
    const fs::file_status status = fs::status(target, ec);
    if (fs::is_directory(status))
        return target.string() + ": is a directory";
    if (existing == ExistingFile::keep &&
        (fs::exists(status) || fs::is_symlink(fs::symlink_status(target, ec))))
        return StagedOutput::already_exists(target);
    staged.reset(new StagedOutput);
    staged->target_ = target;
    staged->existing_ = existing;
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        staged->device_content_ = content; // a device or pipe: written into when published
        return std::nullopt;
    }
    // This user's link to a file: the file is replaced, the link kept; never a link another
    // user could have swapped (why_unsafe_output).
    if (auto swap = why_swappable(target)) {
        staged.reset();
        return swap;
    }
    if (fs::is_symlink(fs::symlink_status(target, ec)))
        return stage_output_file(fs::canonical(target, ec), content, inputs, staged, existing);
    const fs::path directory = directory_of(target);
    // The folder held open: the file is made and renamed in it, not in whatever its path
    // names a moment later.
    TrustedOpen folder = open_trusted_directory(directory.string());
    if (!folder.fd.is_open()) {
        staged.reset();
        return folder.refused_link ? target.string() + ": " + folder.error
                                   : directory.string() + ": no such directory";
    }
    remove_stale_temporaries(directory);

    staged->name_ = target.filename().string();
    std::string made =
        fs::path(temporary_pattern(directory, "." + staged->name_ + ".")).filename().string();
    const int fd = make_temporary_in(folder.fd.get(), made);
    if (fd < 0) {
        staged.reset();
        return directory.string() + ": cannot create a file here: " + std::strerror(errno);
    }
    staged->folder_ = std::move(folder.fd);
    staged->made_ = made;
    staged->pending_ = std::make_unique<TemporaryOutput>((directory / made).string());
    if (!write_all(fd, content)) {
        const std::string error = std::strerror(errno);
        close(fd);
        staged.reset();
        return target.string() + ": write failed: " + error;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        staged.reset();
        return target.string() + ": write failed: " + std::strerror(errno);
    }
    return std::nullopt;
}

std::optional<std::string> write_output_file(const fs::path& target, const std::string& content,
                                             const std::vector<std::string>& inputs,
                                             ExistingFile existing) {
    std::unique_ptr<StagedOutput> staged;
    if (auto error = stage_output_file(target, content, inputs, staged, existing))
        return error;
    return staged->publish();
}

} // namespace cpdoc
