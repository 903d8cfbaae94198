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

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// What the workers keep once for the whole audit, each document's under one lock: the lists
// of rules run and the findings' words.
class SharedKeep {
public:
    explicit SharedKeep(AuditStrings& strings) : strings_(strings) {}

    // The document's findings, as the audit keeps them, into `out`; `sections` and `weights`
    // one per finding.
    void keep(std::vector<Finding>& findings, const std::vector<std::string_view>& sections,
              const std::vector<int>& weights, const std::vector<std::string_view>& rules_run,
              AuditDocument& out) {
        out.findings.clear();
        out.findings.reserve(findings.size());
        const std::lock_guard lock(mutex_);
        for (std::size_t i = 0; i < findings.size(); ++i) {
            Finding& finding = findings[i];
            AuditFinding& kept = out.findings.emplace_back();
            kept.rule_id = strings_.keep(finding.rule_id);
            kept.section = strings_.keep(sections[i]);
            kept.message = strings_.keep(finding.message);
            kept.suppression_reason = strings_.keep(finding.suppression_reason);
            if (finding.citation)
                kept.citation = strings_.keep(*finding.citation);
            if (finding.place)
                kept.place = std::make_shared<const FindingPlace>(std::move(*finding.place));
            kept.pos = finding.pos;
            kept.severity = finding.severity;
            kept.suppressed = finding.suppressed;
            kept.weight = weights[i];
        }
        if (const auto found = rule_lists_.find(rules_run); found != rule_lists_.end()) {
            out.rules_run = found->second;
            return;
        }
        // The audit's own copy of a list not seen before; its key views that copy.
        auto list =
            std::make_shared<const std::vector<std::string>>(rules_run.begin(), rules_run.end());
        out.rules_run = list;
        rule_lists_.emplace(std::vector<std::string_view>(list->begin(), list->end()),
                            std::move(list));
    }

private:
    std::mutex mutex_;
    AuditStrings& strings_;
    std::map<std::vector<std::string_view>, std::shared_ptr<const std::vector<std::string>>>
        rule_lists_;
};

// The section a line is in, as the pack names it when it knows it: a finding's place that an
// edit elsewhere in the file does not move.
std::string_view section_at(const Document& document, const KindSpec* kind, int line) {
    for (std::size_t i = 1; i < document.sections.size(); ++i) {
        const Section& section = document.sections[i];
        if (line < section.heading.pos.line || line > section.end_line)
            continue;
        if (kind != nullptr)
            if (const SectionSpec* spec = kind->section(section))
                return spec->name;
        return trim(section.heading.text);
    }
    for (const FrontMatterEntry& entry : document.front_matter.entries)
        if (entry.pos.line == line)
            return SourceWording(document.source_format).front_matter(); // a literal
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
                const CheckOptions& check, SharedKeep& shared, AuditDocument& out) {
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
    std::vector<std::string_view> sections;
    std::vector<int> weights;
    sections.reserve(result.findings.size());
    weights.reserve(result.findings.size());
    for (const Finding& finding : result.findings) {
        sections.push_back(section_at(document, kind, finding.pos.line));
        weights.push_back(weight_of(finding, policy));
    }
    shared.keep(result.findings, sections, weights, result.rules_run, out);
    // A document fails few rules: a short list says which were weighed already.
    std::vector<std::string_view> failing;
    out.risk = 0;
    for (const AuditFinding& kept : out.findings)
        if (kept.counts() &&
            std::find(failing.begin(), failing.end(), kept.rule_id) == failing.end()) {
            failing.push_back(kept.rule_id);
            out.risk += kept.weight;
        }
    return true;
}

} // namespace

AuditResult run_audit(const std::vector<std::string>& directories, PackStore& packs,
                      const AuditOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    AuditResult result;
    result.scope = directories;
    // Kept as strings: a path holds each of its folders too, 400 bytes a file, which an audit
    // of 100,000 files would carry to its end.
    std::vector<UnreadableFolder> unreadable;
    const std::vector<std::string> files = files_below(directories, options.jobs, &unreadable);
    std::vector<const CheckOptions*> file_options(files.size(), &options.check);
    if (options.configure)
        for (std::size_t i = 0; i < files.size(); ++i)
            file_options[i] = options.configure(files[i]);
    std::vector<AuditDocument> slots(files.size());
    std::vector<char> is_document(files.size(), 0);
    SharedKeep shared(*result.strings);
    run_jobs(
        files.size(), options.jobs,
        [&](std::size_t i) {
            AuditDocument& document = slots[i];
            is_document[i] =
                file_options[i] != nullptr &&
                audit_file(files[i], packs, options, *file_options[i], shared, document);
            if (!is_document[i])
                return;
            document.root = root_of(document.path, directories);
            document.team = team_of(document.path, directories[document.root], options.team_depth);
        },
        options.progress);

    // The documents, in place: a second vector of them would double the audit's peak memory.
    std::vector<std::size_t> file_of; // each document's index in `files`
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!is_document[i]) {
            ++result.skipped;
            continue;
        }
        result.bytes += slots[i].bytes;
        if (file_of.size() != i)
            slots[file_of.size()] = std::move(slots[i]);
        file_of.push_back(i);
    }
    slots.resize(file_of.size());
    result.documents = std::move(slots);
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
        audit_file(files[file_of[again[j]]], packs, options, as_of, shared, document);
    });

    // A folder the walk could not open hides its documents: each is reported as a document
    // that could not be read, in its place by path, so the audit does not pass without them.
    for (const UnreadableFolder& folder : unreadable) {
        AuditDocument document;
        document.path = folder.path;
        document.error =
            "cannot open this folder (" + folder.error + "): the documents in it are not audited";
        document.root = root_of(document.path, directories);
        document.team = team_of(document.path, directories[document.root], options.team_depth);
        const auto at = std::upper_bound(
            result.documents.begin(), result.documents.end(), document.path,
            [](const std::string& path, const AuditDocument& d) { return path < d.path; });
        result.documents.insert(at, std::move(document));
    }

    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace cpdoc
