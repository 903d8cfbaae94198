// CLOSURE-WITHOUT-DISCUSSION, REVIEW-DATE-MISSING.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> review_rules = {"CLOSURE-WITHOUT-DISCUSSION", "REVIEW-DATE-MISSING"};

// Everything a child's plan needs. With three extra front-matter lines the title is line 9
// and what `plan()` is given starts on line 33.
const std::string plan_sections =
    "# Child's plan for Megan\n"
    "## Named people\n"
    "- Lead professional: Alison Reid, Social Worker, Social Work\n"
    "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n"
    "## Child's views\n"
    "Megan (7) told her teacher on 12 November that she feels safe at home now.\n"
    "## Objectives\n"
    "- Megan is safe at home\n"
    "  - Need: Megan has been exposed to domestic abuse at home\n"
    "  - Outcome: Megan sleeps in her own bed in a clean, hazard-free room every night\n"
    "  - Measure: home visits twice a week, bedroom seen each time\n"
    "  - Owner: Alison Reid\n"
    "  - Due: 2027-01-29\n"
    "## Contingency plan\n"
    "- Three visits with no access\n"
    "  - Trigger: three visits with no access in any 14 days\n"
    "  - Response: core group reconvened within 3 working days\n"
    "  - Owner: Alison Reid\n"
    "## Information sharing\n"
    "- Police disclosure of 3 November shared with school\n"
    "  - Decision: share\n"
    "  - With: Greenfield Primary School\n"
    "  - Reason: relevant to the school's safeguarding of Megan\n"
    "  - Family informed: yes\n";

// Front matter: line 5 is the date, line 6 the next review, line 7 `status:` (value at
// column 9) or `# no status`.
std::string plan(const std::string& tail, const std::string& status = "closing",
                 const std::string& next_review = "next-review: 2027-02-01\n") {
    return document("child-plan", "test-all-rules", plan_sections + tail,
                    "date: 2026-11-02\n" + next_review +
                        (status.empty() ? "# no status\n" : "status: " + status + "\n"));
}

// Everything core group minutes need but their attendance. The title is line 9; what
// `minutes()` is given starts on line 32, after `## Attendance` on line 31.
const std::string minute_sections = "# Core group meeting for Megan\n"
                                    "## Child seen\n"
                                    "- Last seen: 2026-11-12\n"
                                    "- Seen alone: yes\n"
                                    "- Seen by: Jane Doe, Health Visitor, NHS Lanarkshire\n"
                                    "## Child's views\n"
                                    "Megan told Jane on 12 November that she feels safe at home "
                                    "now.\n"
                                    "## Information sharing\n"
                                    "- Minutes shared with the GP\n"
                                    "  - Decision: share\n"
                                    "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n"
                                    "  - Reason: the GP is treating Ms Hughes and needs the plan\n"
                                    "  - Family informed: yes\n"
                                    "## Contingency plan\n"
                                    "- Megan not seen for a week\n"
                                    "  - Trigger: Megan not seen by any professional for 7 days\n"
                                    "  - Response: unannounced home visit the next working day\n"
                                    "  - Owner: Tom Clarke\n"
                                    "## Actions\n"
                                    "- Close the case on the system\n"
                                    "  - Owner: Tom Clarke\n"
                                    "  - Due: 2026-11-27\n";

std::string minutes(const std::string& attendance, const std::string& status = "closing",
                    const std::string& next_meeting = "next-meeting: 2026-12-07\n") {
    return document("core-group-minutes", "test-all-rules",
                    minute_sections + "## Attendance\n" + attendance,
                    "date: 2026-11-16\n" + next_meeting +
                        (status.empty() ? "# no status\n" : "status: " + status + "\n"));
}

const std::string closure_discussion =
    "## Closure discussion\n"
    "At the core group on 16 November, school, health visiting and social work agreed that "
    "Megan has been safe at home for six months and the plan can end.\n";

CheckResult check_on(const std::string& text, const std::string& today) {
    ParseResult parsed = parse_document(text);
    REQUIRE(parsed.document);
    CheckOptions options;
    options.today = parse_date(today);
    return check_document(*parsed.document, packs(), options);
}

} // namespace

TEST_CASE("a closing plan with its closure discussion and a review date passes") {
    CHECK(summary(check(plan(closure_discussion))).empty());
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: a closing plan with no discussion, at the status") {
    const CheckResult result = check(plan(""));
    CHECK(summary(result, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});
    CHECK_THAT(findings(result, "CLOSURE-WITHOUT-DISCUSSION")[0].message,
               Catch::Contains("no multi-agency discussion") &&
                   Catch::Contains("`## Closure discussion`"));
    CHECK(summary(check(plan("", "Closing")), review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: an empty discussion is no discussion") {
    const CheckResult result = check(plan("## Closure discussion\n"));
    CHECK(summary(result, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: only a document proposing closure needs one") {
    CHECK(summary(check(plan("", "open")), review_rules).empty());
    CHECK(summary(check(plan("", "")), review_rules).empty());
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: minutes of two agencies are the discussion") {
    const CheckResult two_agencies =
        check(minutes("- Chair: Alison Reid, Team Manager, Social Work\n"
                      "- Present: Tom Clarke, Social Worker, Social Work\n"
                      "- Present: Jane Doe\n")); // her agency is given under Child seen
    CHECK(summary(two_agencies).empty());

    const CheckResult one_agency =
        check(minutes("- Chair: Alison Reid, Team Manager, Social Work\n"
                      "- Present: Tom Clarke, Social Worker, Social Work\n"
                      "- Apologies: Mark Evans, Head Teacher, Greenfield Primary School\n"));
    CHECK(summary(one_agency, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});

    const CheckResult with_discussion =
        check(minutes("- Chair: Alison Reid, Team Manager, Social Work\n"
                      "- Present: Tom Clarke, Social Worker, Social Work\n" +
                      closure_discussion));
    CHECK(summary(with_discussion, review_rules).empty());
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: attendance read under the pack's aliases") {
    const CheckResult result = check(document(
        "core-group-minutes", "test-all-rules",
        minute_sections + "## Those present\n- Chaired by: Alison Reid, Team Manager, Social Work\n"
                          "- Attended: Mark Evans, Head Teacher, Greenfield Primary School\n",
        "date: 2026-11-16\nnext-meeting: 2026-12-07\nstatus: closing\n"));
    CHECK(summary(result, review_rules).empty());
}

TEST_CASE("REVIEW-DATE-MISSING: a plan with no next review, at the front matter") {
    const CheckResult result = check(plan(closure_discussion, "closing", ""));
    CHECK(summary(result, review_rules) == std::vector<std::string>{"REVIEW-DATE-MISSING@1:1"});
    CHECK_THAT(findings(result, "REVIEW-DATE-MISSING")[0].message,
               Catch::Contains("no `next-review:` date") &&
                   Catch::Contains("plan will next be reviewed"));
}

TEST_CASE("REVIEW-DATE-MISSING: minutes with no next meeting") {
    const CheckResult result = check(minutes("- Chair: Alison Reid, Team Manager, Social Work\n"
                                             "- Present: Jane Doe\n",
                                             "open", ""));
    CHECK(summary(result, review_rules) == std::vector<std::string>{"REVIEW-DATE-MISSING@1:1"});
    CHECK_THAT(findings(result, "REVIEW-DATE-MISSING")[0].message,
               Catch::Contains("no `next-meeting:` date") &&
                   Catch::Contains("group will next meet"));
}

TEST_CASE("REVIEW-DATE-MISSING: an empty date is reported where it should be") {
    const CheckResult result = check(plan(closure_discussion, "closing", "next-review:\n"));
    CHECK(summary(result, review_rules) == std::vector<std::string>{"REVIEW-DATE-MISSING@6:13"});
}

TEST_CASE("REVIEW-DATE-MISSING: the key is matched however it is spelt") {
    CHECK(summary(check(plan(closure_discussion, "closing", "Next_Review: 1 February 2027\n")),
                  review_rules)
              .empty());
}

TEST_CASE("REVIEW-DATE-MISSING: a chronology has no review date") {
    const CheckResult result =
        check(document("chronology", "test-all-rules",
                       "# Chronology\n| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                       "| 2026-11-02 | visit-seen | Megan seen at home | Social Work |\n"));
    CHECK(summary(result, review_rules).empty());
}

TEST_CASE("REVIEW-DATE-MISSING: a next review already past is reported at its value") {
    const std::string text = plan(closure_discussion);
    CHECK(summary(check_on(text, "2027-02-02"), review_rules) ==
          std::vector<std::string>{"REVIEW-DATE-MISSING@6:14"});
    CHECK_THAT(findings(check_on(text, "2027-02-02"), "REVIEW-DATE-MISSING")[0].message,
               Catch::Contains("`next-review:` 1 February 2027 has already passed"));
    CHECK(summary(check_on(text, "2027-02-01"), review_rules).empty()); // the day itself
    CHECK(summary(check_on(text, "2026-11-25"), review_rules).empty());
    const std::string meeting =
        minutes("- Chair: Alison Reid, Team Manager, Social Work\n- Present: Jane Doe\n", "open");
    CHECK(summary(check_on(meeting, "2026-12-08"), review_rules) ==
          std::vector<std::string>{"REVIEW-DATE-MISSING@6:15"});
}

TEST_CASE("template mode: CLOSURE-WITHOUT-DISCUSSION is skipped, REVIEW-DATE-MISSING is not") {
    const CheckResult filled_in = check(plan("", "closing", "next-review: {{ date }}\n"), "", true);
    CHECK(summary(filled_in, review_rules).empty());
    CHECK(std::count(filled_in.rules_skipped.begin(), filled_in.rules_skipped.end(),
                     "CLOSURE-WITHOUT-DISCUSSION") == 1);
    const CheckResult no_review = check(plan("", "", ""), "", true);
    CHECK(summary(no_review, review_rules) == std::vector<std::string>{"REVIEW-DATE-MISSING@1:1"});
}

TEST_CASE("a suppression with a reason before the first section silences the review rules") {
    const std::string title = "# Child's plan for Megan\n";
    const std::string text = document(
        "child-plan", "test-all-rules",
        title +
            "<!-- cpdoc-disable CLOSURE-WITHOUT-DISCUSSION: closure agreed at the review "
            "conference on 10 November -->\n"
            "<!-- cpdoc-disable REVIEW-DATE-MISSING: no review, the plan ends at closure -->\n" +
            plan_sections.substr(title.size()),
        "date: 2026-11-02\nstatus: closing\n");
    const CheckResult result = check(text);
    CHECK(summary(result).empty());
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].rule_id == "REVIEW-DATE-MISSING");
    CHECK(result.findings[0].suppression_reason == "no review, the plan ends at closure");
    CHECK(result.findings[1].rule_id == "CLOSURE-WITHOUT-DISCUSSION");
    CHECK(result.findings[1].suppressed);
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: a discussion still to happen is not one") {
    for (const std::string text : {"N/A", "To be discussed at the next core group."}) {
        INFO(text);
        CHECK(summary(check(plan("## Closure discussion\n" + text + "\n")), review_rules) ==
              std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@33:4"});
    }
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: minutes that never discuss closing, or of one agency "
          "under two names, are not the discussion") {
    std::string silent_sections = minute_sections;
    silent_sections.replace(silent_sections.find("Close the case on the system"), 28,
                            "Send the minutes to the GP");
    const CheckResult silent = check(document(
        "core-group-minutes", "test-all-rules",
        silent_sections + "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                          "- Present: Mark Evans, Head Teacher, Greenfield Primary School\n",
        "date: 2026-11-16\nnext-meeting: 2026-12-07\nstatus: closing\n"));
    CHECK(summary(silent, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});

    const CheckResult one_agency =
        check(minutes("- Chair: Alison Reid, Team Manager, Social Work\n"
                      "- Present: Tom Clarke, Social Worker, Social Work Services\n"));
    CHECK(summary(one_agency, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@7:9"});
}

TEST_CASE("CLOSURE-WITHOUT-DISCUSSION: a discussion within one agency is not multi-agency") {
    const CheckResult result =
        check(plan("## Closure discussion\nAlison Reid and her team manager agreed in "
                   "supervision on 10 November that the case can close as Megan is doing "
                   "well.\n"));
    CHECK(summary(result, review_rules) ==
          std::vector<std::string>{"CLOSURE-WITHOUT-DISCUSSION@33:4"});
    CHECK_THAT(findings(result, "CLOSURE-WITHOUT-DISCUSSION")[0].message,
               Catch::StartsWith("the closure discussion names only one agency"));
}
