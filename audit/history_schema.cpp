#include "audit/history_schema.hpp"

#include "audit/audit_history.hpp"

#include <sqlite3.h>

namespace cpdoc {
namespace {

// Version 0, as the first cpdoc made it: a row per run, totals and per-rule counts.
constexpr const char* version_0 = R"sql(
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY,
  audit_date TEXT NOT NULL,
  scope TEXT NOT NULL,
  documents INTEGER NOT NULL,
  compliant INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit_rule (
  audit_id INTEGER NOT NULL REFERENCES audit(id),
  rule TEXT NOT NULL,
  checked INTEGER NOT NULL,
  failing INTEGER NOT NULL);
)sql";

// Version 1: one point per scope and date (a rerun replaces it: the duplicates version 0
// made are dropped, keeping each day's last), whether its documents' findings are kept, and
// those findings, fingerprinted.
constexpr const char* to_version_1 = R"sql(
DELETE FROM audit_rule WHERE audit_id NOT IN
  (SELECT MAX(id) FROM audit GROUP BY scope, audit_date);
DELETE FROM audit WHERE id NOT IN (SELECT MAX(id) FROM audit GROUP BY scope, audit_date);
ALTER TABLE audit ADD COLUMN findings_kept INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX audit_scope_date ON audit(scope, audit_date);
CREATE INDEX audit_rule_audit ON audit_rule(audit_id);
CREATE TABLE audit_document (
  id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL REFERENCES audit(id),
  path TEXT NOT NULL,
  team TEXT NOT NULL);
CREATE INDEX audit_document_audit ON audit_document(audit_id);
CREATE TABLE audit_finding (
  document_id INTEGER NOT NULL REFERENCES audit_document(id),
  rule TEXT NOT NULL,
  section TEXT NOT NULL,
  message TEXT NOT NULL,
  fingerprint INTEGER NOT NULL);
CREATE INDEX audit_finding_document ON audit_finding(document_id);
PRAGMA user_version = 1;
)sql";

int user_version(sqlite3* db) {
    sqlite3_stmt* statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

} // namespace

std::optional<std::string> migrate_history(sqlite3* db) {
    const int version = user_version(db);
    if (version < 0)
        return std::string("not an audit history database: ") + sqlite3_errmsg(db);
    if (version > history_schema_version)
        return "made by a newer cpdoc (history version " + std::to_string(version) +
               "); this one reads version " + std::to_string(history_schema_version);
    const char* steps[] = {version_0, to_version_1};
    for (int step = version == 0 ? 0 : version + 1; step <= history_schema_version; ++step)
        if (sqlite3_exec(db, steps[step], nullptr, nullptr, nullptr) != SQLITE_OK)
            return std::string("not an audit history database: ") + sqlite3_errmsg(db);
    return std::nullopt;
}

} // namespace cpdoc
