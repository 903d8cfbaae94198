#include "pipeline/input.hpp"

#include "files/trusted_path.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace cpdoc {

namespace {

InputFile too_large(const Limits& limits) {
    return {std::nullopt, "byte " + std::to_string(limits.max_bytes) +
                              ": file is larger than the limit of " +
                              std::to_string(limits.max_bytes) + " bytes"};
}

// Reads an open descriptor to its end, stopping as soon as it holds more than the limit.
// `info` sizes the first read (a regular file's size; 0 for a pipe).
InputFile read_descriptor(int fd, const struct stat& info, const Limits& limits) {
    if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > limits.max_bytes)
        return too_large(limits);
    // One read of the size fstat gave, and on until end of file in case the file grew.
    const std::size_t first = S_ISREG(info.st_mode)
                                  ? static_cast<std::size_t>(info.st_size) + 1
                                  : std::min<std::size_t>(65536, limits.max_bytes + 1);
    std::string bytes(first, '\0');
    std::size_t used = 0;
    for (;;) {
        if (used == bytes.size()) {
            if (used > limits.max_bytes)
                return too_large(limits);
            bytes.resize(std::min<std::size_t>(bytes.size() * 2, limits.max_bytes + 1));
        }
        const ssize_t n = read(fd, bytes.data() + used, bytes.size() - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return {std::nullopt, "read failed"};
        if (n == 0)
            break;
        used += static_cast<std::size_t>(n);
        // A regular file that gave as many bytes as fstat said and no more is at its end:
        // no second read only to be told so.
        if (S_ISREG(info.st_mode) && used < bytes.size() &&
            used == static_cast<std::size_t>(info.st_size))
            break;
    }
    if (used > limits.max_bytes)
        return too_large(limits);
    bytes.resize(used);
    return {std::move(bytes), {}};
}

} // namespace

InputFile read_input(const std::filesystem::path& path, const Limits& limits) {
    // Non-blocking, so naming a FIFO cannot hang the open; it is refused below. Never through
    // another user's link: a folder of an audited tree swapped for one while the audit runs
    // would hand it a file the user did not name.
    const TrustedOpen file = open_trusted(path.string(), O_RDONLY | O_NONBLOCK);
    if (!file.fd.is_open())
        return {std::nullopt, file.refused_link || file.error == "no such file"
                                  ? file.error
                                  : "cannot open for reading"};
    struct stat info {};
    if (fstat(file.fd.get(), &info) != 0)
        return {std::nullopt, std::strerror(errno)};
    if (!S_ISREG(info.st_mode))
        return {std::nullopt, "not a regular file"};
    return read_descriptor(file.fd.get(), info, limits);
}

InputFile read_standard_input(const Limits& limits) {
    struct stat info {};
    if (fstat(STDIN_FILENO, &info) != 0)
        return {std::nullopt, "standard input is closed"};
    if (S_ISDIR(info.st_mode))
        return {std::nullopt, "not a regular file"};
    return read_descriptor(STDIN_FILENO, info, limits);
}

} // namespace cpdoc
