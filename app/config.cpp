#include "config.hpp"
#include "config_shape.hpp"

#include "checker/rule.hpp"

#include "files/file_ownership.hpp"
#include "files/stable_path.hpp"

#include <fnmatch.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include <fstream>
#include <limits>
#include <sstream>
#include <toml++/toml.h>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

std::string where(const fs::path& file, const toml::source_region& region) {
    return file.string() + ":" + std::to_string(region.begin.line) + ":" +
           std::to_string(region.begin.column);
}

std::optional<std::string> read_strings(const toml::node& node, const fs::path& file,
                                        std::string_view key, std::vector<std::string>& out) {
    const toml::array* array = node.as_array();
    if (array == nullptr)
        return where(file, node.source()) + ": `" + std::string(key) +
               "` must be a list of strings";
    for (const toml::node& item : *array) {
        const auto text = item.value<std::string>();
        if (!text)
            return where(file, item.source()) + ": `" + std::string(key) +
                   "` must be a list of strings";
        out.push_back(*text);
    }
    return std::nullopt;
}

// [audit]: what `cpdoc audit` reads of the audited tree.
std::optional<std::string> apply_audit(const toml::node& node, const fs::path& file,
                                       ProjectConfig& config) {
    const toml::table* audit = node.as_table();
    if (audit == nullptr)
        return where(file, node.source()) + ": `[audit]` must be a table";
    for (const auto& [key, value] : *audit) {
        if (key.str() != "team-depth")
            return where(file, value.source()) + ": unknown audit setting `" +
                   std::string(key.str()) + "` (known: team-depth)";
        const auto number = value.value<int64_t>();
        if (!number || *number < 0 || *number > max_team_depth)
            return where(file, value.source()) +
                   ": `team-depth` must be a whole number from 0 to " +
                   std::to_string(max_team_depth);
        config.audit_team_depth = static_cast<int>(*number);
    }
    return std::nullopt;
}

// [render.sensitivity-label]: id, name and site-id, all three.
std::optional<std::string> apply_label(const toml::node& node, const fs::path& file,
                                       ProjectConfig& config) {
    const toml::table* label = node.as_table();
    if (label == nullptr)
        return where(file, node.source()) + ": `[render.sensitivity-label]` must be a table";
    SensitivityLabel read;
    for (const auto& [key, value] : *label) {
        const std::string name(key.str());
        std::string* field = name == "id"        ? &read.id
                             : name == "name"    ? &read.name
                             : name == "site-id" ? &read.site_id
                                                 : nullptr;
        if (field == nullptr)
            return where(file, value.source()) + ": unknown sensitivity-label setting `" + name +
                   "` (known: id, name, site-id)";
        const auto text = value.value<std::string>();
        if (!text || text->empty())
            return where(file, value.source()) + ": `" + name + "` must be a string";
        if (name != "name" && !is_guid(*text))
            return where(file, value.source()) + ": `" + name +
                   "` must be a GUID as Microsoft 365 gives it "
                   "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)";
        *field = *text;
    }
    if (read.id.empty() || read.name.empty() || read.site_id.empty())
        return where(file, node.source()) +
               ": `[render.sensitivity-label]` needs id, name and site-id";
    config.sensitivity_label = read;
    return std::nullopt;
}

// [render]: the house style `cpdoc render` uses, paths relative to the config's folder.
std::optional<std::string> apply_render(const toml::node& node, const fs::path& file,
                                        ProjectConfig& config) {
    const toml::table* render = node.as_table();
    if (render == nullptr)
        return where(file, node.source()) + ": `[render]` must be a table";
    for (const auto& [key, value] : *render) {
        const std::string name(key.str());
        if (name == "sensitivity-label") {
            if (auto error = apply_label(value, file, config))
                return error;
            continue;
        }
        StyleFile* style = name == "reference-doc" ? &config.house_style.reference_doc
                           : name == "css"         ? &config.house_style.css
                           : name == "logo"        ? &config.house_style.logo
                                                   : nullptr;
        if (style == nullptr)
            return where(file, value.source()) + ": unknown render setting `" + name +
                   "` (known: reference-doc, css, logo, [render.sensitivity-label])";
        const auto text = value.value<std::string>();
        if (!text || text->empty())
            return where(file, value.source()) + ": `" + name + "` must be a file name";
        *style = {fs::absolute(file.parent_path() / *text).lexically_normal(), true};
    }
    return std::nullopt;
}

std::optional<std::string> apply(const toml::table& table, const fs::path& file,
                                 ProjectConfig& config) {
    const fs::path base = file.parent_path();
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        if (name == "policy") {
            const auto text = node.value<std::string>();
            if (!text)
                return where(file, node.source()) + ": `policy` must be a string";
            config.policy = *text;
        } else if (name == "policy-dirs") {
            std::vector<std::string> dirs;
            if (auto error = read_strings(node, file, name, dirs))
                return error;
            for (const std::string& dir : dirs)
                config.policy_dirs.push_back(fs::absolute(base / dir).lexically_normal());
        } else if (name == "skip") {
            if (auto error = read_strings(node, file, name, config.skip))
                return error;
        } else if (name == "max-warnings") {
            const auto number = node.value<int64_t>();
            if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
                return where(file, node.source()) +
                       ": `max-warnings` must be a whole number from 0 to " +
                       std::to_string(std::numeric_limits<int>::max());
            config.max_warnings = static_cast<int>(*number);
        } else if (name == "severity") {
            const toml::table* severities = node.as_table();
            if (severities == nullptr)
                return where(file, node.source()) + ": `[severity]` must be a table";
            for (const auto& [rule, level] : *severities) {
                const auto text = level.value<std::string>();
                const auto severity = text ? parse_severity(*text) : std::nullopt;
                if (!severity)
                    return where(file, level.source()) + ": severity of " +
                           std::string(rule.str()) + " must be error, warning, note or off";
                const std::string id = canonical_rule_id(rule.str());
                if (const auto error = severity_setting_error(id, *severity))
                    return where(file, level.source()) + ": " + *error;
                config.severities[id] = *severity;
            }
        } else if (name == "audit") {
            if (auto error = apply_audit(node, file, config))
                return error;
        } else if (name == "render") {
            if (auto error = apply_render(node, file, config))
                return error;
        } else {
            return where(file, node.source()) + ": unknown setting `" + name +
                   "` (known: policy, policy-dirs, skip, max-warnings, [severity], [audit], "
                   "[render])";
        }
    }
    return std::nullopt;
}

} // namespace

bool ProjectConfig::skips(const fs::path& document) const {
    if (skip.empty())
        return false;
    const std::string relative = fs::absolute(document)
                                     .lexically_normal()
                                     .lexically_relative(file.parent_path())
                                     .generic_string();
    for (const std::string& pattern : skip)
        if (fnmatch(pattern.c_str(), relative.c_str(), 0) == 0)
            return true;
    return false;
}

ConfigLoad parse_config(std::string_view text, const fs::path& file) {
    if (auto error = config_shape_error(text, file))
        return {std::nullopt, *error};
    toml::table table;
    try {
        table = toml::parse(text, file.string());
    } catch (const toml::parse_error& error) {
        return {std::nullopt,
                where(file, error.source()) + ": " + std::string(error.description())};
    }
    ProjectConfig config;
    config.file = fs::absolute(file).lexically_normal();
    if (auto error = apply(table, config.file, config))
        return {std::nullopt, *error};
    return {std::move(config), {}};
}

ConfigLoad read_config_file(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return {std::nullopt, file.string() + ": no such configuration file"};
    // Refused unread past the limit config_shape_error gives text, with the same words.
    if (const auto size = fs::file_size(file, ec); !ec && size > max_config_text_bytes)
        return {std::nullopt, file.string() + ":1:1: the file is " + std::to_string(size) +
                                  " bytes; a config may be at most " +
                                  std::to_string(max_config_text_bytes / 1024) + " KiB"};
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return parse_config(content.str(), file);
}

namespace {

std::optional<dev_t> device_of(const fs::path& directory) {
    struct stat info {};
    if (stat(directory.c_str(), &info) != 0)
        return std::nullopt;
    return info.st_dev;
}

fs::path home_directory() {
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0')
        if (const passwd* entry = getpwuid(geteuid()))
            home = entry->pw_dir;
    std::error_code ec;
    return home == nullptr ? fs::path() : fs::weakly_canonical(home, ec);
}

// Where the walk up stops: the repository root, the user's home, or the root directory. A
// `.git` another user planted in a shared folder is no repository root (git ignores one too):
// it would cut the documents below it off from the service's `.cpdoc.toml`, and minutes the
// service's config fails would pass.
bool last_directory_to_search(const fs::path& dir, const fs::path& home) {
    return owned_by_this_user_or_root(dir / ".git") || dir == home || dir == dir.root_path();
}

} // namespace

ConfigLoad find_config(const fs::path& document) {
    return ConfigSearch().find(document);
}

ConfigLoad ConfigSearch::find(const fs::path& document) {
    std::error_code ec;
    fs::path dir = fs::absolute(document, ec).parent_path();
    // A name not on disk yet (--stdin-filename drafts/new.md): from the nearest folder that is.
    std::optional<dev_t> device = device_of(dir);
    while (!device && dir.has_relative_path()) {
        dir = dir.parent_path();
        device = device_of(dir);
    }
    if (dir.empty())
        return {};
    const Answer& found = answer(dir, device);
    if (found.config.empty())
        return {std::nullopt, {}, found.warnings};
    auto config = configs_.find(found.config);
    if (config == configs_.end())
        config = configs_.emplace(found.config, read_config_file(found.config)).first;
    ConfigLoad load = config->second;
    load.warnings = found.warnings;
    return load;
}

// `device`: the directory's own.
const ConfigSearch::Answer& ConfigSearch::answer(const fs::path& dir, std::optional<dev_t> device) {
    if (const auto known = answers_.find(dir.native()); known != answers_.end())
        return known->second;
    Answer found{.config = {}, .warnings = {}, .device = device};
    const fs::path candidate = dir / config_file_name;
    std::error_code ec;
    if (fs::exists(fs::symlink_status(candidate, ec))) {
        if (const auto reason = why_not_trusted(candidate.string())) {
            found.warnings.push_back(
                {candidate.string(), "ignored: " + *reason + "; name it with --config to use it"});
        } else {
            found.config = candidate;
            return answers_.emplace(dir.native(), std::move(found)).first->second;
        }
    }
    if (!home_)
        home_ = home_directory();
    if (!last_directory_to_search(dir, *home_)) {
        const fs::path parent = dir.parent_path();
        const auto known = answers_.find(parent.native());
        // A mount point: another filesystem, another owner.
        if ((known != answers_.end() ? known->second.device : device_of(parent)) == device) {
            const Answer& above = answer(parent, device);
            found.config = above.config;
            found.warnings.insert(found.warnings.end(), above.warnings.begin(),
                                  above.warnings.end());
        }
    }
    return answers_.emplace(dir.native(), std::move(found)).first->second;
}

} // namespace cpdoc
