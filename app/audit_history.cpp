#include "audit_history.hpp"

#include "grammar/printable.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <memory>

namespace cpdoc {
namespace {

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
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

HistoryLoad record_history(const std::string& file, const std::string& date,
                           const std::string& scope, const AuditStats& stats) {
    HistoryLoad load;
    // A new database holds the service's audit results: readable by its owner only, like
    // every other output (SQLite gives its journal the same mode).
    if (const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600); fd >= 0)
        ::close(fd);
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        load.error = file + ": " + (raw ? sqlite3_errmsg(raw) : "cannot open");
        sqlite3_close(raw);
        return load;
    }
    std::unique_ptr<sqlite3, Closer> db(raw);
    auto fail = [&](const std::string& what) {
        load.error = file + ": " + what + ": " + sqlite3_errmsg(db.get());
        sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        return load;
    };
    if (sqlite3_exec(db.get(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(db.get(), schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("not an audit history database");
    {
        Statement insert = prepare(db.get(), "INSERT INTO audit (audit_date, scope, documents, "
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
    const sqlite3_int64 id = sqlite3_last_insert_rowid(db.get());
    Statement rule = prepare(db.get(), "INSERT INTO audit_rule VALUES (?,?,?,?)");
    for (const RuleStats& stats_rule : stats.rules) {
        sqlite3_reset(rule.get());
        sqlite3_bind_int64(rule.get(), 1, id);
        sqlite3_bind_text(rule.get(), 2, printable(stats_rule.id).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rule.get(), 3, stats_rule.checked);
        sqlite3_bind_int(rule.get(), 4, stats_rule.failing);
        if (sqlite3_step(rule.get()) != SQLITE_DONE)
            return fail("cannot record the audit's rules");
    }
    if (sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("cannot commit");
    Statement select =
        prepare(db.get(), "SELECT audit_date, documents, compliant FROM audit ORDER BY id");
    while (sqlite3_step(select.get()) == SQLITE_ROW)
        load.points.push_back({reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)),
                               sqlite3_column_int(select.get(), 1),
                               sqlite3_column_int(select.get(), 2)});
    return load;
}

} // namespace cpdoc
