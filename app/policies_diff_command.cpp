// `cpdoc policies diff OLD.xml NEW.xml`: what a change to a pack changes (policies/pack_diff),
// and with --corpus, which documents' findings it changes.
#include "pipeline/check_file.hpp"
#include "grammar/folding.hpp"
#include "commands.hpp"
#include "config_cache.hpp"
#include "pipeline/document_files.hpp"
#include "grammar/printable.hpp"
#include "pack_setup.hpp"
#include "policies/pack_diff.hpp"
#include "render/json_writer.hpp"

#include <iostream>
#include <map>

namespace cpdoc {
namespace {

// One version of the pack, in a store of its own (both versions may have the same id).
struct Version {
    PackStore store;
    std::string id;
    std::shared_ptr<const Policy> policy;
};

bool load(Version& version, const std::string& file) {
    if (auto error = version.store.add_file(file, &version.id, PackStore::Naming::any)) {
        std::cerr << "cpdoc: " << error->to_string() << '\n';
        return false;
    }
    const PackLoad load = version.store.load(version.id);
    if (load.error) {
        std::cerr << "cpdoc: " << load.error->to_string() << '\n';
        return false;
    }
    version.policy = load.policy;
    return true;
}

// Rule ids a document gained or lost, each with how many more or fewer findings it has.
struct DocumentChange {
    std::string path;
    std::map<std::string, int> gained, lost;
};

std::map<std::string, int> rule_counts(const FileOutcome& outcome) {
    std::map<std::string, int> counts;
    if (outcome.result)
        for (const Finding& finding : outcome.result->findings)
            if (!finding.suppressed)
                ++counts[finding.rule_id];
    return counts;
}

// The pack a document names in its front matter.
std::string named_policy(const FileOutcome& outcome) {
    if (!outcome.document)
        return {};
    const FrontMatterEntry* entry = outcome.document->front_matter.find("policy");
    return entry == nullptr ? std::string() : std::string(trim(entry->value.text));
}

std::vector<DocumentChange> corpus_changes(const PolicyDiffArgs& args, Version& old_version,
                                           Version& new_version, ConfigCache& configs,
                                           const std::vector<std::filesystem::path>& documents,
                                           const Date& today) {
    std::vector<DocumentChange> changes;
    const Limits limits;
    for (const auto& path : documents) {
        CheckOptions options;
        options.policy_override = args.common.policy;
        options.today = today;
        const CheckOptions configured =
            with_config(options, configs.for_document(path, old_version.store).config);
        auto old_outcome = check_found_file(path, old_version.store, configured, limits, true);
        if (!old_outcome)
            continue;
        // A document of the pack is checked against each version, whatever their ids.
        CheckOptions old_options = configured, new_options = configured;
        if (const std::string named = named_policy(*old_outcome);
            named == old_version.id || named == new_version.id) {
            old_options.policy_override = old_version.id;
            new_options.policy_override = new_version.id;
            old_outcome = check_found_file(path, old_version.store, old_options, limits);
        }
        const auto new_outcome = check_found_file(path, new_version.store, new_options, limits);
        const auto before = rule_counts(*old_outcome);
        const auto after = rule_counts(*new_outcome);
        DocumentChange change{path.string(), {}, {}};
        for (const auto& [rule, count] : after)
            if (const auto it = before.find(rule); it == before.end() || it->second < count)
                change.gained[rule] = count - (it == before.end() ? 0 : it->second);
        for (const auto& [rule, count] : before)
            if (const auto it = after.find(rule); it == after.end() || it->second < count)
                change.lost[rule] = count - (it == after.end() ? 0 : it->second);
        if (!change.gained.empty() || !change.lost.empty())
            changes.push_back(std::move(change));
    }
    return changes;
}

std::string counted(const std::string& rule, int count) {
    return count == 1 ? rule : rule + " x" + std::to_string(count);
}

void print_text(const Version& a, const Version& b, const std::vector<PackChange>& changes,
                const std::optional<std::vector<DocumentChange>>& documents, std::size_t checked) {
    std::cout << "policy pack " << a.id << ' ' << a.policy->version << " -> " << b.id << ' '
              << b.policy->version << '\n';
    if (changes.empty())
        std::cout << "no change to what the pack checks\n";
    for (const PackChange& change : changes) {
        std::cout << "  " << change.element << ' ';
        if (!change.kind.empty())
            std::cout << change.kind << " / ";
        std::cout << printable(change.name) << ": " << change.change;
        if (!change.detail.empty())
            std::cout << ": " << printable(change.detail);
        std::cout << '\n';
    }
    if (!documents)
        return;
    std::cout << "\nDocuments whose findings change: " << documents->size() << " of " << checked
              << '\n';
    for (const DocumentChange& document : *documents) {
        std::cout << "  " << printable(document.path) << ':';
        for (const auto& [rule, count] : document.gained)
            std::cout << " +" << counted(rule, count);
        for (const auto& [rule, count] : document.lost)
            std::cout << " -" << counted(rule, count);
        std::cout << '\n';
    }
}

void print_json(const Version& a, const Version& b, const std::vector<PackChange>& changes,
                const std::optional<std::vector<DocumentChange>>& documents, std::size_t checked) {
    JsonWriter json;
    json.begin_object().key("version").value(1);
    for (const auto& [key, version] : {std::pair{"old", &a}, std::pair{"new", &b}})
        json.key(key)
            .begin_object()
            .key("id")
            .value(version->id)
            .key("version")
            .value(version->policy->version)
            .key("file")
            .value(version->store.file_name(version->id))
            .end_object();
    json.key("changes").begin_array();
    for (const PackChange& change : changes)
        json.begin_object()
            .key("element")
            .value(change.element)
            .key("kind")
            .value(change.kind)
            .key("name")
            .value(change.name)
            .key("change")
            .value(change.change)
            .key("detail")
            .value(change.detail)
            .end_object();
    json.end_array();
    if (documents) {
        json.key("documents_checked").value(static_cast<long>(checked));
        json.key("documents").begin_array();
        for (const DocumentChange& document : *documents) {
            json.begin_object().key("path").value(document.path);
            for (const auto& [key, rules] :
                 {std::pair{"gained", &document.gained}, std::pair{"lost", &document.lost}}) {
                json.key(key).begin_object();
                for (const auto& [rule, count] : *rules)
                    json.key(rule).value(count);
                json.end_object();
            }
            json.end_object();
        }
        json.end_array();
    }
    json.end_object();
    std::cout << json.str() << '\n';
}

} // namespace

int run_policies_diff(const PolicyDiffArgs& args) {
    Version old_version, new_version;
    if (!add_policy_dirs(old_version.store, args.common) ||
        !add_policy_dirs(new_version.store, args.common))
        return exit_usage;
    const auto today = resolve_today(args.today);
    if (!today)
        return exit_usage;
    // The corpus's configs add their pack directories first: the two versions given win.
    ConfigCache old_configs(args.common.config), new_configs(args.common.config);
    std::vector<std::filesystem::path> documents;
    if (!args.corpus.empty()) {
        const Limits limits;
        for (const auto& path : files_below({args.corpus}))
            if (is_document_file(path, limits))
                documents.push_back(path);
        for (const auto& path : documents)
            for (auto [configs, store] : {std::pair{&old_configs, &old_version.store},
                                          std::pair{&new_configs, &new_version.store}})
                if (const ConfigLoad& config = configs->for_document(path, *store);
                    !config.error.empty()) {
                    std::cerr << "cpdoc: " << config.error << '\n';
                    return exit_usage;
                }
    }
    if (!load(old_version, args.old_file) || !load(new_version, args.new_file))
        return exit_usage;
    const std::vector<PackChange> changes = diff_packs(*old_version.policy, *new_version.policy);
    std::optional<std::vector<DocumentChange>> changed_documents;
    if (!args.corpus.empty())
        changed_documents =
            corpus_changes(args, old_version, new_version, old_configs, documents, *today);
    if (args.format == "json")
        print_json(old_version, new_version, changes, changed_documents, documents.size());
    else
        print_text(old_version, new_version, changes, changed_documents, documents.size());
    return exit_ok;
}

} // namespace cpdoc
