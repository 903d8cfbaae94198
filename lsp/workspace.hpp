// What the server asks of the program that runs it: the configuration and packs that govern a
// document, found as `check` finds them, and what is said about a rule. app/ gives one.
#pragma once

#include "checker/rule.hpp"
#include "grammar/source_text.hpp"
#include "policies/pack_store.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc::lsp {

struct DocumentSetup {
    PackStore* packs = nullptr; // null when the configuration cannot be used (error says why)
    CheckOptions options;
    Limits limits;
    std::string error;
    bool skipped = false; // the configuration's `skip` names it
};

struct RuleHelp {
    std::string summary;
    std::string rationale;
    std::string uri; // its documentation
};

class Workspace {
public:
    virtual ~Workspace() = default;
    // The setup for a document at this path (a path that need not exist on disk).
    virtual DocumentSetup setup(const std::filesystem::path& document) = 0;
    virtual RuleHelp help(const std::string& rule_id, const std::string& policy_id) = 0;
    // Forgets every configuration and pack read: one of them changed on disk.
    virtual void reload() = 0;
};

} // namespace cpdoc::lsp
