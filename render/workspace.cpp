#include "workspace.hpp"

#include "files/stable_path.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cpdoc {
namespace fs = std::filesystem;

std::optional<Workspace> Workspace::create(std::string& error) {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    // Pandoc and WeasyPrint open the workspace's files by path: a TMPDIR another user could
    // make name their folder (renaming the user's own folder inside one they may write) would
    // give them the document, and the outputs to write through their links.
    const StablePath stable = stable_path(ec ? "/tmp" : base.string());
    if (stable.why_not) {
        error = "cannot make a private directory for rendering in " + base.string() + ": " +
                *stable.why_not + "; set TMPDIR to a folder only you can change";
        return std::nullopt;
    }
    const fs::path directory = stable.real;
    remove_stale_temporaries(directory);
    std::string pattern = temporary_pattern(directory, "");
    if (mkdtemp(pattern.data()) == nullptr) {
        error = "cannot make a private directory for rendering: " + std::string(strerror(errno));
        return std::nullopt;
    }
    return Workspace(pattern);
}

Workspace::Workspace(fs::path directory) : directory_(std::move(directory)) {
    registered_ = std::make_unique<TemporaryOutput>(directory_.string(), true);
    std::error_code ec;
    fs::create_directory(temp_directory(), ec);
}

Workspace::Workspace(Workspace&& other) noexcept
    : directory_(std::move(other.directory_)), registered_(std::move(other.registered_)) {
    other.directory_.clear();
}

Workspace::~Workspace() {
    if (directory_.empty())
        return;
    std::error_code ec;
    fs::remove_all(directory_, ec);
}

fs::path Workspace::file(const std::string& name) {
    return directory_ / name;
}

fs::path Workspace::temp_directory() const {
    return directory_ / "tmp";
}

std::vector<std::string> Workspace::program_environment() const {
    const char* path = std::getenv("PATH");
    return {"PATH=" + std::string(path != nullptr ? path : "/usr/bin:/bin"),
            "HOME=" + directory_.string(), "TMPDIR=" + temp_directory().string(), "LANG=C.UTF-8"};
}

bool Workspace::write(const std::string& name, const std::string& content) {
    const std::string path = file(name).string();
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    return close(fd) == 0 && written == content.size();
}

std::optional<std::string> read_whole_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace cpdoc
