#include "audit/audit_history.hpp"

#include "audit/history_schema.hpp"
#include "files/file_ownership.hpp"
#include "files/stable_path.hpp"
#include "grammar/printable.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace cpdoc {
namespace {

// How long an audit waits for another that is writing the same history.
constexpr int busy_wait_ms = 5000;
// The points of a scope whose documents' findings are kept: the latest, to compare the next
// audit with, and the one before it, to compare a rerun of the latest with.
constexpr int points_with_findings = 2;

struct Finalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

Statement prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    return Statement(statement);
}

// Binds the text as the history stores text: printable, whatever the file name held.
void bind_text(sqlite3_stmt* statement, int index, std::string_view text) {
    const std::string kept = printable(text);
    sqlite3_bind_text(statement, index, kept.c_str(), static_cast<int>(kept.size()),
                      SQLITE_TRANSIENT);
}

std::string column_text(sqlite3_stmt* statement, int index) {
    const unsigned char* text = sqlite3_column_text(statement, index);
    return text == nullptr ? std::string() : reinterpret_cast<const char*>(text);
}

} // namespace

std::unique_ptr<HistoryEntry> HistoryEntry::open(const std::string& file, const std::string& date,
                                                 const std::string& scope, const AuditResult& audit,
                                                 const AuditStats& stats, std::string& error) {
    // SQLite opens the database, and later its journal, by path: a path another user could
    // make name their folder (by renaming a private folder inside one they may write) would
    // have the audit written into their database, or their journal replayed over this one.
    const StablePath stable = stable_path(file);
    if (stable.why_not) {
        error = file + ": " + *stable.why_not +
                "; another user could swap the audit history for theirs: keep it where only you "
                "can change the path";
        return nullptr;
    }
    const std::string& path = stable.real;
    // A history another user could have written is not this service's record: a database
    // they planted would be written into (and read by them), a journal they planted beside
    // it would be replayed over it when it is opened.
    // Nor in a folder others may create names in, sticky or not: a journal planted there
    // between this check and SQLite's first read would be replayed all the same.
    {
        const std::string folder = path.substr(0, path.rfind('/') + 1);
        struct stat info {};
        if (stat(folder.c_str(), &info) == 0 && (info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
            error = file + ": is in a folder other users may write; another user could plant a "
                           "journal beside it for SQLite to replay over the audit history: keep "
                           "the history in a folder only you can write";
            return nullptr;
        }
    }
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        if (auto why = why_untrusted(path + suffix)) {
            error = file + suffix + ": " + *why + "; cpdoc does not keep the audit history " +
                    (*suffix == '\0' ? "in it" : "beside it");
            return nullptr;
        }
    // A new database holds the service's audit results: readable by its owner only, like
    // every other output (SQLite gives its journal the same mode). O_NOFOLLOW: never created
    // through a link.
    bool created = false;
    if (const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
        fd >= 0) {
        ::close(fd);
        created = true;
    }
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW,
                        nullptr) != SQLITE_OK) {
        error = file + ": " + (raw ? sqlite3_errmsg(raw) : "cannot open");
        sqlite3_close(raw);
        if (created)
            ::unlink(path.c_str());
        return nullptr;
    }
    sqlite3_busy_timeout(raw, busy_wait_ms);
    std::unique_ptr<HistoryEntry> entry(new HistoryEntry(file, path, raw, created));
    if (auto failure = entry->stage(date, scope, audit, stats)) {
        error = *failure;
        return nullptr;
    }
    return entry;
}

HistoryEntry::HistoryEntry(std::string file, std::string path, sqlite3* db, bool created)
    : file_(std::move(file)), path_(std::move(path)), db_(db) {
    if (created)
        for (const char* suffix : {"", "-journal"})
            made_.push_back(std::make_unique<TemporaryOutput>(path_ + suffix));
}

HistoryEntry::~HistoryEntry() {
    if (!committed_)
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
    if (!committed_ && !made_.empty())
        for (const char* suffix : {"", "-journal"})
            ::unlink((path_ + suffix).c_str());
}

std::optional<std::string> HistoryEntry::stage(const std::string& date, const std::string& scope,
                                               const AuditResult& audit, const AuditStats& stats) {
    auto fail = [&](const std::string& what) {
        return file_ + ": " + what + ": " + sqlite3_errmsg(db_);
    };
    const int begun = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (begun == SQLITE_BUSY || begun == SQLITE_LOCKED)
        return file_ + ": in use by another audit for more than " +
               std::to_string(busy_wait_ms / 1000) +
               " seconds; run this audit again when that one has finished";
    if (begun != SQLITE_OK)
        return fail("not an audit history database");
    if (auto failure = migrate_history(db_))
        return file_ + ": " + *failure;
    const std::string kept_scope = printable(scope);

    // The audit to compare with: the latest earlier one of the scope with its findings.
    {
        Statement latest = prepare(db_, "SELECT id, audit_date FROM audit WHERE scope = ? AND "
                                        "audit_date < ? AND findings_kept = 1 "
                                        "ORDER BY audit_date DESC LIMIT 1");
        bind_text(latest.get(), 1, kept_scope);
        bind_text(latest.get(), 2, date);
        if (sqlite3_step(latest.get()) == SQLITE_ROW) {
            previous_.emplace();
            previous_->date = column_text(latest.get(), 1);
            Statement read = prepare(
                db_, "SELECT d.path, d.team, f.rule, f.section, f.message FROM audit_document d "
                     "LEFT JOIN audit_finding f ON f.document_id = d.id WHERE d.audit_id = ? "
                     "ORDER BY d.id, f.rowid");
            sqlite3_bind_int64(read.get(), 1, sqlite3_column_int64(latest.get(), 0));
            while (sqlite3_step(read.get()) == SQLITE_ROW) {
                Snapshot::Document& document = previous_->documents[column_text(read.get(), 0)];
                document.team = column_text(read.get(), 1);
                if (sqlite3_column_type(read.get(), 2) != SQLITE_NULL)
                    document.findings.push_back({column_text(read.get(), 2),
                                                 column_text(read.get(), 3),
                                                 column_text(read.get(), 4)});
            }
        }
    }

    // A rerun on the same date replaces that point.
    for (const char* sql :
         {"DELETE FROM audit_finding WHERE document_id IN (SELECT d.id FROM audit_document d "
          "JOIN audit a ON a.id = d.audit_id WHERE a.scope = ?1 AND a.audit_date = ?2)",
          "DELETE FROM audit_document WHERE audit_id IN (SELECT id FROM audit WHERE scope = ?1 "
          "AND audit_date = ?2)",
          "DELETE FROM audit_rule WHERE audit_id IN (SELECT id FROM audit WHERE scope = ?1 AND "
          "audit_date = ?2)",
          "DELETE FROM audit WHERE scope = ?1 AND audit_date = ?2"}) {
        Statement remove = prepare(db_, sql);
        bind_text(remove.get(), 1, kept_scope);
        bind_text(remove.get(), 2, date);
        if (sqlite3_step(remove.get()) != SQLITE_DONE)
            return fail("cannot replace the audit of the same date");
    }

    {
        Statement insert =
            prepare(db_, "INSERT INTO audit (audit_date, scope, documents, compliant, errors, "
                         "warnings, findings_kept) VALUES (?,?,?,?,?,?,1)");
        bind_text(insert.get(), 1, date);
        bind_text(insert.get(), 2, kept_scope);
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
        bind_text(rule.get(), 2, stats_rule.id);
        sqlite3_bind_int(rule.get(), 3, stats_rule.checked);
        sqlite3_bind_int(rule.get(), 4, stats_rule.failing);
        if (sqlite3_step(rule.get()) != SQLITE_DONE)
            return fail("cannot record the audit's rules");
    }
    Statement document =
        prepare(db_, "INSERT INTO audit_document (audit_id, path, team) VALUES (?,?,?)");
    Statement finding = prepare(db_, "INSERT INTO audit_finding VALUES (?,?,?,?,?)");
    for (const AuditDocument& audited : audit.documents) {
        if (!audited.error.empty())
            continue;
        sqlite3_reset(document.get());
        sqlite3_bind_int64(document.get(), 1, id);
        bind_text(document.get(), 2, audited.path);
        bind_text(document.get(), 3, audited.team);
        if (sqlite3_step(document.get()) != SQLITE_DONE)
            return fail("cannot record the audit's documents");
        const sqlite3_int64 document_id = sqlite3_last_insert_rowid(db_);
        for (const AuditFinding& found : audited.findings) {
            if (!found.counts())
                continue;
            sqlite3_reset(finding.get());
            sqlite3_bind_int64(finding.get(), 1, document_id);
            bind_text(finding.get(), 2, found.rule_id);
            bind_text(finding.get(), 3, found.section);
            bind_text(finding.get(), 4, found.message);
            sqlite3_bind_int64(finding.get(), 5,
                               fingerprint(found.rule_id, found.section, found.message));
            if (sqlite3_step(finding.get()) != SQLITE_DONE)
                return fail("cannot record the audit's findings");
        }
    }

    // Findings are kept for the latest points of the scope only, so the file does not grow by
    // a service's findings at every audit.
    for (const char* sql :
         {"CREATE TEMP TABLE dropped AS SELECT id FROM audit WHERE scope = ?1 AND "
          "findings_kept = 1 ORDER BY audit_date DESC LIMIT -1 OFFSET ?2",
          "DELETE FROM audit_finding WHERE document_id IN (SELECT id FROM audit_document WHERE "
          "audit_id IN (SELECT id FROM dropped))",
          "DELETE FROM audit_document WHERE audit_id IN (SELECT id FROM dropped)",
          "UPDATE audit SET findings_kept = 0 WHERE id IN (SELECT id FROM dropped)",
          "DROP TABLE dropped"}) {
        Statement prune = prepare(db_, sql);
        if (sqlite3_bind_parameter_count(prune.get()) > 0) {
            bind_text(prune.get(), 1, kept_scope);
            sqlite3_bind_int(prune.get(), 2, points_with_findings);
        }
        if (sqlite3_step(prune.get()) != SQLITE_DONE)
            return fail("cannot drop the findings of older audits");
    }

    Statement select = prepare(db_, "SELECT audit_date, documents, compliant FROM audit "
                                    "WHERE scope = ? ORDER BY audit_date, id");
    bind_text(select.get(), 1, kept_scope);
    while (sqlite3_step(select.get()) == SQLITE_ROW)
        points_.push_back({column_text(select.get(), 0), sqlite3_column_int(select.get(), 1),
                           sqlite3_column_int(select.get(), 2)});
    return std::nullopt;
}

std::optional<std::string> HistoryEntry::commit() {
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return file_ + ": cannot commit: " + sqlite3_errmsg(db_);
    committed_ = true;
    made_.clear(); // the history holds this audit: it stays
    return std::nullopt;
}

} // namespace cpdoc
