#include "output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// Temporary files being written, so a signal handler can remove them: fixed storage, since
// only async-signal-safe work may happen in the handler.
constexpr int max_pending = 256;
constexpr std::size_t max_path = 4096;
char pending_paths[max_pending][max_path];
// 0: free, 1: a file, 2: a directory (removed after the files, once they are gone)
volatile std::sig_atomic_t pending_used[max_pending];

extern "C" void remove_pending_and_reraise(int signal_number) {
    for (int i = 0; i < max_pending; ++i)
        if (pending_used[i] == 1)
            unlink(pending_paths[i]);
    for (int i = 0; i < max_pending; ++i)
        if (pending_used[i] == 2)
            rmdir(pending_paths[i]);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void install_handlers_once() {
    static const bool installed = [] {
        for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction action {};
            action.sa_handler = remove_pending_and_reraise;
            sigemptyset(&action.sa_mask);
            sigaction(signal_number, &action, nullptr);
        }
        return true;
    }();
    (void)installed;
}

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
// a pipe): it cannot be replaced by a finished file, and must never be replaced by a file.
std::optional<std::string> write_into(const fs::path& target, const std::string& content) {
    // Non-blocking, so a FIFO with no reader is an error rather than a hang.
    const int fd = open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return target.string() + ": cannot write: " + std::strerror(errno);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!write_all(fd, content)) {
        const std::string error = std::strerror(errno);
        close(fd);
        return target.string() + ": write failed: " + error;
    }
    if (close(fd) != 0)
        return target.string() + ": write failed: " + std::strerror(errno);
    return std::nullopt;
}

} // namespace

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

TemporaryOutput::TemporaryOutput(const std::string& path, bool directory) {
    install_handlers_once();
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    for (int i = 0; i < max_pending && path.size() < max_path; ++i)
        if (!pending_used[i]) {
            std::memcpy(pending_paths[i], path.c_str(), path.size() + 1);
            pending_used[i] = directory ? 2 : 1;
            slot_ = i;
            break;
        }
}

TemporaryOutput::~TemporaryOutput() {
    if (slot_ >= 0)
        pending_used[slot_] = 0;
}

std::optional<std::string> write_output_file(const fs::path& target, const std::string& content,
                                             const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs)
        if (same_file(target, input))
            return target.string() + ": is one of the inputs; cpdoc never writes over an input";
    std::error_code ec;
    const fs::file_status status = fs::status(target, ec);
    if (fs::is_directory(status))
        return target.string() + ": is a directory";
    if (fs::exists(status) && !fs::is_regular_file(status))
        return write_into(target, content);
    // A link to a file: the file is replaced, the link kept.
    if (fs::is_symlink(fs::symlink_status(target, ec)))
        return write_output_file(fs::canonical(target, ec), content, inputs);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(directory, ec))
        return directory.string() + ": no such directory";

    std::string temp = (directory / ("." + target.filename().string() + ".cpdoc-XXXXXX")).string();
    const int fd = mkstemp(temp.data());
    if (fd < 0)
        return directory.string() + ": cannot create a file here: " + std::strerror(errno);
    const TemporaryOutput pending(temp);
    if (!write_all(fd, content)) {
        const std::string error = std::strerror(errno);
        close(fd);
        unlink(temp.c_str());
        return target.string() + ": write failed: " + error;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        unlink(temp.c_str());
        return target.string() + ": write failed: " + std::strerror(errno);
    }
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string error = std::strerror(errno);
        unlink(temp.c_str());
        return target.string() + ": cannot rename into place: " + error;
    }
    return std::nullopt;
}

} // namespace cpdoc
