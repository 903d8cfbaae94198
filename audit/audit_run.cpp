#include "audit/audit_run.hpp"

#include "grammar/folding.hpp"
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

// Checks one file; returns false when it is not a document (skipped).
bool audit_file(const fs::path& path, PackStore& packs, const AuditOptions& options,
                const CheckOptions& check, RuleLists& rule_lists, AuditDocument& out) {
    out.path = path.string();
    ReadDocument read = read_document(
        path, options.limits,
        known_sections(packs, check.policy_override.empty() ? check.default_policy
                                                            : check.policy_override));
    out.bytes = read.bytes;
    if (!read.document) {
        out.error = std::move(read.error);
        return is_document(path, nullptr);
    }
    const Document& document = *read.document;
    if (!is_document(path, &document))
        return false;
    CheckResult result = check_document(document, packs, check);
    out.kind = result.kind;
    out.policy = result.policy_id;
    if (const FrontMatterEntry* child = document.front_matter.find("child"))
        out.child = std::string(trim(child->value.text));
    out.errors = result.count(Severity::error);
    out.warnings = result.count(Severity::warning);
    out.notes = result.count(Severity::note);
    out.findings = std::move(result.findings);
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

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!is_document[i]) {
            ++result.skipped;
            continue;
        }
        result.bytes += slots[i].bytes;
        result.documents.push_back(std::move(slots[i]));
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace cpdoc
