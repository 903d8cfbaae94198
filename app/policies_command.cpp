#include "commands.hpp"
#include "pack_setup.hpp"
#include "plural.hpp"
#include "policies/quote_check.hpp"
#include "reports.hpp"

#include <iostream>

namespace cpdoc {

int run_policies_list(const CommonArgs& common) {
    PackStore store;
    if (!setup_project_packs(store, common, "."))
        return exit_usage;
    for (const std::string& id : store.ids()) {
        const PackLoad load = store.load(id);
        if (load.error) {
            std::cout << id << "  (cannot be used: " << load.error->to_string() << ")\n";
            continue;
        }
        const Policy& policy = *load.policy;
        std::cout << id << "  " << policy.version << "  " << to_string(policy.jurisdiction) << "  "
                  << policy.title << (store.shipped(id) ? "" : "  [local]") << '\n';
    }
    return exit_ok;
}

namespace {

// "  (source, section)" for the first paragraph a pack cites for something, or nothing.
std::string cited(const std::vector<Citation>& citations) {
    return citations.empty() ? "" : "  (" + brief_citation(citations.front()) + ")";
}

} // namespace

int run_policies_show(const CommonArgs& common, const std::string& id) {
    PackStore store;
    if (!setup_project_packs(store, common, "."))
        return exit_usage;
    const PackLoad load = store.load(id);
    if (load.error) {
        std::cerr << "cpdoc: " << load.error->to_string() << '\n';
        return exit_usage;
    }
    const Policy& policy = *load.policy;
    std::cout << policy.title << "\n  id: " << policy.id << "\n  version: " << policy.version
              << "\n  jurisdiction: " << to_string(policy.jurisdiction) << "\n  extends:";
    for (std::size_t i = 1; i < policy.lineage.size(); ++i)
        std::cout << ' ' << policy.lineage[i];
    std::cout << "\n\nRules:\n";
    for (const auto& [rule_id, rule] : policy.rules) {
        std::cout << "  " << rule_id << "  " << to_string(rule.severity);
        for (const auto& [name, value] : rule.params)
            std::cout << "  " << name << '=' << value;
        std::cout << cited(rule.citations) << '\n';
    }
    for (const Requirement& requirement : policy.requirements)
        std::cout << "  " << requirement.rule.id << "  " << to_string(requirement.rule.severity)
                  << "  requires " << requirement.kind << " / " << requirement.section
                  << (requirement.field.empty() ? "" : " / " + requirement.field)
                  << cited(requirement.rule.citations) << '\n';
    for (const DiscouragedTerm& term : policy.discouraged)
        std::cout << "  " << term.rule.id << "  " << to_string(term.rule.severity)
                  << "  discourages \"" << term.term << "\"" << cited(term.rule.citations) << '\n';
    std::cout << "\nDocuments:\n";
    for (const KindSpec& kind : policy.kinds) {
        std::cout << "  " << kind.kind << '\n';
        for (const SectionSpec& section : kind.sections) {
            std::cout << "    ## " << section.name
                      << (section.required ? "  (required" : "  (optional")
                      << (section.when.always()
                              ? ""
                              : " when " + section.when.key + "=" + section.when.value)
                      << ")" << cited(section.citations) << '\n';
            for (const FieldSpec& field : section.fields)
                std::cout << "       " << field.name << (field.required ? " (required)" : "")
                          << cited(field.citations) << '\n';
        }
    }
    // The words the rules accept: event types for chronologies, resistance types, manager
    // roles, and the phrases the rules treat as vague or empty.
    std::cout << "\nVocabularies:\n";
    for (const auto& [name, terms] : policy.vocabularies) {
        std::cout << "  " << name << ":";
        for (std::size_t i = 0; i < terms.size(); ++i)
            std::cout << (i == 0 ? " " : ", ") << terms[i];
        std::cout << '\n';
    }
    // The guidance each citation above names by file, with its title.
    if (!policy.sources.empty()) {
        std::cout << "\nSources:\n";
        for (const auto& [file, title] : policy.sources)
            std::cout << "  " << file << ": " << title << '\n';
    }
    return exit_ok;
}

namespace {

void print_problem(const PackError& problem, std::string_view severity) {
    PackError shown = problem;
    shown.message = std::string(severity) + ": " + problem.message;
    std::cout << shown.to_string() << '\n';
}

} // namespace

int run_policies_validate(const CommonArgs& common, const std::vector<std::string>& files,
                          const std::vector<std::string>& source_dirs) {
    PackStore store;
    if (!setup_packs(store, common))
        return exit_usage;
    const std::vector<std::filesystem::path> sources(source_dirs.begin(), source_dirs.end());
    int status = exit_ok;
    // Every file first: one may extend another.
    std::vector<std::pair<std::string, std::string>> added; // file, id
    for (const std::string& file : files) {
        std::string id;
        if (auto error = store.add_file(file, &id)) {
            print_problem(*error, "error");
            status = exit_findings;
        } else {
            added.emplace_back(file, id);
        }
    }
    for (const auto& [file, id] : added) {
        const PackLoad load = store.load(id);
        for (const PackError& error : load.errors)
            print_problem(error, "error");
        for (const PackError& warning : load.warnings)
            print_problem(warning, "warning");
        int quotes = 0;
        std::vector<PackError> misquoted;
        if (!sources.empty())
            misquoted = check_quotes(store.text(id), file, sources, &quotes);
        for (const PackError& error : misquoted)
            print_problem(error, "error");
        if (load.error || !misquoted.empty()) {
            status = exit_findings;
            continue;
        }
        std::cout << file << ": valid policy pack " << id << ' ' << load.policy->version;
        if (!sources.empty())
            std::cout << "; " << plural(quotes, "quotation") << " found word for word";
        if (!load.warnings.empty())
            std::cout << " (" << plural(static_cast<long>(load.warnings.size()), "warning") << ')';
        std::cout << '\n';
    }
    return status;
}

} // namespace cpdoc
