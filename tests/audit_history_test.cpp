// The audit history's schema: a database the first cpdoc made is migrated in place, one from
// a newer cpdoc is refused; and which documents a later one supersedes.
#include "audit/audit_supersede.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace cpdoc;
using namespace cpdoc::test;
namespace fs = std::filesystem;

namespace {

// The schema as the first cpdoc wrote it (user_version 0), with a rerun on the same day that
// added a second point for 2026-10-01.
constexpr const char* first_schema = R"sql(
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  audit_date TEXT NOT NULL,
  scope TEXT NOT NULL,
  documents INTEGER NOT NULL,
  compliant INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL);
CREATE TABLE audit_rule (
  audit_id INTEGER NOT NULL REFERENCES audit(id),
  rule TEXT NOT NULL,
  checked INTEGER NOT NULL,
  failing INTEGER NOT NULL);
INSERT INTO audit VALUES (1, '2026-10-01', 'SCOPE', 4, 1, 9, 0);
INSERT INTO audit VALUES (2, '2026-09-01', 'SCOPE', 4, 0, 12, 0);
INSERT INTO audit VALUES (3, '2026-10-01', 'SCOPE', 4, 2, 5, 0);
INSERT INTO audit VALUES (4, '2026-10-01', 'elsewhere', 9, 9, 0, 0);
INSERT INTO audit_rule VALUES (1, 'CHAIR-NOT-MANAGER', 4, 3);
INSERT INTO audit_rule VALUES (3, 'CHAIR-NOT-MANAGER', 4, 2);
)sql";

int query_int(const fs::path& db_path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const int value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

void make_database(const fs::path& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

fs::path one_document(const fs::path& dir) {
    write_file(dir / "team" / "minutes.md",
               read_text(source_path("examples/core-group-minutes-lanarkshire.md")));
    return dir;
}

} // namespace

TEST_CASE("a history made with the first schema is migrated, its same-day reruns made one") {
    const TempDir root("history-migration");
    const fs::path cases = one_document(root / "cases");
    const fs::path db = root / "history.sqlite";
    std::string sql = first_schema;
    for (std::size_t at = sql.find("SCOPE"); at != std::string::npos; at = sql.find("SCOPE"))
        sql.replace(at, 5, cases.string());
    make_database(db, sql);

    const Run run = run_cpdoc({"audit", "-q", "--today", "2026-11-25", cases.string(), "--history",
                               db.string(), "--json", (root / "a.json").string()});
    REQUIRE(run.status == 0);
    const auto json = nlohmann::json::parse(read_text((root / "a.json").string()));
    const auto& points = json["history"];
    REQUIRE(points.size() == 3); // the scope's: one a date, by date; not `elsewhere`
    CHECK(points[0]["date"] == "2026-09-01");
    CHECK(points[1]["date"] == "2026-10-01");
    CHECK(points[1]["compliant"] == 2); // that day's last run
    CHECK(points[2]["date"] == "2026-11-25");
    CHECK(json["changes"].is_null()); // the first schema kept no findings to compare with

    CHECK(query_int(db, "PRAGMA user_version") == 1);
    CHECK(query_int(db, "SELECT COUNT(*) FROM audit") == 4);
    CHECK(query_int(db, "SELECT COUNT(*) FROM audit_rule WHERE audit_id = 1") == 0);
    CHECK(query_int(db, "SELECT COUNT(*) FROM audit_rule WHERE audit_id = 3") == 1);
    CHECK(query_int(db, "SELECT COUNT(*) FROM audit_document") == 1);

    // The next audit compares with this one.
    REQUIRE(run_cpdoc({"audit", "-q", "--today", "2026-11-26", cases.string(), "--history",
                       db.string(), "--json", (root / "b.json").string()})
                .status == 0);
    const auto next = nlohmann::json::parse(read_text((root / "b.json").string()));
    CHECK(next["changes"]["since"] == "2026-11-25");
}

TEST_CASE("a history from a newer cpdoc is refused, and left as it was") {
    const TempDir root("history-newer");
    const fs::path cases = one_document(root / "cases");
    const fs::path db = root / "history.sqlite";
    make_database(db, "CREATE TABLE audit (id INTEGER PRIMARY KEY); PRAGMA user_version = 7;");
    const Run run = run_cpdoc({"audit", "-q", cases.string(), "--history", db.string()});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("made by a newer cpdoc"));
    CHECK(query_int(db, "PRAGMA user_version") == 7);
}

TEST_CASE("a document is superseded by the next later one of the same child and kind") {
    auto at = [](const std::string& child, const std::string& kind, const char* date) {
        AuditDocument document;
        document.child = child;
        document.kind = kind;
        document.date = parse_date(date);
        return document;
    };
    std::vector<AuditDocument> documents = {
        at("C-1", "core-group-minutes", "2026-09-01"),
        at("c-1 ", "core-group-minutes", "2026-10-01"), // the same child, written otherwise
        at("C-1", "core-group-minutes", "2026-10-01"),  // the same day: supersedes neither
        at("C-1", "child-plan", "2026-08-01"),          // another kind: alone
        at("C-2", "core-group-minutes", "2026-09-01"),
        at("C-2", "core-group-minutes", "2026-12-01"), // after the audit's date
        at("", "core-group-minutes", "2026-01-01"),    // no child: never superseded
        at("", "core-group-minutes", "2026-02-01")};
    mark_superseded(documents, parse_date("2026-11-25"));
    CHECK(documents[0].judged_as_of == parse_date("2026-10-01"));
    CHECK_FALSE(documents[1].superseded);
    CHECK_FALSE(documents[2].superseded);
    CHECK_FALSE(documents[3].superseded);
    CHECK(documents[4].superseded); // judged as of the audit's date: the later one is after it
    CHECK_FALSE(documents[4].judged_as_of);
    CHECK_FALSE(documents[5].superseded);
    CHECK_FALSE(documents[6].superseded);
    CHECK_FALSE(documents[7].superseded);
}

TEST_CASE("redacted audits of different folders are two scopes, named by no path") {
    const fs::path dir = scratch_dir("history-redacted-scopes");
    const fs::path smith = one_document(dir / "Smith family");
    const fs::path jones = one_document(dir / "Jones family");
    const std::string history = (dir / "h.sqlite").string();
    for (const fs::path& folder : {smith, jones})
        REQUIRE(run_cpdoc({"audit", "-q", "--redact", "--today", "2026-11-25", folder.string(),
                           "--history", history})
                    .status == 0);
    // One point each: the second is no rerun of the first, nor on its line.
    CHECK(query_int(history, "SELECT COUNT(DISTINCT scope) FROM audit") == 2);
    CHECK(query_int(history, "SELECT COUNT(*) FROM audit WHERE scope LIKE '%family%' OR "
                             "scope LIKE '%Directory%'") == 0);
    // The same folder again is the same scope.
    REQUIRE(run_cpdoc({"audit", "-q", "--redact", "--today", "2026-11-26", smith.string(),
                       "--history", history})
                .status == 0);
    CHECK(query_int(history, "SELECT COUNT(DISTINCT scope) FROM audit") == 2);
    // An audit not redacted is kept by the folder's real path: never a redacted scope, however
    // its folder is named, and one scope however it is spelt.
    const fs::path named_like = one_document(dir / "folder 1:2 --redact");
    for (const std::string& spelt :
         {named_like.string(), (named_like / ".." / named_like.filename()).string()})
        REQUIRE(run_cpdoc({"audit", "-q", "--today", "2026-11-25", spelt, "--history", history})
                    .status == 0);
    CHECK(query_int(history, "SELECT COUNT(DISTINCT scope) FROM audit") == 3);
    CHECK(query_int(history, "SELECT COUNT(*) FROM audit WHERE scope LIKE '/%--redact'") == 1);
}
