// Opening a path on a shared machine, where another user may plant a symbolic link in any
// folder they can write, or swap a folder for one while cpdoc works: the path is walked one
// name at a time, each opened without following links, and a link is followed only when this
// user or root owns it. The kernel's own walk would follow anyone's.
#pragma once

#include <string>

namespace cpdoc {

// A file descriptor, closed when it goes.
class Descriptor {
public:
    Descriptor() = default;
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor();
    Descriptor(Descriptor&& other) noexcept : fd_(other.release()) {}
    Descriptor& operator=(Descriptor&& other) noexcept;
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return fd_; }
    bool is_open() const { return fd_ >= 0; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_ = -1;
};

struct TrustedOpen {
    Descriptor fd;
    std::string error;         // when fd is not open: why, e.g. "no such file", or the link refused
    bool refused_link = false; // the error is a link another user owns
};

// Opens the file with `flags` (O_RDONLY, O_WRONLY ...; O_NOFOLLOW and O_CLOEXEC are added):
// every name on its path, the last too, is a real file or folder or this user's or root's link.
TrustedOpen open_trusted(const std::string& path, int flags);

// Opens the folder the path names, to create names in it with openat and renameat.
TrustedOpen open_trusted_directory(const std::string& path);

} // namespace cpdoc
