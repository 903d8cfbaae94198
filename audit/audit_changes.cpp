#include "audit/audit_changes.hpp"

#include <set>

namespace cpdoc {

std::int64_t fingerprint(std::string_view rule, std::string_view section,
                         std::string_view message) {
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a
    for (const std::string_view part : {rule, section, message}) {
        for (const char c : part)
            hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        hash = (hash ^ 0xffu) * 1099511628211ull; // between parts: no byte of UTF-8 text
    }
    return static_cast<std::int64_t>(hash);
}

namespace {

void add(ChangeCounts& to, const ChangeCounts& counts) {
    to.added += counts.added;
    to.fixed += counts.fixed;
    to.unchanged += counts.unchanged;
}

DocumentChanges compare_document(const Snapshot::Document* before, const AuditDocument& now) {
    DocumentChanges changes;
    changes.new_document = before == nullptr;
    // The earlier findings by fingerprint, as a multiset: the same finding twice is two.
    std::multimap<std::int64_t, const PastFinding*> earlier;
    if (before != nullptr)
        for (const PastFinding& finding : before->findings)
            earlier.emplace(fingerprint(finding.rule, finding.section, finding.message), &finding);
    changes.findings.reserve(now.findings.size());
    for (const AuditFinding& finding : now.findings) {
        if (!finding.counts()) {
            changes.findings.push_back(FindingChange::none);
            continue;
        }
        const auto match =
            earlier.find(fingerprint(finding.rule_id, finding.section, finding.message));
        if (match != earlier.end()) {
            earlier.erase(match);
            ++changes.unchanged;
            changes.findings.push_back(FindingChange::unchanged);
        } else {
            ++changes.added;
            changes.findings.push_back(FindingChange::added);
        }
    }
    // What is left was found then and is not now; in the order the history gave it.
    std::set<const PastFinding*> fixed;
    for (const auto& [print, finding] : earlier)
        fixed.insert(finding);
    if (before != nullptr)
        for (const PastFinding& finding : before->findings)
            if (fixed.count(&finding))
                changes.fixed_findings.push_back(finding);
    changes.fixed = static_cast<int>(changes.fixed_findings.size());
    return changes;
}

} // namespace

AuditChanges compare_with(const Snapshot& before, const AuditResult& now) {
    AuditChanges changes;
    changes.since = before.date;
    std::set<std::string_view> seen;
    for (const AuditDocument& document : now.documents) {
        const auto it = before.documents.find(document.path);
        const Snapshot::Document* earlier = it == before.documents.end() ? nullptr : &it->second;
        if (earlier != nullptr)
            seen.insert(it->first);
        DocumentChanges& counted =
            changes.documents.emplace_back(compare_document(earlier, document));
        changes.documents_added += counted.new_document ? 1 : 0;
        add(changes.total, counted);
        add(changes.teams[document.team], counted);
    }
    changes.documents_removed = static_cast<int>(before.documents.size() - seen.size());
    return changes;
}

} // namespace cpdoc
