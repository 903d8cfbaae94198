// --history FILE: each audit appends its totals and per-rule results to an SQLite database,
// so the report can show the trend of compliance across audits.
#pragma once

#include "audit/audit_stats.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace cpdoc {

struct HistoryPoint {
    std::string date; // the audit's --today
    int documents = 0;
    int compliant = 0;
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

// One audit's entry in the history, in two steps: opened (and locked) before the reports are
// written, since the report draws the trend, and committed only once every report has been
// written, so a failed run leaves no point behind. Destroyed uncommitted, it records nothing.
class HistoryEntry {
public:
    // Opens the database (created private to its owner), waiting a few seconds for another
    // audit that holds it, and stages this audit. `error` says why it could not.
    static std::unique_ptr<HistoryEntry> open(const std::string& file, const std::string& date,
                                              const std::string& scope, const AuditStats& stats,
                                              std::string& error);
    ~HistoryEntry();
    HistoryEntry(const HistoryEntry&) = delete;
    HistoryEntry& operator=(const HistoryEntry&) = delete;

    // Every audit in the file, this one included, oldest first.
    const std::vector<HistoryPoint>& points() const { return points_; }
    // Records this audit; an error message when it could not.
    std::optional<std::string> commit();

private:
    HistoryEntry(std::string file, sqlite3* db) : file_(std::move(file)), db_(db) {}
    std::optional<std::string> stage(const std::string& date, const std::string& scope,
                                     const AuditStats& stats);

    std::string file_;
    sqlite3* db_;
    std::vector<HistoryPoint> points_;
    bool committed_ = false;
};

} // namespace cpdoc
