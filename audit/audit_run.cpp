#include "audit/audit_run.hpp"

#include "audit/audit_supersede.hpp"
#include "audit/audit_teams.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "pipeline/check_file.hpp"
#include "pipeline/document_files.hpp"
#include "pipeline/job_pool.hpp"
#include "pipeline/read_document.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// One shared copy of each distinct list of rules run.
class RuleLists {
public:
    std::shared_ptr<const std::vector<std::string>> intern(std::vector<std::string> rules) {
        const std::lock_guard lock(mutex_);
        auto& shared = lists_[rules];
        if (!shared)
            shared = std::make_shared<const std::vector<std::string>>(std::move(rules));
        return shared;
    }

private:
    std::mutex mutex_;
    std::map<std::vector<std::string>, std::shared_ptr<const std::vector<std::string>>> lists_;
};

// The section a line is in, as the pack names it when it knows it: a finding's place that an
// edit elsewhere in the file does not move.
std::string section_at(const Document& document, const KindSpec* kind, int line) {
    for (std::size_t i = 1; i < document.sections.size(); ++i) {
        const Section& section = document.sections[i];
        if (line < section.heading.pos.line || line > section.end_line)
            continue;
        if (kind != nullptr)
            if (const SectionSpec* spec = kind->section(section))
                return spec->name;
        return std::string(trim(section.heading.text));
    }
    for (const FrontMatterEntry& entry : document.front_matter.entries)
        if (entry.pos.line == line)
            return std::string(SourceWording(document.source_format).front_matter());
    return "(document)";
}

int weight_of(const Finding& finding, const Policy* policy) {
    if (policy != nullptr)
        if (const auto it = policy->rules.find(finding.rule_id); it != policy->rules.end())
            return it->second.risk_weight();
    return RuleSetting::default_weight(finding.severity);
}

// Checks one file; returns false when it is not a document (skipped). Leaves what the audit
// decided about the document (its root, team and the date it is judged as of) as it was.
bool audit_file(const fs::path& path, PackStore& packs, const AuditOptions& options,
                const CheckOptions& check, RuleLists& rule_lists, AuditDocument& out) {
    out.path = path.string();
    ReadDocument read = read_document(path, options.limits, packs, check);
    out.bytes = read.bytes;
    if (!read.document) {
        out.error = std::move(read.error);
        return is_document(path, nullptr);
    }
    const Document& document = *read.document;
    if (!is_document(path, &document))
        return false;
    CheckResult result = check_document(document, packs, check);
    add_word_places(document, result.findings);
    out.kind = result.kind;
    out.policy = result.policy_id;
    if (const FrontMatterEntry* child = document.front_matter.find("child"))
        out.child = std::string(trim(child->value.text));
    if (const FrontMatterEntry* date = document.front_matter.find("date"))
        out.date = parse_date(date->value.text);
    out.errors = result.count(Severity::error);
    out.warnings = result.count(Severity::warning);
    out.notes = result.count(Severity::note);
    const Policy* policy = result.policy.get();
    const KindSpec* kind = policy != nullptr ? policy->kind(result.kind) : nullptr;
    out.findings.clear();
    out.findings.reserve(result.findings.size());
    std::set<std::string_view> failing;
    out.risk = 0;
    for (Finding& finding : result.findings) {
        std::string section = section_at(document, kind, finding.pos.line);
        const int weight = weight_of(finding, policy);
        out.findings.emplace_back(std::move(finding), std::move(section), weight);
        if (const AuditFinding& kept = out.findings.back();
            kept.counts() && failing.insert(kept.rule_id).second)
            out.risk += kept.weight;
    }
    out.rules_run = rule_lists.intern(std::move(result.rules_run));
    return true;
}

} // namespace

AuditResult run_audit(const std::vector<std::string>& directories, PackStore& packs,
                      const AuditOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    AuditResult result;
    result.scope = directories;
    const std::vector<fs::path> files = files_below(directories);
    std::vector<AuditDocument> slots(files.size());
    std::vector<char> is_document(files.size(), 0);
    std::vector<const CheckOptions*> file_options(files.size(), &options.check);
    if (options.configure)
        for (std::size_t i = 0; i < files.size(); ++i)
            file_options[i] = options.configure(files[i]);
    RuleLists rule_lists;
    run_jobs(
        files.size(), options.jobs,
        [&](std::size_t i) {
            is_document[i] =
                file_options[i] != nullptr &&
                audit_file(files[i], packs, options, *file_options[i], rule_lists, slots[i]);
        },
        options.progress);

    std::vector<std::size_t> file_of; // each document's index in `files`
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!is_document[i]) {
            ++result.skipped;
            continue;
        }
        result.bytes += slots[i].bytes;
        file_of.push_back(i);
        result.documents.push_back(std::move(slots[i]));
    }

    // Superseded documents with findings are checked again as of their time; one without
    // any has none as of an earlier date either, and is not read again.
    mark_superseded(result.documents, options.check.today);
    std::vector<std::size_t> again;
    for (std::size_t i = 0; i < result.documents.size(); ++i) {
        if (!result.documents[i].judged_as_of)
            continue;
        ++result.judged_earlier;
        if (!result.documents[i].findings.empty())
            again.push_back(i);
    }
    run_jobs(again.size(), options.jobs, [&](std::size_t j) {
        AuditDocument& document = result.documents[again[j]];
        CheckOptions as_of = *file_options[file_of[again[j]]];
        as_of.today = document.judged_as_of;
        audit_file(files[file_of[again[j]]], packs, options, as_of, rule_lists, document);
    });

    for (AuditDocument& document : result.documents) {
        document.root = root_of(document.path, directories);
        document.team = team_of(document.path, directories[document.root], options.team_depth);
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace cpdoc
