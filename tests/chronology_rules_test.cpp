// CHRONOLOGY-DATE, CHRONOLOGY-SOURCE, CHRONOLOGY-ORDER, CHRONOLOGY-TYPE.
#include "expected_findings.hpp"
#include "support.hpp"
#include "view/chronology_view.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> chronology_rules = {"CHRONOLOGY-DATE", "CHRONOLOGY-SOURCE",
                                                   "CHRONOLOGY-ORDER", "CHRONOLOGY-TYPE"};

// The base chronology (tests/fixtures/base/chronology.md) with these rows in its table. A row
// cannot be followed by an expectation, so the lines after the table name the row by its
// distance (`<!-- expect@-2: ... -->`).
std::string chronology(const std::string& rows) {
    return with_section(base_document("chronology"), "## Chronology",
                        "## Chronology\n| Date | Type | Event | Source |\n"
                        "| --- | --- | --- | --- |\n" +
                            rows);
}

// The base chronology's front matter followed by `body` alone: no title, no section.
std::string chronology_front_matter_and(const std::string& body) {
    return edited(with_section(base_document("chronology"), "## Chronology", ""), "# Chronology\n",
                  body);
}

} // namespace

TEST_CASE("a well-kept chronology passes") {
    check_expected(base_document("chronology"));
}

TEST_CASE("CHRONOLOGY-DATE: entries with no date or a non-date") {
    const CheckResult result =
        check_expected(chronology("| early Nov | visit-seen | x | SW |\n"
                                  "|  | visit-seen | x | SW |\n"
                                  "<!-- expect@-2: CHRONOLOGY-DATE:3 -->\n"
                                  "<!-- expect@-2: CHRONOLOGY-DATE:2 -->\n"));
    CHECK_THAT(findings(result, "CHRONOLOGY-DATE")[0].message,
               Catch::EndsWith("write it as 2026-11-20, 20 November 2026 or 20/11/2026"));
}

TEST_CASE("a row with its first cell alone, bold, is a heading among the entries") {
    // Not an entry missing its date, type and source; a plain one is.
    check_expected(chronology("| **2026 \xE2\x80\x93 Autumn** | | | |\n"
                              "| 2026-11-30 | visit-seen | Megan seen at home | SW |\n"
                              "| Autumn | | | |\n"
                              "<!-- expect@-1: CHRONOLOGY-DATE:3, CHRONOLOGY-TYPE:11, "
                              "CHRONOLOGY-SOURCE:15 -->\n"));
}

TEST_CASE("CHRONOLOGY-DATE: a chronology with no table") {
    const CheckResult result = check_expected(
        chronology_front_matter_and("# C\n<!-- expect: CHRONOLOGY-DATE:1 -->\nNothing yet.\n"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHRONOLOGY-DATE
}

TEST_CASE("a chronology table needs no heading") {
    check_expected(chronology_front_matter_and("| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                               "| 2026-11-02 | visit-seen | x | |\n"
                                               "<!-- expect: CHRONOLOGY-SOURCE:32 -->\n"));
}

TEST_CASE("CHRONOLOGY-SOURCE: empty and placeholder sources") {
    check_expected(chronology("| 2026-11-02 | visit-seen | x | N/A |\n"
                              "| 2026-11-03 | visit-seen | x |\n"
                              "<!-- expect@-2: CHRONOLOGY-SOURCE:33 -->\n"
                              "<!-- expect@-2: CHRONOLOGY-SOURCE:32 -->\n"));
}

TEST_CASE("CHRONOLOGY-ORDER: an entry earlier than the one before") {
    const CheckResult result =
        check_expected(chronology("| 2026-11-05 | visit-seen | x | SW |\n"
                                  "| 2026-11-03 | visit-seen | x | SW |\n"
                                  "| 2026-11-04 | visit-seen | x | SW |\n"
                                  "| 2026-11-06 | visit-seen | x | SW |\n"
                                  "<!-- expect@-3: CHRONOLOGY-ORDER:3 -->\n"
                                  "<!-- expect@-3: CHRONOLOGY-ORDER:3 -->\n"));
    CHECK_THAT(findings(result, "CHRONOLOGY-ORDER")[0].message,
               Catch::Contains("3 November 2026 is out of order") &&
                   Catch::Contains("5 November 2026"));
}

TEST_CASE("CHRONOLOGY-TYPE: unknown types, with a did-you-mean") {
    const CheckResult result =
        check_expected(chronology("| 2026-11-02 | visit-noaccess | x | SW |\n"
                                  "| 2026-11-03 | tea party | x | SW |\n"
                                  "| 2026-11-04 | VISIT-SEEN | x | SW |\n"
                                  "<!-- expect@-3: CHRONOLOGY-TYPE:16 -->\n"
                                  "<!-- expect@-3: CHRONOLOGY-TYPE:16 -->\n"));
    const auto found = findings(result, "CHRONOLOGY-TYPE");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("did you mean `visit-no-access`?"));
    CHECK_THAT(found[1].message,
               Catch::Contains("`cpdoc policies show test-all-rules` lists the types"));
}

TEST_CASE("CHRONOLOGY-TYPE: a type in plain English is read as the policy's type it means") {
    const std::vector<std::string> types = {"visit-no-access",    "visit-cancelled-by-family",
                                            "appointment-missed", "core-group",
                                            "visit-seen",         "visit-seen-alone"};
    CHECK(event_type_meant("No access visit", types) == "visit-no-access");
    // A visit that did not reach the child is no access to them.
    CHECK(event_type_meant("Home visit - child not seen", types) == "visit-no-access");
    CHECK(event_type_meant("Visit \u2013 child not seen", types) == "visit-no-access");
    CHECK(event_type_meant("Home visit - child seen", types) == "visit-seen");
    CHECK(event_type_meant("Home visit, child seen alone", types) == "visit-seen-alone");
    CHECK(event_type_meant("Home visit - no access", types) == "visit-no-access");
    CHECK(event_type_meant("NA visit", types) == "visit-no-access");
    CHECK(event_type_meant("home-visit-no-answer", types) == "visit-no-access");
    CHECK(event_type_meant("Visit cancelled by Mum", types) == "visit-cancelled-by-family");
    CHECK(event_type_meant("DNA appointment", types) == "appointment-missed");
    CHECK(event_type_meant("Core group meeting", types) == "core-group");
    CHECK_FALSE(event_type_meant("Birth", types));
    CHECK_FALSE(event_type_meant("Visit", types));
}

TEST_CASE("a chronology missing a column is reported once, by FIELD-MISSING") {
    check_expected(chronology_front_matter_and("| Date | Type | Event |\n|-|-|-|\n"
                                               "| 2026-11-02 | visit-seen | x |\n"
                                               "<!-- expect@-3: FIELD-MISSING:1 -->\n"));
}

TEST_CASE("chronology rules look only at chronologies") {
    const CheckResult result =
        check(document("child-plan", "test-all-rules", "| Date | Type |\n|-|-|\n| soon | x |\n"));
    CHECK(summary(result, chronology_rules).empty());
}
