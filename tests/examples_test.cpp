// Every example gives exactly its committed expected findings, and the clean ones none.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc::test;

TEST_CASE("every example gives exactly its expected findings") {
    check_catalogue(source_path("examples"));
}

TEST_CASE("the compliant examples have no error under their packs") {
    for (const char* name : {"child-plan-lanarkshire.md", "core-group-minutes-lanarkshire.md",
                             "multi-agency-minutes-portsmouth.md", "chronology-lanarkshire.md",
                             "chronology-portsmouth.md"}) {
        INFO(name);
        const Run run =
            run_cpdoc({"check", "--today", "2026-11-25", name}, source_path("examples"));
        CHECK(run.status == 0);
        CHECK_THAT(run.out, Catch::EndsWith("0 errors, 0 warnings, 0 notes\n"));
    }
}

TEST_CASE("the compliant examples have no finding under any shipped pack") {
    for (const char* pack : {"base", "lanarkshire-2019", "wos-portfolio-2016", "portsmouth-pscb",
                             "pg38-resistant-families", "practice-guidance-resistance"}) {
        INFO(pack);
        const Run run = run_cpdoc({"check", "--policy", pack, "--today", "2026-11-25",
                                   "child-plan-lanarkshire.md", "core-group-minutes-lanarkshire.md",
                                   "multi-agency-minutes-portsmouth.md",
                                   "chronology-lanarkshire.md", "chronology-portsmouth.md"},
                                  source_path("examples"));
        CHECK(run.status == 0);
        CHECK(run.out == "5 files checked: 0 errors, 0 warnings, 0 notes\n");
    }
}

TEST_CASE("the late-meeting chronologies show DEFAULTED-VISITS on both calendars") {
    const Run run =
        run_cpdoc({"check", "--today", "2026-11-25", "chronology-late-core-group-scotland.md",
                   "chronology-late-meeting-england.md"},
                  source_path("examples"));
    CHECK(run.status == 1);
    CHECK_THAT(run.out,
               Catch::Contains("chronology-late-core-group-scotland.md:25:3: error: 4 defaulted "
                               "visits by 26 November 2026: a core group must be held within 3 "
                               "working days, by 2 December 2026"));
    CHECK_THAT(run.out,
               Catch::Contains("chronology-late-meeting-england.md:27:3: error: 4 defaulted "
                               "visits by 21 December 2026: a multi-agency meeting must be held "
                               "within 7 working days, by 4 January 2027"));
}
