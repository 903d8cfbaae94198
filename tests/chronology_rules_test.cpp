// CHRONOLOGY-DATE, CHRONOLOGY-SOURCE, CHRONOLOGY-ORDER, CHRONOLOGY-TYPE.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> chronology_rules = {"CHRONOLOGY-DATE", "CHRONOLOGY-SOURCE",
                                                   "CHRONOLOGY-ORDER", "CHRONOLOGY-TYPE"};

// The table's header is line 8, its first entry line 10.
std::string chronology(const std::string& rows) {
    return document("chronology", "test-all-rules",
                    "# Chronology\n## Chronology\n| Date | Type | Event | Source |\n"
                    "| --- | --- | --- | --- |\n" +
                        rows);
}

} // namespace

TEST_CASE("a well-kept chronology passes") {
    const CheckResult result =
        check(chronology("| 2026-11-02 | visit-seen | Megan seen at home | Social Work |\n"
                         "| 3 November 2026 | visit-no-access | No answer | Social Work |\n"
                         "| 2026-11-03 | appointment-missed | Missed GP | Health |\n"));
    CHECK(summary(result, chronology_rules).empty());
}

TEST_CASE("CHRONOLOGY-DATE: entries with no date or a non-date") {
    const CheckResult result =
        check(chronology("| early Nov | visit-seen | x | SW |\n|  | visit-seen | x | SW |\n"));
    CHECK(summary(result, chronology_rules) ==
          std::vector<std::string>{"CHRONOLOGY-DATE@10:3", "CHRONOLOGY-DATE@11:2"});
    CHECK_THAT(findings(result, "CHRONOLOGY-DATE")[0].message,
               Catch::EndsWith("write it as 2026-11-20, 20 November 2026 or 20/11/2026"));
}

TEST_CASE("CHRONOLOGY-DATE: a chronology with no table") {
    const CheckResult result =
        check(document("chronology", "test-all-rules", "# C\nNothing yet.\n"));
    CHECK(summary(result, chronology_rules) == std::vector<std::string>{"CHRONOLOGY-DATE@6:1"});
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHRONOLOGY-DATE
}

TEST_CASE("a chronology table needs no heading") {
    const CheckResult result = check(document("chronology", "test-all-rules",
                                              "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                              "| 2026-11-02 | visit-seen | x | |\n"));
    CHECK(summary(result, chronology_rules) == std::vector<std::string>{"CHRONOLOGY-SOURCE@8:32"});
}

TEST_CASE("CHRONOLOGY-SOURCE: empty and placeholder sources") {
    const CheckResult result = check(
        chronology("| 2026-11-02 | visit-seen | x | N/A |\n| 2026-11-03 | visit-seen | x |\n"));
    CHECK(summary(result, chronology_rules) ==
          std::vector<std::string>{"CHRONOLOGY-SOURCE@10:33", "CHRONOLOGY-SOURCE@11:32"});
}

TEST_CASE("CHRONOLOGY-ORDER: an entry earlier than the one before") {
    const CheckResult result = check(chronology("| 2026-11-05 | visit-seen | x | SW |\n"
                                                "| 2026-11-03 | visit-seen | x | SW |\n"
                                                "| 2026-11-04 | visit-seen | x | SW |\n"
                                                "| 2026-11-06 | visit-seen | x | SW |\n"));
    CHECK(summary(result, chronology_rules) ==
          std::vector<std::string>{"CHRONOLOGY-ORDER@11:3", "CHRONOLOGY-ORDER@12:3"});
    CHECK_THAT(findings(result, "CHRONOLOGY-ORDER")[0].message,
               Catch::Contains("3 November 2026 is out of order") &&
                   Catch::Contains("5 November 2026"));
}

TEST_CASE("CHRONOLOGY-TYPE: unknown types, with a did-you-mean") {
    const CheckResult result = check(chronology("| 2026-11-02 | visit-noaccess | x | SW |\n"
                                                "| 2026-11-03 | tea party | x | SW |\n"
                                                "| 2026-11-04 | VISIT-SEEN | x | SW |\n"));
    const auto found = findings(result, "CHRONOLOGY-TYPE");
    REQUIRE(found.size() == 2);
    CHECK(found[0].pos == Position{10, 16});
    CHECK_THAT(found[0].message, Catch::Contains("did you mean `visit-no-access`?"));
    CHECK(found[1].pos == Position{11, 16});
}

TEST_CASE("a chronology missing a column is reported once, by FIELD-MISSING") {
    const CheckResult result = check(document("chronology", "test-all-rules",
                                              "| Date | Type | Event |\n|-|-|-|\n"
                                              "| 2026-11-02 | visit-seen | x |\n"));
    CHECK(summary(result, {"FIELD-MISSING", "CHRONOLOGY-SOURCE"}) ==
          std::vector<std::string>{"FIELD-MISSING@6:1"});
}

TEST_CASE("chronology rules look only at chronologies") {
    const CheckResult result =
        check(document("child-plan", "test-all-rules", "| Date | Type |\n|-|-|\n| soon | x |\n"));
    CHECK(summary(result, chronology_rules).empty());
}
