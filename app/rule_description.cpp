#include "rule_description.hpp"

#include "checker/rule.hpp"
#include "grammar/folding.hpp"

#include <algorithm>

namespace cpdoc {

RuleDescription describe_rule(const std::string& rule_id, const std::string& policy_id,
                              PackStore& packs) {
    RuleDescription description{rule_id, "", "", std::nullopt,
                                std::string(rules_doc_uri) + "#" + ascii_lowercase(rule_id)};
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
    description.help_uri =
        std::string(rules_doc_uri).substr(0, rules_doc_uri.rfind('/')) + "/policy-packs.md";
    for (const Requirement& requirement : policy->requirements)
        if (requirement.rule.id == rule_id) {
            description.summary = requirement.message;
            description.rationale = "Required by " + policy->title + ".";
            if (!requirement.rule.citations.empty())
                description.citation = requirement.rule.citations.front();
        }
    for (const DiscouragedTerm& term : policy->discouraged)
        if (term.rule.id == rule_id) {
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
