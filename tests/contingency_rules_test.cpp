// CONTINGENCY-MISSING, CONTINGENCY-VAGUE.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> contingency_rules = {"CONTINGENCY-MISSING", "CONTINGENCY-VAGUE"};

// Everything a child's plan needs but its contingency plan. The title is line 8; what
// `plan()` is given starts on line 27.
const std::string plan_sections =
    "# Child's plan for Megan\n"
    "## Named people\n"
    "- Lead professional: Alison Reid, Social Worker, Social Work\n"
    "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n"
    "## Child's views\n"
    "Megan (7) told her teacher on 12 November that she is scared when Dad shouts.\n"
    "## Objectives\n"
    "- Megan is safe at home\n"
    "  - Need: Megan has been exposed to domestic abuse at home\n"
    "  - Outcome: Megan sleeps in her own bed in a clean, hazard-free room every night\n"
    "  - Measure: home visits twice a week, bedroom seen each time\n"
    "  - Owner: Alison Reid\n"
    "  - Due: 2027-01-29\n"
    "## Information sharing\n"
    "- Police disclosure of 3 November shared with school\n"
    "  - Decision: share\n"
    "  - With: Greenfield Primary School\n"
    "  - Reason: relevant to the school's safeguarding of Megan\n"
    "  - Family informed: yes\n";

std::string plan(const std::string& tail) {
    return document("child-plan", "test-all-rules", plan_sections + tail,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n");
}

// The heading is line 27, the record's title line 28, its fields lines 29-31.
std::string contingency(const std::string& trigger, const std::string& response,
                        const std::string& owner) {
    return "## Contingency plan\n- Three visits with no access\n  - Trigger: " + trigger +
           "\n  - Response: " + response + "\n  - Owner: " + owner + "\n";
}

const std::string good_contingency =
    contingency("three visits with no access in any 14 days",
                "core group reconvened within 3 working days", "Alison Reid");

} // namespace

TEST_CASE("a contingency with a trigger, a response and a named owner passes") {
    const CheckResult result = check(plan(good_contingency));
    CHECK(summary(result).empty());
}

TEST_CASE("CONTINGENCY-MISSING: no contingency plan is reported at the title") {
    const CheckResult result = check(plan(""));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@8:1"});
    CHECK_THAT(findings(result, "CONTINGENCY-MISSING")[0].message,
               Catch::Contains("add `## Contingency plan`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CONTINGENCY-MISSING
}

TEST_CASE("CONTINGENCY-MISSING: with no title it is reported at the top of the document") {
    const CheckResult result =
        check(document("child-plan", "test-all-rules",
                       plan_sections.substr(plan_sections.find('\n') + 1), // drop the title
                       "date: 2026-11-02\nnext-review: 2027-02-01\n"));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@1:1"});
}

TEST_CASE("CONTINGENCY-MISSING: an empty contingency plan is reported at its heading") {
    const CheckResult result = check(plan("## Contingency plan\n"));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@27:4"});
    CHECK_THAT(findings(result, "CONTINGENCY-MISSING")[0].message,
               Catch::Contains("the contingency plan is empty"));
}

TEST_CASE("CONTINGENCY-MISSING: minutes need a contingency plan too, a chronology does not") {
    const CheckResult minutes = check(document("core-group-minutes", "test-all-rules",
                                               "# Core group meeting for Megan\n## Attendance\n"
                                               "- Chair: Alison Reid, Team Manager, Social Work\n",
                                               "date: 2026-11-16\nnext-meeting: 2026-12-07\n"));
    CHECK(summary(minutes, {"CONTINGENCY-MISSING"}) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@8:1"});
    const CheckResult chronology =
        check(document("chronology", "test-all-rules",
                       "# Chronology\n| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                       "| 2026-11-02 | visit-seen | Megan seen at home | Social Work |\n"));
    CHECK(summary(chronology, contingency_rules).empty());
}

TEST_CASE("CONTINGENCY-VAGUE: a contingency plan written as prose has no records") {
    const CheckResult result =
        check(plan("## Contingency plan\nIf things deteriorate we will escalate to a manager.\n"));
    CHECK(summary(result, contingency_rules) == std::vector<std::string>{"CONTINGENCY-VAGUE@27:4"});
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message,
               Catch::Contains("no records") && Catch::Contains("`Trigger:`"));
}

TEST_CASE("CONTINGENCY-VAGUE: one contingency written as the section's fields is one record") {
    const std::string flat = "## Contingency plan\n"
                             "- Trigger: Megan not seen by any agency for 7 days\n"
                             "- Response: joint unannounced visit by social work and police the "
                             "same day\n"
                             "- Owner: Alison Reid\n";
    CHECK(summary(check(plan(flat)), contingency_rules).empty());
    // Its fields are checked as a record's: a vague response is still vague.
    const CheckResult vague = check(plan("## Contingency plan\n- Trigger: Megan not seen for 7 "
                                         "days\n- Response: monitor\n- Owner: Alison Reid\n"));
    CHECK(summary(vague, contingency_rules) == std::vector<std::string>{"CONTINGENCY-VAGUE@29:13"});
    // Two contingencies written so are not one: the section has no records.
    const CheckResult two = check(plan(
        "## Contingency plan\n- Trigger: Megan not seen for 7 days\n- Response: visit the same "
        "day with police\n- Owner: Alison Reid\n- Trigger: Mr Hughes returns home\n- Response: "
        "strategy discussion the same day\n- Owner: Alison Reid\n"));
    CHECK(summary(two, contingency_rules) == std::vector<std::string>{"CONTINGENCY-VAGUE@27:4"});
}

TEST_CASE("CONTINGENCY-VAGUE: missing fields are named at the record's title") {
    const CheckResult result =
        check(plan("## Contingency plan\n- Megan misses nursery\n"
                   "  - Trigger: Megan misses two consecutive days at nursery\n"
                   "- Mr Hughes returns to the home\n"));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@28:3", "CONTINGENCY-VAGUE@30:3"});
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    CHECK_THAT(found[0].message, Catch::Contains("no `Response:`, `Owner:`"));
    CHECK_THAT(found[1].message, Catch::Contains("no `Trigger:`, `Response:`, `Owner:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to CONTINGENCY-VAGUE
}

TEST_CASE("CONTINGENCY-VAGUE: an empty field is a missing field") {
    const CheckResult result =
        check(plan(contingency("three visits with no access in any 14 days", "", "Alison Reid")));
    CHECK(summary(result, contingency_rules) == std::vector<std::string>{"CONTINGENCY-VAGUE@28:3"});
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message, Catch::Contains("no `Response:`"));
}

TEST_CASE("CONTINGENCY-VAGUE: placeholder text is reported at the value") {
    const CheckResult result = check(plan(contingency("N/A", "to be discussed", "TBC")));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@29:14", "CONTINGENCY-VAGUE@30:15",
                                   "CONTINGENCY-VAGUE@31:12"});
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    CHECK_THAT(found[0].message, Catch::Contains("`N/A` is not a trigger"));
    CHECK_THAT(found[1].message, Catch::Contains("`to be discussed` is not a response"));
    CHECK_THAT(found[2].message, Catch::Contains("`TBC` is not an owner: name the person who "
                                                 "will act"));
}

TEST_CASE("CONTINGENCY-VAGUE: a short trigger or response carried by a vague word") {
    const CheckResult result =
        check(plan(contingency("if things deteriorate", "escalate if needed", "Alison Reid")));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@29:14", "CONTINGENCY-VAGUE@30:15"});
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message,
               Catch::StartsWith("`if things deteriorate` is too vague to act on"));
    // The same words in a trigger that says what will be seen are not vague.
    CHECK(summary(check(plan(contingency(
                      "Megan misses two days of nursery in a row, or her weight falls further",
                      "unannounced home visit the same day; if Megan is not seen, police are "
                      "asked to escalate to a welfare check",
                      "Alison Reid"))),
                  contingency_rules)
              .empty());
}

TEST_CASE("CONTINGENCY-VAGUE: an agency, a role or two people are not one named owner") {
    const std::string trigger = "Megan misses two consecutive days at nursery";
    const std::string response = "unannounced home visit the same day";
    const CheckResult result = check(plan(
        "## Contingency plan\n- A\n  - Trigger: " + trigger + "\n  - Response: " + response +
        "\n  - Owner: Social Work\n- B\n  - Trigger: " + trigger + "\n  - Response: " + response +
        "\n  - Owner: Team Manager\n- C\n  - Trigger: " + trigger + "\n  - Response: " + response +
        "\n  - Owner: Alison Reid and Jane Doe\n- D\n  - Trigger: " + trigger +
        "\n  - Response: " + response + "\n  - Owner: Jane Doe, Health Visitor, NHS\n"));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@31:12", "CONTINGENCY-VAGUE@35:12",
                                   "CONTINGENCY-VAGUE@39:12"});
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    CHECK_THAT(found[0].message, Catch::Contains("`Social Work` is not a named person"));
    CHECK_THAT(found[1].message, Catch::Contains("is a role"));
    CHECK_THAT(found[2].message, Catch::Contains("more than one person"));
}

TEST_CASE("contingency rules read the section and fields under the pack's aliases") {
    const CheckResult short_heading =
        check(plan("## Contingency\n- Megan misses nursery\n"
                   "  - If: Megan misses two consecutive days at nursery\n"
                   "  - Then: unannounced home visit the same day\n"
                   "  - Who: Alison Reid\n"));
    CHECK(summary(short_heading).empty());
    const CheckResult long_heading =
        check(plan("## What happens if the plan is not working\n- Megan misses nursery\n"
                   "  - When: Megan misses two consecutive days at nursery\n"
                   "  - Action: TBC\n"));
    CHECK(summary(long_heading, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@28:3", "CONTINGENCY-VAGUE@30:13"});
    CHECK_THAT(findings(long_heading, "CONTINGENCY-VAGUE")[0].message,
               Catch::Contains("no `Owner:`"));
}

TEST_CASE("CONTINGENCY-VAGUE is skipped in template mode, CONTINGENCY-MISSING is not") {
    const CheckResult filled_in =
        check(plan("## Contingency plan\n- {{ what would show the plan is not working }}\n"
                   "  - Trigger: {{ trigger }}\n  - Response: N/A\n"),
              "", true);
    CHECK(summary(filled_in, contingency_rules).empty());
    CHECK(std::count(filled_in.rules_skipped.begin(), filled_in.rules_skipped.end(),
                     "CONTINGENCY-VAGUE") == 1);
    const CheckResult no_section = check(plan(""), "", true);
    CHECK(summary(no_section, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@8:1"});
}

TEST_CASE("a suppression with a reason silences the contingency rules") {
    const CheckResult vague =
        check(plan("## Contingency plan\n"
                   "<!-- cpdoc-disable CONTINGENCY-VAGUE: owner to be named at conference on "
                   "20 November -->\n"
                   "- Three visits with no access\n"
                   "  - Trigger: three visits with no access in any 14 days\n"
                   "  - Response: core group reconvened within 3 working days\n"
                   "  - Owner: TBC\n"));
    CHECK(summary(vague, contingency_rules).empty());
    REQUIRE(vague.findings.size() == 1);
    CHECK(vague.findings[0].rule_id == "CONTINGENCY-VAGUE");
    CHECK(vague.findings[0].suppressed);
    CHECK(vague.findings[0].suppression_reason == "owner to be named at conference on 20 November");

    const std::string suppressed_missing =
        document("child-plan", "test-all-rules",
                 "# Interim plan for Megan\n"
                 "<!-- cpdoc-disable CONTINGENCY-MISSING: interim plan, contingency agreed at "
                 "the strategy discussion -->\n" +
                     plan_sections.substr(plan_sections.find('\n') + 1),
                 "date: 2026-11-02\nnext-review: 2027-02-01\n");
    CHECK(summary(check(suppressed_missing)).empty());
}

TEST_CASE("CONTINGENCY-VAGUE: triggers that restate the worry; a named meeting is a response") {
    const CheckResult result = check(
        plan(contingency("If Sophie does not engage with the plan",
                         "Elaine Murdoch requests an early review conference", "Alison Reid")));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@29:14"});
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a contingency's owner must be named among the people") {
    const CheckResult result =
        check(plan(contingency("three visits with no access in 14 days",
                               "core group within 3 working days", "Graeme Paterson")));
    CHECK(summary(result, {"ACTION-OWNER-UNKNOWN"}) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@31:12"});
}

TEST_CASE("CONTINGENCY-VAGUE: a trigger or response left to be decided later") {
    const CheckResult result =
        check(plan(contingency("Megan misses two days of nursery in a row",
                               "to be discussed at next meeting", "Alison Reid") +
                   "- Ms Hughes refuses a visit\n  - Trigger: Ms Hughes refuses a home visit\n"
                   "  - Response: Pending\n  - Owner: Alison Reid\n"));
    CHECK(summary(result, contingency_rules) ==
          std::vector<std::string>{"CONTINGENCY-VAGUE@30:15", "CONTINGENCY-VAGUE@34:15"});
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message,
               Catch::StartsWith("`to be discussed at next meeting` leaves the contingency to "
                                 "be decided later (\"to be discussed\")"));
}

TEST_CASE("CONTINGENCY-VAGUE: 'no improvement', 'concerns remain' and 'review' say nothing") {
    for (const auto& [trigger, response] : std::vector<std::pair<std::string, std::string>>{
             {"no improvement", "core group reconvened within 3 working days"},
             {"concerns remain", "core group reconvened within 3 working days"},
             {"three visits with no access in any 14 days", "review"}}) {
        CAPTURE(trigger, response);
        CHECK(findings(check(plan(contingency(trigger, response, "Alison Reid"))),
                       "CONTINGENCY-VAGUE")
                  .size() == 1);
    }
}
