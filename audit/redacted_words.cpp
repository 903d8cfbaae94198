#include "audit/redacted_words.hpp"

#include "checker/declarative.hpp"
#include "checker/rule.hpp"

#include <vector>

namespace cpdoc {
namespace {

constexpr std::size_t most_terms = 3;

// The words of a shipped pack's own rule that say what to do; none for a local pack's.
std::optional<std::string> pack_fix(const Policy& policy, std::string_view rule_id) {
    if (!policy.local_file.empty())
        return std::nullopt;
    for (const Requirement& requirement : policy.requirements)
        if (requirement.rule.id == rule_id)
            return requirement.message;
    for (const DiscouragedTerm& term : policy.discouraged)
        if (term.rule.id == rule_id)
            return term.suggest.empty()
                       ? term.message
                       : "Say \"" + term.suggest + "\" and describe what was seen. " + term.message;
    return std::nullopt;
}

} // namespace

RedactedWords::RedactedWords() {
    PackStore shipped;
    for (const std::string& id : shipped.ids()) {
        const PackLoad load = shipped.load(id);
        if (!load.policy)
            continue;
        for (const KindSpec& kind : load.policy->kinds) {
            kinds_.insert(kind.kind);
            for (const SectionSpec& section : kind.sections)
                sections_.insert(section.name);
        }
        for (const auto& [name, terms] : load.policy->vocabularies)
            terms_.insert(terms.begin(), terms.end());
        for (const DiscouragedTerm& term : load.policy->discouraged)
            terms_.insert(term.term);
    }
}

std::string_view RedactedWords::section(std::string_view name) const {
    if (name == "front matter" || name == "details table" || name == "(document)")
        return name;
    const auto it = sections_.find(name);
    return it != sections_.end() ? std::string_view(*it) : "(section)";
}

std::string RedactedWords::message(std::string_view rule_id, std::string_view text,
                                   const Policy* policy) const {
    std::string out;
    if (const Rule* rule = find_rule(rule_id))
        out = rule->info().summary;
    else if (const auto summary = policy ? declarative_summary(*policy, rule_id) : std::nullopt)
        out = *summary;
    else
        out = "A rule of the policy is not met.";

    // The terms the message quoted ("improve"), each written from the vocabulary.
    std::vector<std::string_view> found;
    for (std::size_t open = text.find('"');
         open != std::string_view::npos && found.size() < most_terms;
         open = text.find('"', open + 1)) {
        const std::size_t close = text.find('"', open + 1);
        if (close == std::string_view::npos)
            break;
        const auto term = terms_.find(text.substr(open + 1, close - open - 1));
        if (term != terms_.end()) {
            bool repeated = false;
            for (const std::string_view seen : found)
                repeated = repeated || seen == *term;
            if (!repeated)
                found.push_back(*term);
            open = close;
        }
    }
    for (std::size_t i = 0; i < found.size(); ++i)
        out += (i == 0 ? " Found: \"" : ", \"") + std::string(found[i]) + "\"";
    if (!found.empty())
        out += ".";

    if (const Rule* rule = find_rule(rule_id))
        out += " " + std::string(rule->info().fix);
    else if (const auto own = policy ? pack_fix(*policy, rule_id) : std::nullopt)
        out += " " + *own;
    return out;
}

} // namespace cpdoc
