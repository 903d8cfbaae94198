// What the machine-readable outputs say about a rule: from the catalogue for built-in rules,
// from the pack for the rules a pack declares.
#pragma once

#include "policies/pack_store.hpp"

#include <optional>
#include <string>

namespace cpdoc {

struct RuleDescription {
    std::string id;
    std::string summary;
    std::string rationale;
    std::optional<Citation> citation; // under the pack the document was checked against
    std::string help_uri;             // empty for a local pack's rule: see local_pack
    // A rule a local pack declares: the pack file and the line of its <require> or
    // <discourage>, for a file: URI (report_sarif encodes it).
    std::string local_pack;
    int line = 0;
};

// Where a shipped pack's files are published, for a help URI to the line declaring a rule.
constexpr std::string_view shipped_packs_uri =
    "https://github.com/cpdoc/cpdoc/blob/main/policies/packs/";

// The base of the help URIs: the rule catalogue in the project's documentation.
constexpr std::string_view rules_doc_uri = "https://github.com/cpdoc/cpdoc/blob/main/docs/rules.md";

// A path as a URI reference: every byte but the unreserved characters and `/` percent-encoded.
std::string percent_encoded(std::string_view path);
// The file: URI of the line of a local pack that declares the rule.
std::string local_pack_uri(const RuleDescription& description);

RuleDescription describe_rule(const std::string& rule_id, const std::string& policy_id,
                              PackStore& packs);

} // namespace cpdoc
