// --history FILE: each audit appends its totals and per-rule results to an SQLite database,
// so the report can show the trend of compliance across audits.
#pragma once

#include "audit_stats.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct HistoryPoint {
    std::string date; // the audit's --today
    int documents = 0;
    int compliant = 0;
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

// Appends this audit, then returns every audit in the file, oldest first; an error message
// when the database cannot be used.
struct HistoryLoad {
    std::vector<HistoryPoint> points;
    std::string error;
};
HistoryLoad record_history(const std::string& file, const std::string& date,
                           const std::string& scope, const AuditStats& stats);

} // namespace cpdoc
