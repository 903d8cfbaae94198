// The audit's outputs: a self-contained HTML report, CSV and JSON.
#pragma once

#include "audit/audit_history.hpp"
#include "audit/audit_stats.hpp"

#include <string>

namespace cpdoc {

struct AuditContext {
    const AuditResult& audit;
    const AuditStats& stats;
    std::string date;                  // the audit's date (--today)
    std::vector<HistoryPoint> history; // empty without --history
    bool redacted = false;
};

std::string audit_html(const AuditContext& context);
std::string audit_csv(const AuditResult& audit);
std::string audit_json(const AuditContext& context);
std::string audit_summary(const AuditContext& context); // for the terminal

} // namespace cpdoc
