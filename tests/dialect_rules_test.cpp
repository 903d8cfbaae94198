// PARSE-ERROR, DATE-INVALID, PLACEHOLDER-UNFILLED, SUPPRESSION-NO-REASON and the
// front-matter rules, through the checker. Each document states the findings of the rules its
// case is about at the line they are about (tests/expected_findings.hpp).
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {
const std::vector<std::string> dialect = {
    "PARSE-ERROR",  "FRONT-MATTER-MISSING", "FRONT-MATTER-KEY",     "FRONT-MATTER-UNKNOWN-KEY",
    "DATE-INVALID", "PLACEHOLDER-UNFILLED", "SUPPRESSION-NO-REASON"};
} // namespace

TEST_CASE("FRONT-MATTER-MISSING: a document without front matter") {
    const CheckResult result =
        check_expected_of(dialect, "# Minutes\n\n## Attendance\n"
                                   "<!-- expect-document: FRONT-MATTER-MISSING -->\n");
    REQUIRE(findings(result, "FRONT-MATTER-MISSING").size() == 1);
    CHECK(findings(result, "FRONT-MATTER-MISSING")[0].pos == Position{1, 1}); // at the top
}

TEST_CASE("FRONT-MATTER-KEY: required keys missing") {
    const CheckResult result = check_expected_of(
        {"FRONT-MATTER-KEY"},
        "---\nregistered: yes\n---\n<!-- expect-document: FRONT-MATTER-KEY, FRONT-MATTER-KEY, "
        "FRONT-MATTER-KEY -->\n");
    const auto found = findings(result, "FRONT-MATTER-KEY");
    REQUIRE(found.size() == 3);
    for (const Finding& f : found)
        CHECK(f.pos == Position{1, 1}); // about the document: at its top, as a reader sees it
    CHECK_THAT(found[0].message, Catch::Contains("`document:`"));
    CHECK_THAT(found[1].message, Catch::Contains("`child:`"));
    CHECK_THAT(found[2].message, Catch::Contains("`policy:`"));
}

TEST_CASE("FRONT-MATTER-KEY: a policy given on the command line need not be in the file") {
    const CheckResult result = check("---\ndocument: chronology\nchild: C-1\n---\n", "base");
    CHECK(findings(result, "FRONT-MATTER-KEY").empty());
}

TEST_CASE("FRONT-MATTER-KEY: bad values, with a did-you-mean for the kind") {
    const CheckResult result = check_expected_of(dialect, R"(---
document: child-plans
# expect: FRONT-MATTER-KEY:11
policy: test-no-rules
child: Megan Smith
# expect: FRONT-MATTER-KEY:8
registered: maybe
# expect: FRONT-MATTER-KEY:13
status: closed
# expect: FRONT-MATTER-KEY:9
registered: no
# expect: FRONT-MATTER-KEY:1
---
)");
    const auto found = findings(result, "FRONT-MATTER-KEY");
    CHECK_THAT(found[0].message, Catch::Contains("did you mean `child-plan`?"));
    CHECK_THAT(found[1].message, Catch::Contains("not a name"));
    CHECK_THAT(found[4].message, Catch::Contains("given twice"));

    // A name with a date of birth has digits but is no reference; a reference passes.
    for (const std::string child : {"Kyle Barnes (DOB 03/04/2020)", "KB, born 3 April 2020"}) {
        INFO(child);
        const CheckResult named = check_expected_of(
            dialect, "---\ndocument: child-plan\npolicy: test-no-rules\nchild: " + child +
                         "\n# expect: FRONT-MATTER-KEY:8\n---\n");
        CHECK_THAT(findings(named, "FRONT-MATTER-KEY")[0].message,
                   Catch::Contains("not a name or a date of birth"));
    }
    check_expected_of(
        dialect, "---\ndocument: child-plan\npolicy: test-no-rules\nchild: CP-2020/0413\n---\n");
}

TEST_CASE("FRONT-MATTER-KEY: an unknown policy pack lists the packs there are") {
    const CheckResult result = check_expected_of(
        {"FRONT-MATTER-KEY"}, document("chronology", "lanarkshire-2091",
                                       "<!-- expect@-3: FRONT-MATTER-KEY:9 -->\n")); // policy:
    const auto found = findings(result, "FRONT-MATTER-KEY");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message,
               Catch::Contains("no policy pack `lanarkshire-2091`") && Catch::Contains("base"));
}

TEST_CASE("FRONT-MATTER-UNKNOWN-KEY: a warning with the nearest key") {
    const CheckResult result =
        check_expected_of({"FRONT-MATTER-UNKNOWN-KEY"},
                          document("chronology", "base", "",
                                   "registerd: yes\n# expect: FRONT-MATTER-UNKNOWN-KEY:1\n"
                                   "foo: bar\n# expect: FRONT-MATTER-UNKNOWN-KEY:1\n"));
    const auto found = findings(result, "FRONT-MATTER-UNKNOWN-KEY");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::warning);
    CHECK_THAT(found[0].message, Catch::Contains("did you mean `registered`?"));
    CHECK_THAT(found[1].message, !Catch::Contains("did you mean"));
}

TEST_CASE("FRONT-MATTER-UNKNOWN-KEY: a key sharing a word with a known one suggests it") {
    const CheckResult result = check(
        document("chronology", "base", "", "review-date: 2027-01-10\nmeeting-date: 2026-11-16\n"));
    const auto found = findings(result, "FRONT-MATTER-UNKNOWN-KEY");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::EndsWith("did you mean `next-review`?"));
    CHECK_THAT(found[1].message, Catch::EndsWith("did you mean `date`?"));
}

TEST_CASE("SUPPRESSION-UNKNOWN-RULE: a suppression naming no rule cpdoc has") {
    const std::string text =
        document("chronology", "base",
                 "<!-- cpdoc-disable PLACEHOLDER-UNFILED: a worked example -->\n"
                 "<!-- expect: SUPPRESSION-UNKNOWN-RULE:1 -->\n"
                 "<!-- cpdoc-disable Megan is a baby -->\n"
                 "<!-- expect: SUPPRESSION-UNKNOWN-RULE:1 -->\n"
                 "<!-- cpdoc-disable placeholder-unfilled: a worked example -->\n{{ x }}\n");
    const CheckResult result =
        check_expected_of({"SUPPRESSION-UNKNOWN-RULE", "PLACEHOLDER-UNFILLED"}, text);
    const auto found = findings(result, "SUPPRESSION-UNKNOWN-RULE");
    CHECK(found[0].severity == Severity::warning);
    CHECK_THAT(found[0].message, Catch::EndsWith("did you mean `PLACEHOLDER-UNFILLED`?"));
    CHECK_THAT(found[1].message, Catch::StartsWith("`MEGAN` is not a rule cpdoc has"));
}

TEST_CASE("front-matter keys fold case and underscores") {
    const CheckResult result = check("---\nDocument: chronology\nPolicy: base\nChild: C-1\n"
                                     "next_review: 2026-12-01\n---\n");
    CHECK(findings(result, "FRONT-MATTER-UNKNOWN-KEY").empty());
    CHECK(findings(result, "FRONT-MATTER-KEY").empty());
}

TEST_CASE("DATE-INVALID: front-matter dates and date fields, with the accepted forms") {
    const std::string text =
        document("core-group-minutes", "base",
                 "## Actions\n- Visit\n  - Owner: A\n  - Due: 27/11/26\n"
                 "    <!-- expect: DATE-INVALID:10 -->\n"
                 "- Call\n  - Due: 27 November 2026\n"
                 "## Child seen\n- Last seen: last Tuesday\n  <!-- expect: DATE-INVALID:14 -->\n",
                 "date: next week\n# expect: DATE-INVALID:7\nnext-meeting: 2026-12-14\n");
    const CheckResult result = check_expected_of({"DATE-INVALID"}, text);
    const auto found = findings(result, "DATE-INVALID");
    REQUIRE(found.size() == 3);
    CHECK_THAT(found[0].message, Catch::EndsWith("write it as 2026-11-20, 20 November 2026 or "
                                                 "20/11/2026"));
    CHECK_THAT(found[1].message, Catch::Contains("did you mean 27 November 2026?"));
    CHECK_THAT(found[2].message, Catch::StartsWith("`last Tuesday` is not a date"));
}

TEST_CASE("DATE-INVALID: a date field left as a placeholder is reported once, as a placeholder") {
    const CheckResult result = check(document("chronology", "base", "", "date: {{ date }}\n"));
    CHECK(findings(result, "DATE-INVALID").empty());
    CHECK(findings(result, "PLACEHOLDER-UNFILLED").size() == 1);
}

TEST_CASE("PLACEHOLDER-UNFILLED: each placeholder, none in template mode") {
    const std::string text =
        document("chronology", "base",
                 "Prepared by {{ name }} on {{ date }}.\n"
                 "<!-- expect: PLACEHOLDER-UNFILLED:13, PLACEHOLDER-UNFILLED:27 -->\n");
    check_expected_of(dialect, text);
    CHECK(findings(check(text, "", true), "PLACEHOLDER-UNFILLED").empty());
}

TEST_CASE("SUPPRESSION-NO-REASON, and a suppression without a reason suppresses nothing") {
    check_expected_of(dialect, document("chronology", "base",
                                        "<!-- cpdoc-disable PLACEHOLDER-UNFILLED -->\n"
                                        "<!-- expect: SUPPRESSION-NO-REASON:1 -->\n"
                                        "{{ x }}\n<!-- expect: PLACEHOLDER-UNFILLED:1 -->\n"));
}

TEST_CASE("a suppression with a reason marks findings suppressed in its section only") {
    const std::string text =
        document("chronology", "test-no-rules",
                 "## One\n<!-- cpdoc-disable PLACEHOLDER-UNFILLED: example -->\n"
                 "{{ a }}\n## Two\n{{ b }}\n<!-- expect: PLACEHOLDER-UNFILLED:1 -->\n");
    const CheckResult result = check_expected_of(dialect, text);
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].suppressed);
    CHECK(result.findings[0].suppression_reason == "example");
}

TEST_CASE("a suppression before the first section covers the whole document") {
    const std::string text =
        document("chronology", "base",
                 "<!-- cpdoc-disable PLACEHOLDER-UNFILLED: a worked example -->\n"
                 "## One\n{{ a }}\n## Two\n{{ b }}\n");
    CHECK(summary(check(text), dialect).empty());
}

TEST_CASE("PARSE-ERROR cannot be suppressed") {
    const std::string text =
        document("chronology", "base",
                 "<!-- cpdoc-disable PARSE-ERROR: no -->\n| A | B |\n| - | - |\n"
                 "| 1 | 2 | 3 |\n<!-- expect: PARSE-ERROR:11 -->\n");
    check_expected_of(dialect, text);
}

TEST_CASE("numbered headings are the sections they name") {
    const CheckResult result = check(document("core-group-minutes", "test-all-rules",
                                              "# Minutes\n## 1. Attendance\n"
                                              "- Chair: Alison Reid, Team Manager, Social Work\n"
                                              "## 2) Child's views:\nShe is happy at school.\n",
                                              "date: 2026-11-16\nnext-meeting: 2026-12-14\n"));
    CHECK(findings(result, "CHAIR-MISSING").empty());
    CHECK(findings(result, "CHILD-VIEWS-MISSING").empty());
}
