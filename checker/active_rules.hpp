// Which catalogue rules run on a document, at what severity, citing what. What a pack enables
// for a kind of document is worked out once per pack and kind, not once per document.
#pragma once

#include "rule.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct ActiveRule {
    const Rule* rule;
    const RuleSetting* setting; // nullptr for dialect rules
    Severity severity;
    const Citation* citation; // nullptr: none
};

struct ActiveRules {
    std::vector<ActiveRule> rules;     // in catalogue order
    std::vector<std::string_view> ids; // their ids, sorted (CheckContext::runs)
};

// The rules that run on a document of `kind` (the view's kind spec; nullptr when the pack
// has none) under `policy` (nullptr: the dialect rules only) with `options`; `skipped` gets
// those the pack enables but template mode leaves out. Shared: the same object for every
// document of one pack and kind that the options change nothing of.
std::shared_ptr<const ActiveRules> active_rules(const std::shared_ptr<const Policy>& policy,
                                                const KindSpec* kind, const CheckOptions& options,
                                                std::vector<std::string>& skipped);

} // namespace cpdoc
