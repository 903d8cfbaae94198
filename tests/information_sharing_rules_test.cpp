// INFO-SHARING-DECISION, INFO-SHARING-REASON, INFO-SHARING-FAMILY.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> sharing_rules = {"INFO-SHARING-DECISION", "INFO-SHARING-REASON",
                                                "INFO-SHARING-FAMILY"};

// Everything a child's plan needs but its information-sharing decisions. The title is line 8;
// what `plan()` is given starts on line 26.
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
    "## Contingency plan\n"
    "- Three visits with no access\n"
    "  - Trigger: three visits with no access in any 14 days\n"
    "  - Response: core group reconvened within 3 working days\n"
    "  - Owner: Alison Reid\n";

std::string plan(const std::string& tail) {
    return document("child-plan", "test-all-rules", plan_sections + tail,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n");
}

// The heading is line 26, the first record's title line 27 and its fields lines 28-31
// (Decision, With, Reason, Family informed), the next record's title line 32.
std::string sharing(const std::string& records) {
    return plan("## Information sharing\n" + records);
}

std::string decision(const std::string& decision, const std::string& reason,
                     const std::string& family_informed) {
    return "- Police disclosure of 3 November\n  - Decision: " + decision +
           "\n  - With: Greenfield Primary School\n  - Reason: " + reason +
           "\n  - Family informed: " + family_informed + "\n";
}

const std::string reason = "relevant to the school's safeguarding of Megan";

} // namespace

TEST_CASE("decisions to share and not to share, with reasons, pass") {
    const CheckResult result = check(sharing(
        decision("share", reason, "yes") +
        decision("do not share \xE2\x80\x94 the address stays with social work",
                 "Ms Hughes's new address would put her at risk if Mr Hughes learned it",
                 "no \xE2\x80\x94 telling Mr Hughes would put Megan and her mother at risk")));
    CHECK(summary(result).empty());
}

TEST_CASE("INFO-SHARING-DECISION: a record with no decision is reported at its title") {
    const CheckResult result =
        check(sharing("- Police disclosure of 3 November\n  - With: Greenfield Primary School\n"
                      "  - Reason: " +
                      reason + "\n  - Family informed: yes\n" + decision("", reason, "yes")));
    CHECK(summary(result, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-DECISION@27:3", "INFO-SHARING-DECISION@31:3"});
    CHECK_THAT(findings(result, "INFO-SHARING-DECISION")[0].message,
               Catch::Contains("no `Decision:`") && Catch::Contains("`do not share`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to INFO-SHARING-DECISION
}

TEST_CASE("INFO-SHARING-DECISION: text that is not a decision is reported at the value") {
    const CheckResult result = check(sharing(decision("discussed", reason, "yes") +
                                             decision("to be agreed with police", reason, "yes")));
    CHECK(summary(result, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-DECISION@28:15", "INFO-SHARING-DECISION@33:15"});
    const auto found = findings(result, "INFO-SHARING-DECISION");
    CHECK_THAT(found[0].message, Catch::Contains("`discussed` is not a decision"));
    CHECK_THAT(found[1].message, Catch::Contains("`to be agreed with police` is not a decision"));
}

TEST_CASE("INFO-SHARING-DECISION: the ways a decision is written") {
    std::string records;
    for (const char* written :
         {"Share.", "shared", "Do not share", "don't share (consent refused)", "not shared",
          "withheld, pending the strategy discussion", "Will not share - risk to Megan",
          "declined: request was not proportionate", "Shared without consent",
          "share with consent"})
        records += decision(written, reason, "yes");
    CHECK(summary(check(sharing(records)), sharing_rules).empty());
}

TEST_CASE("INFO-SHARING-DECISION: a decision as a meeting records it") {
    std::string records;
    for (const char* written : {"Agreed to share", "It was agreed to share with consent",
                                "Yes, share", "No - do not share", "agreed: not to share"})
        records += decision(written, reason, "yes");
    CHECK(summary(check(sharing(records)), sharing_rules).empty());
    // Agreement alone, or a bare yes, is not a decision to share or not to share.
    const CheckResult bare =
        check(sharing(decision("Agreed", reason, "yes") + decision("Yes", reason, "yes")));
    CHECK(findings(bare, "INFO-SHARING-DECISION").size() == 2);
}

TEST_CASE("INFO-SHARING-REASON: a missing or placeholder reason") {
    const CheckResult result =
        check(sharing("- School attendance record\n  - Decision: share\n"
                      "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n"
                      "  - Family informed: yes\n" +
                      decision("share", "N/A", "yes") + decision("share", "as discussed", "yes") +
                      decision("share", "", "yes")));
    CHECK(summary(result, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-REASON@27:3", "INFO-SHARING-REASON@34:13",
                                   "INFO-SHARING-REASON@39:13", "INFO-SHARING-REASON@41:3"});
    const auto found = findings(result, "INFO-SHARING-REASON");
    CHECK_THAT(found[0].message, Catch::Contains("no `Reason:`"));
    CHECK_THAT(found[1].message, Catch::Contains("`N/A` is not a reason"));
    CHECK_THAT(found[2].message, Catch::Contains("`as discussed` is not a reason"));
}

TEST_CASE("INFO-SHARING-FAMILY: not recorded, not yes or no, or no without a reason") {
    const CheckResult result = check(sharing(
        "- School attendance record\n  - Decision: share\n"
        "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n"
        "  - Reason: " +
        reason + "\n" + decision("share", reason, "not yet") + decision("share", reason, "No") +
        decision("share", reason,
                 "no; Ms Hughes was told at the visit on 4 "
                 "November that school would be told") +
        decision("share", reason, "Yes, at the core group") +
        decision("share", reason, "no - N/A") + decision("share", reason, "partly")));
    CHECK(summary(result, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-FAMILY@27:3", "INFO-SHARING-FAMILY@35:22",
                                   "INFO-SHARING-FAMILY@40:22", "INFO-SHARING-FAMILY@55:22",
                                   "INFO-SHARING-FAMILY@60:22"});
    const auto found = findings(result, "INFO-SHARING-FAMILY");
    CHECK_THAT(found[0].message, Catch::Contains("whether the family was told"));
    CHECK_THAT(found[1].message, Catch::Contains("no reason is recorded")); // "not yet"
    CHECK_THAT(found[2].message, Catch::Contains("no reason is recorded"));
    CHECK_THAT(found[4].message, Catch::Contains("must be yes, or no with the reason"));
}

TEST_CASE("information-sharing rules read the section and fields under the pack's aliases") {
    const CheckResult good =
        check(plan("## Information-sharing decisions\n- Police disclosure of 3 November\n"
                   "  - Decision: share\n  - Shared with: Greenfield Primary School\n"
                   "  - Why: " +
                   reason + "\n  - Parents informed: yes\n"));
    CHECK(summary(good).empty());
    const CheckResult bad =
        check(plan("## Sharing information\n- Police disclosure of 3 November\n"
                   "  - Decision: share\n  - Recipient: Greenfield Primary School\n"
                   "  - Rationale: see above\n  - Family told: no\n"));
    CHECK(summary(bad, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-REASON@30:16", "INFO-SHARING-FAMILY@31:18"});
}

TEST_CASE("information-sharing rules read minutes too") {
    const CheckResult result =
        check(document("core-group-minutes", "test-all-rules",
                       "# Core group meeting for Megan\n## Information sharing\n"
                       "- Minutes shared with the GP\n  - Decision: passed on\n"
                       "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n  - Reason: TBC\n"
                       "  - Family informed: no\n",
                       "date: 2026-11-16\nnext-meeting: 2026-12-07\n"));
    CHECK(summary(result, sharing_rules) == std::vector<std::string>{"INFO-SHARING-DECISION@11:15",
                                                                     "INFO-SHARING-REASON@13:13",
                                                                     "INFO-SHARING-FAMILY@14:22"});
}

TEST_CASE("with no information-sharing section the section rule speaks, not these") {
    const CheckResult result = check(plan(""));
    CHECK(summary(result, sharing_rules).empty());
    CHECK(summary(result, {"SECTION-MISSING"}) == std::vector<std::string>{"SECTION-MISSING@8:1"});
    CHECK_THAT(findings(result, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Information sharing`"));
}

TEST_CASE("information-sharing rules are skipped in template mode") {
    const CheckResult result =
        check(sharing("- {{ what is shared }}\n  - Decision: {{ share or do not share }}\n"
                      "  - With: {{ recipient }}\n  - Reason: {{ why }}\n"
                      "  - Family informed: {{ yes, or no with the reason }}\n- N/A\n"),
              "", true);
    CHECK(summary(result, sharing_rules).empty());
    for (const std::string& id : sharing_rules)
        CHECK(std::count(result.rules_skipped.begin(), result.rules_skipped.end(), id) == 1);
}

TEST_CASE("a suppression with a reason silences the information-sharing rules") {
    const CheckResult result =
        check(sharing("<!-- cpdoc-disable INFO-SHARING-FAMILY: Ms Hughes's whereabouts unknown, "
                      "to be told when found -->\n" +
                      decision("share", reason, "no")));
    CHECK(summary(result).empty());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule_id == "INFO-SHARING-FAMILY");
    CHECK(result.findings[0].suppressed);
    // Only in its own section: the same comment elsewhere leaves the finding.
    const CheckResult elsewhere = check(
        plan("## Information sharing\n" + decision("share", reason, "no") +
             "## Worker safety\n<!-- cpdoc-disable INFO-SHARING-FAMILY: not this section -->\n"
             "- [ ] Threats made to staff\n"));
    CHECK(summary(elsewhere, sharing_rules) ==
          std::vector<std::string>{"INFO-SHARING-FAMILY@31:22"});
}

TEST_CASE("a placeholder for the decision or the family's answer is one finding, not two") {
    const CheckResult result =
        check(sharing("- {{ what is shared }}\n  - Decision: {{ share or do not share }}\n"
                      "  - With: {{ with whom }}\n  - Reason: {{ why }}\n"
                      "  - Family informed: {{ yes, or no with the reason }}\n"));
    CHECK(summary(result, {"INFO-SHARING-DECISION", "INFO-SHARING-FAMILY"}).empty());
    CHECK(findings(result, "PLACEHOLDER-UNFILLED").size() == 5);
}
