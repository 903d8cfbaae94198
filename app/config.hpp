// The project configuration file, `.cpdoc.toml`, found by walking up from a checked file to
// the root of its repository, or named with --config. Command-line flags win over it.
#pragma once

#include "policies/policy.hpp"
#include "render/document_properties.hpp"
#include "render/house_style.hpp"

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

constexpr std::string_view config_file_name = ".cpdoc.toml";
constexpr int max_team_depth = 16; // --team-depth and [audit] team-depth

struct ProjectConfig {
    std::filesystem::path file;
    std::string policy;                             // default when the front matter has none
    std::vector<std::filesystem::path> policy_dirs; // absolute
    std::vector<std::string> skip;                  // glob patterns, relative to the file
    std::optional<int> max_warnings;
    std::map<std::string, Severity> severities;
    std::optional<int> audit_team_depth; // [audit] team-depth: folder levels that name a team
    HouseStyleFiles house_style;         // [render] reference-doc, css, logo (absolute)
    std::optional<SensitivityLabel> sensitivity_label; // [render.sensitivity-label]

    bool skips(const std::filesystem::path& document) const;
};

// A config, or a directory it names, passed over as unsafe: the file, and why.
struct ConfigWarning {
    std::string file;
    std::string what; // "ignored: it is owned by another user (uid 1); ..."

    std::string to_string() const { return file + ": " + what; }
    bool operator<(const ConfigWarning& other) const { return to_string() < other.to_string(); }
};

struct ConfigLoad {
    std::optional<ProjectConfig> config;      // none found is not an error
    std::string error;                        // "path:line:col: message"
    std::vector<ConfigWarning> warnings = {}; // configs passed over as unsafe, each named
};

// Parses configuration text; `file` names it in errors and anchors relative paths.
ConfigLoad parse_config(std::string_view text, const std::filesystem::path& file);

// Reads and parses a configuration file the user named: trusted whoever owns it.
ConfigLoad read_config_file(const std::filesystem::path& file);

// The nearest `.cpdoc.toml` in the document's directory or above it, stopping at the
// repository root (a directory holding `.git`), the user's home, or the edge of the
// filesystem. One that another user owns, or that group or others may write, is passed over
// with a warning: on a shared drive anyone may plant one in a parent folder.
ConfigLoad find_config(const std::filesystem::path& document);

// find_config for the documents of many folders: each folder is looked in once, and one
// without a config of its own has the answer of the folder above it, so the 500 case folders
// of a service's team folders cost 500 looks, not one for each folder above each of them.
class ConfigSearch {
public:
    ConfigLoad find(const std::filesystem::path& document);

private:
    struct Answer {
        std::filesystem::path config; // empty: none
        std::vector<ConfigWarning> warnings;
        std::optional<dev_t> device;
    };
    const Answer& answer(const std::filesystem::path& directory, std::optional<dev_t> device);

    // By directory, as text: comparing paths element by element made the search cost more
    // than the stat calls it saves.
    std::map<std::string, Answer> answers_;
    std::map<std::filesystem::path, ConfigLoad> configs_; // each config read once
    std::optional<std::filesystem::path> home_;
};

} // namespace cpdoc
