// --history FILE: an SQLite database of audits, so the report can show the trend of compliance
// and what changed since the last audit. Audits are kept by scope (the directories audited and
// the options that change findings): an audit of one team is not drawn on the line of the
// whole service. One point per scope and date (a rerun on the same date replaces it), and
// each document's findings for the two latest points of a scope, to compare the next with.
#pragma once

#include "files/signal_cleanup.hpp"

#include "audit/audit_changes.hpp"
#include "audit/audit_stats.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace cpdoc {

// The schema's version (PRAGMA user_version). 0: the first schema, totals and per-rule counts
// only, one row per run; it is migrated in place.
constexpr int history_schema_version = 1;

struct HistoryPoint {
    std::string date; // the audit's --today
    int documents = 0;
    int compliant = 0;
    double compliance() const { return documents == 0 ? 1.0 : double(compliant) / documents; }
};

// One audit's entry in the history, in two steps: opened (and locked) before the reports are
// written, since the report draws the trend and the changes, and committed only once every
// report has been written, so a failed run leaves no point behind. Destroyed uncommitted, it
// records nothing.
class HistoryEntry {
public:
    // Opens the database (created private to its owner), waiting a few seconds for another
    // audit that holds it, migrates it to the current schema, and stages this audit in place
    // of any of the same scope and date. `error` says why it could not.
    static std::unique_ptr<HistoryEntry> open(const std::string& file, const std::string& date,
                                              const std::string& scope, const AuditResult& audit,
                                              const AuditStats& stats, std::string& error);
    ~HistoryEntry();
    HistoryEntry(const HistoryEntry&) = delete;
    HistoryEntry& operator=(const HistoryEntry&) = delete;

    // Every audit of this scope, this one included, by date.
    const std::vector<HistoryPoint>& points() const { return points_; }
    // The latest earlier audit of this scope whose findings are kept; none for a first audit.
    const std::optional<Snapshot>& previous() const { return previous_; }
    // Records this audit; an error message when it could not.
    std::optional<std::string> commit();

private:
    HistoryEntry(std::string file, std::string path, sqlite3* db, bool created);
    std::optional<std::string> stage(const std::string& date, const std::string& scope,
                                     const AuditResult& audit, const AuditStats& stats);

    std::string file_; // as the user named it, for messages
    std::string path_; // its real path, which no one else can change, for SQLite
    sqlite3* db_;
    std::vector<HistoryPoint> points_;
    std::optional<Snapshot> previous_;
    bool committed_ = false;
    // A database this run made is removed, with its journal, until it holds this audit: on
    // failure, or on a signal (files/signal_cleanup).
    std::vector<std::unique_ptr<TemporaryOutput>> made_;
};

} // namespace cpdoc
