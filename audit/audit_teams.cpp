#include "audit/audit_teams.hpp"

#include <algorithm>
#include <filesystem>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// Only names: no empty part, no `.` or `..`.
bool plain_names(std::string_view rest) {
    while (!rest.empty()) {
        const std::string_view name = rest.substr(0, rest.find('/'));
        if (name.empty() || name == "." || name == "..")
            return false;
        rest.remove_prefix(std::min(rest.size(), name.size() + 1));
    }
    return true;
}

// `path` relative to `root`, as fs::path::lexically_relative gives it. A path the walk found
// is written as its root, a separator and plain names (files_below), so the relative path is
// the text after them; only other paths are taken apart by folder, which is slow.
std::string relative_to(const std::string& path, const std::string& root) {
    if (!root.empty() && path.starts_with(root)) {
        std::string_view rest = std::string_view(path).substr(root.size());
        const std::size_t start = rest.find_first_not_of('/');
        if ((root.back() == '/' || rest.starts_with('/')) && start != std::string_view::npos &&
            plain_names(rest.substr(start)))
            return std::string(rest.substr(start));
    }
    return fs::path(path).lexically_relative(root).string();
}

} // namespace

std::size_t root_of(const std::string& path, const std::vector<std::string>& roots) {
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const std::string relative = relative_to(path, roots[i]);
        if (!relative.empty() && relative != ".." && !relative.starts_with("../"))
            return i;
    }
    return 0;
}

std::string team_of(const std::string& path, const std::string& root, int depth) {
    const std::string relative = relative_to(path, root);
    const std::size_t last = relative.rfind('/');
    std::string_view folders =
        std::string_view(relative).substr(0, last == std::string::npos ? 0 : last);
    std::string team;
    for (int level = 0; !folders.empty() && level < depth; ++level) {
        const std::string_view folder = folders.substr(0, folders.find('/'));
        if (folder == "." || folder == "..")
            break;
        team += (team.empty() ? "" : "/") + std::string(folder);
        folders.remove_prefix(std::min(folders.size(), folder.size() + 1));
    }
    return team.empty() ? std::string(no_team) : team;
}

} // namespace cpdoc
