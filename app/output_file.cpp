#include "output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

} // namespace

std::optional<std::string> write_output_file(const fs::path& target, const std::string& content,
                                             const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs)
        if (same_file(target, input))
            return target.string() + ": is one of the inputs; cpdoc never writes over an input";
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return target.string() + ": is a directory";
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(directory, ec))
        return directory.string() + ": no such directory";

    std::string temp = (directory / ("." + target.filename().string() + ".cpdoc-XXXXXX")).string();
    const int fd = mkstemp(temp.data());
    if (fd < 0)
        return directory.string() + ": cannot create a file here: " + std::strerror(errno);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string error = std::strerror(errno);
            close(fd);
            unlink(temp.c_str());
            return target.string() + ": write failed: " + error;
        }
        written += static_cast<std::size_t>(n);
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
