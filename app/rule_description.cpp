#include "rule_description.hpp"

#include "checker/rule.hpp"
#include "grammar/folding.hpp"

#include <algorithm>
#include <filesystem>

namespace cpdoc {

// A path as a URI reference (RFC 3986): every byte but the unreserved characters and `/`
// percent-encoded, so that no byte of a file name is read as URI syntax (`:`, `?`, `#`) and
// none is left that is not ASCII.
std::string percent_encoded(std::string_view path) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved || c == '/') {
            out += c;
        } else {
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 0xF];
        }
    }
    return out;
}

std::string local_pack_uri(const RuleDescription& description) {
    return "file://" + percent_encoded(description.local_pack) + "#L" +
           std::to_string(description.line);
}

RuleDescription describe_rule(const std::string& rule_id, const std::string& policy_id,
                              PackStore& packs) {
    RuleDescription description{
        rule_id, "", "", std::nullopt, std::string(rules_doc_uri) + "#" + ascii_lowercase(rule_id),
        "",      0};
    const Policy* policy = nullptr;
    PackLoad load;
    if (!policy_id.empty() && packs.has(policy_id)) {
        load = packs.load(policy_id);
        policy = load.policy.get();
    }
    if (const Rule* rule = find_rule(rule_id)) {
        const RuleInfo& info = rule->info();
        description.summary = info.summary;
        description.rationale = info.rationale;
        if (info.dialect)
            description.citation = dialect_citation(info.spec_section, info.spec_quote);
        else if (const RuleSetting* setting = policy ? policy->enabled(rule_id) : nullptr;
                 setting != nullptr && !setting->citations.empty())
            description.citation = setting->citations.front();
        return description;
    }
    if (policy == nullptr)
        return description;
    // The pack's own text is the rule's documentation: the line that declares it.
    auto declared = [&](const std::string& pack, int line) {
        description.line = line;
        if (packs.shipped(pack)) {
            description.help_uri =
                std::string(shipped_packs_uri) + pack + ".xml#L" + std::to_string(line);
        } else {
            std::error_code ec;
            description.help_uri.clear();
            description.local_pack =
                std::filesystem::absolute(packs.file_name(pack), ec).generic_string();
        }
    };
    for (const Requirement& requirement : policy->requirements)
        if (requirement.rule.id == rule_id) {
            declared(requirement.declared_in, requirement.line);
            description.summary = requirement.message;
            description.rationale = "Required by " + policy->title + ".";
            if (!requirement.rule.citations.empty())
                description.citation = requirement.rule.citations.front();
        }
    for (const DiscouragedTerm& term : policy->discouraged)
        if (term.rule.id == rule_id) {
            declared(term.declared_in, term.line);
            description.summary = "Avoid \"" + term.term + "\"" +
                                  (term.suggest.empty() ? "" : "; say \"" + term.suggest + "\"") +
                                  ".";
            description.rationale = term.message;
            if (!term.rule.citations.empty())
                description.citation = term.rule.citations.front();
        }
    return description;
}

} // namespace cpdoc
