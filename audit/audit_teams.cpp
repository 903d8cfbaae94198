#include "audit/audit_teams.hpp"

#include <filesystem>

namespace cpdoc {
namespace fs = std::filesystem;

std::size_t root_of(const std::string& path, const std::vector<std::string>& roots) {
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const fs::path relative = fs::path(path).lexically_relative(roots[i]);
        if (!relative.empty() && *relative.begin() != "..")
            return i;
    }
    return 0;
}

std::string team_of(const std::string& path, const std::string& root, int depth) {
    const fs::path folders = fs::path(path).lexically_relative(root).parent_path();
    std::string team;
    int level = 0;
    for (const fs::path& folder : folders) {
        if (level++ == depth || folder == "." || folder == "..")
            break;
        team += (team.empty() ? "" : "/") + folder.string();
    }
    return team.empty() ? std::string(no_team) : team;
}

} // namespace cpdoc
