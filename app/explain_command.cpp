#include "checker/rule.hpp"
#include "commands.hpp"
#include "pack_setup.hpp"
#include "reports.hpp"

#include <iostream>
#include <utility>

namespace cpdoc {
namespace {

void print_indented(std::string_view text) {
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        std::cout << "    " << text.substr(start, end - start) << '\n';
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
}

void print_citations(const std::string& pack, Severity severity,
                     const std::vector<Citation>& citations) {
    std::cout << "\nUnder " << pack << " (" << to_string(severity) << "):\n";
    for (const Citation& citation : citations) {
        std::cout << "    " << brief_citation(citation) << '\n';
        std::cout << "    \"" << citation.quote << "\"\n";
    }
}

// SECTION-MISSING and FIELD-MISSING cite what the pack that required a section or field says
// of it, not the rule's own paragraphs: the sections (or fields) this pack requires, each with
// its citation.
void print_declared(const Policy& policy, std::string_view rule_id) {
    const bool fields = rule_id == "FIELD-MISSING";
    if (!fields && rule_id != "SECTION-MISSING")
        return;
    auto print = [&](const std::string& what, const Cited& cited) {
        std::cout << "    " << what << '\n';
        if (cited.citations.empty())
            std::cout << "      (cites no paragraph: its findings carry no citation)\n";
        for (const Citation& citation : cited.citations)
            std::cout << "      " << brief_citation(citation) << "\n      \"" << citation.quote
                      << "\"\n";
    };
    bool any = false;
    for (const KindSpec& kind : policy.kinds)
        for (const SectionSpec& section : kind.sections) {
            auto heading = [&] {
                if (!std::exchange(any, true))
                    std::cout << "  " << (fields ? "Fields " : "Sections ") << policy.id
                              << " requires, each cited on its own:\n";
            };
            if (!fields && section.required && section.declared_in == policy.id) {
                heading();
                print(kind.kind + ": ## " + section.name, section);
            }
            if (fields)
                for (const FieldSpec& field : section.fields)
                    if (field.required && field.declared_in == policy.id) {
                        heading();
                        print(kind.kind + ": ## " + section.name + " / " + field.name + ":", field);
                    }
        }
}

// The packs to show: the one named, or every pack cpdoc knows.
// The pack given or configured, else every pack (and the reader is told so).
std::vector<std::string> packs_to_show(PackStore& store, const std::string& policy) {
    if (!policy.empty())
        return {policy};
    std::cout << "\n(No --policy given and no `policy` in a .cpdoc.toml here: how every pack "
                 "sets this rule.)\n";
    return store.ids();
}

} // namespace

int run_explain(const CommonArgs& common, const std::string& written_id) {
    const std::string rule_id = canonical_rule_id(written_id);
    PackStore store;
    const auto policy = setup_project_packs(store, common, ".");
    if (!policy)
        return exit_usage;
    const Rule* rule = find_rule(rule_id);
    bool found = rule != nullptr;
    if (rule != nullptr) {
        const RuleInfo& info = rule->info();
        std::cout << info.id << ": " << info.summary << "\n\nWhy: " << info.rationale
                  << "\n\nPasses:\n";
        print_indented(info.passing);
        std::cout << "Fails:\n";
        print_indented(info.failing);
        if (info.dialect) {
            const Citation citation = dialect_citation(info.spec_section, info.spec_quote);
            print_citations("every policy (the cpdoc dialect)", info.dialect_severity, {citation});
        }
    }
    const bool one_pack = !policy->empty(); // named: say so when it does not use the rule
    for (const std::string& id : packs_to_show(store, *policy)) {
        const PackLoad load = store.load(id);
        if (!load.policy)
            continue;
        const Policy& policy = *load.policy;
        if (const RuleSetting* setting = policy.enabled(rule_id); setting != nullptr && rule) {
            print_citations(id, setting->severity, setting->citations);
            print_declared(policy, rule_id);
        } else if (rule != nullptr && !rule->info().dialect && one_pack) {
            std::cout << "\n"
                      << id << " does not use this rule: its documents are not checked "
                      << "for it.\n";
        }
        for (const Requirement& requirement : policy.requirements)
            if (requirement.rule.id == rule_id) {
                if (!found)
                    std::cout << rule_id << ": " << requirement.message << '\n';
                found = true;
                print_citations(id, requirement.rule.severity, requirement.rule.citations);
            }
        for (const DiscouragedTerm& term : policy.discouraged)
            if (term.rule.id == rule_id) {
                if (!found)
                    std::cout << rule_id << ": avoid \"" << term.term << "\""
                              << (term.suggest.empty() ? "" : "; say \"" + term.suggest + "\"")
                              << ". " << term.message << '\n';
                found = true;
                print_citations(id, term.rule.severity, term.rule.citations);
            }
    }
    if (!found) {
        const auto meant = misspelt_rule(rule_id);
        std::cerr << "cpdoc: no rule " << written_id
                  << (meant ? "; did you mean " + *meant + "?" : std::string()) << "\n";
        return exit_usage;
    }
    return exit_ok;
}

} // namespace cpdoc
