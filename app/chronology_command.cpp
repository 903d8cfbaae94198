#include "checker/rule.hpp"
#include "commands.hpp"
#include "compose/chronology_merge.hpp"
#include "pack_setup.hpp"
#include "pipeline/read_document.hpp"
#include "render/output_file.hpp"

#include <iostream>
#include <list>

namespace cpdoc {

int run_chronology_merge(const CommonArgs& common, const std::vector<std::string>& files,
                         const std::string& output, bool force) {
    PackStore store;
    if (!setup_packs(store, common))
        return exit_usage;
    const Limits limits;
    CheckOptions check;
    check.policy_override = common.policy;
    std::list<Document> documents; // stable addresses for the views
    std::list<DocumentView> views;
    std::vector<MergeInput> inputs;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& file = files[i];
        for (std::size_t j = 0; j < i; ++j)
            if (same_file(files[j], file)) {
                std::cerr << "cpdoc: " << file << ": is " << files[j]
                          << " again; each chronology is merged once\n";
                return exit_usage;
            }
        // A Word chronology's bold headings are answered from its pack, as check reads it.
        ReadDocument read = read_document(file, limits, store, check);
        if (!read.document) {
            std::cerr << file << ": error: " << (read.unread ? "cannot read: " : "") << read.error
                      << '\n';
            return exit_usage;
        }
        // A row the dialect could not read would be merged wrong and its error lost.
        if (!read.document->problems.empty()) {
            const ParseProblem& problem = read.document->problems.front();
            std::cerr << file << ":" << problem.pos.line << ":" << problem.pos.column
                      << ": error: " << problem.message
                      << " [PARSE-ERROR]; fix it before merging\n";
            return exit_usage;
        }
        documents.push_back(std::move(*read.document));
        const FrontMatterEntry* policy_entry = documents.back().front_matter.find("policy");
        const std::string policy_id = !common.policy.empty() ? common.policy
                                      : policy_entry         ? policy_entry->value.text
                                                             : std::string("base");
        const PackLoad load = store.load(store.has(policy_id) ? policy_id : "base");
        views.emplace_back(documents.back(), load.policy.get());
        inputs.push_back({file, &views.back()});
    }
    const MergeResult merged = merge_chronologies(inputs, common.policy);
    if (!merged.document) {
        std::cerr << "cpdoc: " << merged.error << '\n';
        return exit_usage;
    }
    for (const std::string& warning : merged.warnings)
        std::cerr << "cpdoc: warning: " << warning << '\n';
    std::vector<std::string> read = files;
    for (const std::string& pack : store.local_files())
        read.push_back(pack);
    if (auto error = write_output_file(output, *merged.document, read,
                                       force ? ExistingFile::replace : ExistingFile::keep)) {
        std::cerr << "cpdoc: " << *error << '\n';
        return exit_usage;
    }
    std::cerr << output << ": " << merged.entries << " entries from " << files.size()
              << " chronologies, " << merged.shared_events
              << " marked as reported by more than one agency\n";
    return exit_ok;
}

} // namespace cpdoc
