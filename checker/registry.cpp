// The one place rules are registered.
#include "rule_families.hpp"
#include "view/text_match.hpp"

#include "grammar/folding.hpp"
#include "policies/rule_catalogue.hpp"

#include <cctype>

namespace cpdoc {
namespace {

// The catalogue every pack is held to (policies/rule_catalogue.hpp).
class Catalogue : public RuleCatalogue {
public:
    bool has(std::string_view id) const override { return find_rule(id) != nullptr; }
    bool dialect(std::string_view id) const override {
        const Rule* rule = find_rule(id);
        return rule != nullptr && rule->info().dialect;
    }
    std::optional<std::string> nearest(std::string_view text,
                                       const std::vector<std::string>& candidates) const override {
        return cpdoc::nearest(text, candidates);
    }
    const std::vector<std::string>& ids() const override {
        static const std::vector<std::string> ids = [] {
            std::vector<std::string> list;
            for (const auto& rule : all_rules())
                list.emplace_back(rule->info().id);
            return list;
        }();
        return ids;
    }
};

const Catalogue catalogue;

// Installed before main runs: every program that checks documents links this file.
[[maybe_unused]] const bool catalogue_installed = [] {
    install_rule_catalogue(&catalogue);
    return true;
}();

} // namespace

const RuleList& all_rules() {
    static const RuleList rules = [] {
        RuleList list;
        add_dialect_rules(list);
        add_front_matter_rules(list);
        add_structure_rules(list);
        add_smart_rules(list);
        add_contingency_rules(list);
        add_information_sharing_rules(list);
        add_meeting_rules(list);
        add_child_rules(list);
        add_resistance_rules(list);
        add_review_rules(list);
        add_chronology_rules(list);
        add_timescale_rules(list);
        add_word_rules(list);
        return list;
    }();
    return rules;
}

const Rule* find_rule(std::string_view id) {
    for (const auto& rule : all_rules())
        if (rule->info().id == id)
            return rule.get();
    return nullptr;
}

std::optional<std::string> misspelt_rule(std::string_view id) {
    if (find_rule(id) != nullptr)
        return std::nullopt;
    return nearest(id, catalogue.ids());
}

std::string canonical_rule_id(std::string_view id) {
    std::string out(trim(id));
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::string> severity_setting_error(std::string_view id, Severity severity) {
    if (const auto meant = misspelt_rule(id))
        return "there is no rule " + std::string(id) + "; did you mean " + *meant + "?";
    const Rule* rule = find_rule(id);
    if (severity == Severity::off && rule != nullptr && rule->info().unreadable)
        return std::string(id) +
               " cannot be switched off: it means part of the document could not be read, "
               "and so could not be checked";
    return std::nullopt;
}

Citation dialect_citation(std::string_view section, std::string_view quote) {
    return {"dialect.md", std::string(section), std::string(quote)};
}

} // namespace cpdoc
