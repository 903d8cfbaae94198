// The audit's outputs: a self-contained HTML report, CSV (a row per finding, and a row per
// document) and JSON, and the summary printed at the end.
#pragma once

#include "audit/audit_changes.hpp"
#include "audit/audit_history.hpp"
#include "audit/audit_stats.hpp"

#include <optional>
#include <string>

namespace cpdoc {

struct AuditContext {
    const AuditResult& audit;
    const AuditStats& stats;
    std::string date;                    // the audit's date (--today)
    std::vector<HistoryPoint> history;   // empty without --history
    std::optional<AuditChanges> changes; // since the last audit of the scope, when there was one
    int team_depth = 1;
    bool teams_declared = false; // by --team-depth or the config
    bool redacted = false;
    // Each document's place in "documents to look at first" (1 first), by index in
    // audit.documents; 0 for a document without an error or a warning.
    std::vector<int> priority;
};

// How every output names a finding's change and a date that may be missing.
inline std::string_view change_name(FindingChange change) {
    return change == FindingChange::added       ? "new"
           : change == FindingChange::unchanged ? "unchanged"
                                                : "";
}
inline std::string date_text(const std::optional<Date>& date) {
    return date ? date->iso() : std::string();
}
// The change of a document's i-th finding; none without a previous audit.
inline FindingChange change_of(const AuditContext& context, std::size_t document,
                               std::size_t finding) {
    return context.changes ? context.changes->documents[document].findings[finding]
                           : FindingChange::none;
}

// Fills in context.priority from the stats.
void rank_documents(AuditContext& context);

std::string audit_html(const AuditContext& context);
std::string audit_csv(const AuditContext& context);
std::string audit_documents_csv(const AuditContext& context);
std::string audit_json(const AuditContext& context);
std::string audit_summary(const AuditContext& context); // for the terminal

} // namespace cpdoc
