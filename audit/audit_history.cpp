#include "audit/audit_history.hpp"

#include "grammar/printable.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <memory>

namespace cpdoc {
namespace {

// How long an audit waits for another that is writing the same history.
constexpr int busy_wait_ms = 5000;

struct Finalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

constexpr const char* schema = R"sql(
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

Statement prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    return Statement(statement);
}

} // namespace

std::unique_ptr<HistoryEntry> HistoryEntry::open(const std::string& file, const std::string& date,
                                                 const std::string& scope, const AuditStats& stats,
                                                 std::string& error) {
    // A new database holds the service's audit results: readable by its owner only, like
    // every other output (SQLite gives its journal the same mode). O_NOFOLLOW: never created
    // through a link.
    if (const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
        fd >= 0)
        ::close(fd);
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW,
                        nullptr) != SQLITE_OK) {
        error = file + ": " + (raw ? sqlite3_errmsg(raw) : "cannot open");
        sqlite3_close(raw);
        return nullptr;
    }
    sqlite3_busy_timeout(raw, busy_wait_ms);
    std::unique_ptr<HistoryEntry> entry(new HistoryEntry(file, raw));
    if (auto failure = entry->stage(date, scope, stats)) {
        error = *failure;
        return nullptr;
    }
    return entry;
}

HistoryEntry::~HistoryEntry() {
    if (!committed_)
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
}

std::optional<std::string> HistoryEntry::stage(const std::string& date, const std::string& scope,
                                               const AuditStats& stats) {
    auto fail = [&](const std::string& what) {
        return file_ + ": " + what + ": " + sqlite3_errmsg(db_);
    };
    const int begun = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (begun == SQLITE_BUSY || begun == SQLITE_LOCKED)
        return file_ + ": in use by another audit for more than " +
               std::to_string(busy_wait_ms / 1000) +
               " seconds; run this audit again when that one has finished";
    if (begun != SQLITE_OK || sqlite3_exec(db_, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("not an audit history database");
    {
        Statement insert = prepare(db_, "INSERT INTO audit (audit_date, scope, documents, "
                                        "compliant, errors, warnings) VALUES (?,?,?,?,?,?)");
        sqlite3_bind_text(insert.get(), 1, date.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 2, printable(scope).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert.get(), 3, stats.documents);
        sqlite3_bind_int(insert.get(), 4, stats.compliant);
        sqlite3_bind_int(insert.get(), 5, stats.errors);
        sqlite3_bind_int(insert.get(), 6, stats.warnings);
        if (sqlite3_step(insert.get()) != SQLITE_DONE)
            return fail("cannot record the audit");
    }
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db_);
    Statement rule = prepare(db_, "INSERT INTO audit_rule VALUES (?,?,?,?)");
    for (const RuleStats& stats_rule : stats.rules) {
        sqlite3_reset(rule.get());
        sqlite3_bind_int64(rule.get(), 1, id);
        sqlite3_bind_text(rule.get(), 2, printable(stats_rule.id).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rule.get(), 3, stats_rule.checked);
        sqlite3_bind_int(rule.get(), 4, stats_rule.failing);
        if (sqlite3_step(rule.get()) != SQLITE_DONE)
            return fail("cannot record the audit's rules");
    }
    Statement select =
        prepare(db_, "SELECT audit_date, documents, compliant FROM audit ORDER BY id");
    while (sqlite3_step(select.get()) == SQLITE_ROW)
        points_.push_back({reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)),
                           sqlite3_column_int(select.get(), 1),
                           sqlite3_column_int(select.get(), 2)});
    return std::nullopt;
}

std::optional<std::string> HistoryEntry::commit() {
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return file_ + ": cannot commit: " + sqlite3_errmsg(db_);
    committed_ = true;
    return std::nullopt;
}

} // namespace cpdoc
