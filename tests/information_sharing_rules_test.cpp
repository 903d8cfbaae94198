// INFO-SHARING-DECISION, INFO-SHARING-REASON, INFO-SHARING-FAMILY. Each case is a base document
// (tests/fixtures/base) with its information-sharing section rewritten, and states the findings
// it must raise at the line they are about.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> sharing_rules = {"INFO-SHARING-DECISION", "INFO-SHARING-REASON",
                                                "INFO-SHARING-FAMILY"};

// The base child's plan with this information-sharing section.
std::string sharing(const std::string& records) {
    return with_section(base_document("child-plan"), "## Information sharing",
                        "## Information sharing\n" + records);
}

// One record with this decision and a good reason, which the family was told of.
std::string decision(const std::string& decision) {
    return "- Police disclosure of 3 November\n  - Decision: " + decision +
           "\n  - With: Greenfield Primary School\n"
           "  - Reason: relevant to the school's safeguarding of Megan\n"
           "  - Family informed: yes\n";
}

} // namespace

TEST_CASE("decisions to share and not to share, with reasons, pass") {
    check_expected(sharing(R"(- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
- Police disclosure of 3 November
  - Decision: do not share — the address stays with social work
  - With: Greenfield Primary School
  - Reason: Ms Hughes's new address would put her at risk if Mr Hughes learned it
  - Family informed: no — telling Mr Hughes would put Megan and her mother at risk
)"));
}

TEST_CASE("a record's fields typed on its title's line, and 'nothing else shared', are read") {
    check_expected(sharing(
        "- **Police disclosure shared with school** \u2014 **Decision:** share; **With:** "
        "Greenfield Primary School; **Reason:** relevant to the school's safeguarding of Megan; "
        "**Family informed:** yes\n"
        "- Nothing else shared.\n"));
    // Read so, they are judged: a token reason is still one.
    check_expected(sharing(
        "- **Police disclosure** \u2014 **Decision:** share; **With:** school; **Reason:** as "
        "appropriate; **Family informed:** yes\n"
        "  <!-- expect: INFO-SHARING-REASON -->\n"));
}

TEST_CASE("INFO-SHARING-DECISION: a record with no decision is reported at its title") {
    const CheckResult result = check_expected(sharing(R"(- Police disclosure of 3 November
  <!-- expect: INFO-SHARING-DECISION:3 -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
- Police disclosure of 3 November
  <!-- expect: INFO-SHARING-DECISION:3 -->
  - Decision: 
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
)"));
    CHECK_THAT(findings(result, "INFO-SHARING-DECISION")[0].message,
               Catch::Contains("no `Decision:`") && Catch::Contains("`do not share`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to INFO-SHARING-DECISION
}

TEST_CASE("INFO-SHARING-DECISION: text that is not a decision is reported at the value") {
    const CheckResult result = check_expected(sharing(R"(- Police disclosure of 3 November
  - Decision: discussed
    <!-- expect: INFO-SHARING-DECISION:15 -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
- Police disclosure of 3 November
  - Decision: to be agreed with police
    <!-- expect: INFO-SHARING-DECISION:15 -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
)"));
    const auto found = findings(result, "INFO-SHARING-DECISION");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("`discussed` is not a decision"));
    CHECK_THAT(found[1].message, Catch::Contains("`to be agreed with police` is not a decision"));
}

TEST_CASE("INFO-SHARING-DECISION: the ways a decision is written") {
    std::string records;
    for (const char* written :
         {"Share.", "shared", "Do not share", "don't share (consent refused)", "not shared",
          "withheld, pending the strategy discussion", "Will not share - risk to Megan",
          "declined: request was not proportionate", "Shared without consent", "share with consent",
          "\u2612 Share \u2610 Do not share", "[ ] Share [x] Do not share"})
        records += decision(written);
    check_expected(sharing(records));
    // A form's boxes with none ticked, or both, decide nothing.
    check_expected(sharing(R"(- Police disclosure of 3 November
  - Decision: ☐ Share ☐ Do not share
    <!-- expect: INFO-SHARING-DECISION:15 -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
)"));
}

TEST_CASE("INFO-SHARING-DECISION: a decision as a meeting records it") {
    std::string records;
    for (const char* written : {"Agreed to share", "It was agreed to share with consent",
                                "Yes, share", "No - do not share", "agreed: not to share"})
        records += decision(written);
    check_expected(sharing(records));
    // Agreement alone, or a bare yes, is not a decision to share or not to share.
    check_expected(sharing(R"(- Police disclosure of 3 November
  - Decision: Agreed
    <!-- expect: INFO-SHARING-DECISION -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
- Police disclosure of 3 November
  - Decision: Yes
    <!-- expect: INFO-SHARING-DECISION -->
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: yes
)"));
}

TEST_CASE("INFO-SHARING-REASON: a missing or placeholder reason") {
    const CheckResult result = check_expected(sharing(R"(- School attendance record
  <!-- expect: INFO-SHARING-REASON:3 -->
  - Decision: share
  - With: Dr Sam Khan, GP, Riverside Medical Practice
  - Family informed: yes
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: N/A
    <!-- expect: INFO-SHARING-REASON:13 -->
  - Family informed: yes
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: as discussed
    <!-- expect: INFO-SHARING-REASON:13 -->
  - Family informed: yes
- Police disclosure of 3 November
  <!-- expect: INFO-SHARING-REASON:3 -->
  - Decision: share
  - With: Greenfield Primary School
  - Reason: 
  - Family informed: yes
)"));
    const auto found = findings(result, "INFO-SHARING-REASON");
    REQUIRE(found.size() == 4);
    CHECK_THAT(found[0].message, Catch::Contains("no `Reason:`"));
    CHECK_THAT(found[1].message, Catch::Contains("`N/A` is not a reason"));
    CHECK_THAT(found[2].message, Catch::Contains("`as discussed` is not a reason"));
}

TEST_CASE("INFO-SHARING-REASON: a heading or the bare fact of telling is not a reason") {
    // "Safeguarding", "need to know", "so HV is aware" would justify sharing anything with
    // anyone; a reason says why this goes to this recipient, whatever word it starts with.
    std::string records;
    const std::vector<std::pair<std::string, bool>> reasons = {
        {"safeguarding", true},
        {"Safeguarding.", true},
        {"Need to know", true},
        {"child protection", true},
        {"Police request", true},
        {"so HV is aware", true},
        {"to keep the school informed", true},
        {"To help", true},
        {"Standard", true},
        {"requested by police", true},
        {"safeguarding: Mr Hughes assaulted Ms Hughes in front of Megan on 3 November", false},
        {"the school needs to know who may collect Megan", false},
        {"Ms Hughes consented, and the GP needs it to review Megan's weight", false}};
    for (const auto& [reason, reported] : reasons)
        records += "- Police disclosure of 3 November\n  - Decision: share\n"
                   "  - With: Greenfield Primary School\n  - Reason: " +
                   reason + "\n" +
                   (reported ? "    <!-- expect: INFO-SHARING-REASON:13 -->\n" : "") +
                   "  - Family informed: yes\n";
    const CheckResult result = check_expected(sharing(records));
    const auto found = findings(result, "INFO-SHARING-REASON");
    REQUIRE(found.size() == 10);
    CHECK_THAT(found[0].message, Catch::StartsWith("`safeguarding` does not say why: record why "
                                                   "this information goes to this recipient"));
}

TEST_CASE("INFO-SHARING-FAMILY: not recorded, not yes or no, or no without a reason") {
    const CheckResult result = check_expected(sharing(R"(- School attendance record
  <!-- expect: INFO-SHARING-FAMILY:3 -->
  - Decision: share
  - With: Dr Sam Khan, GP, Riverside Medical Practice
  - Reason: relevant to the school's safeguarding of Megan
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: not yet
    <!-- expect: INFO-SHARING-FAMILY:22 -->
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: No
    <!-- expect: INFO-SHARING-FAMILY:22 -->
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: no; Ms Hughes was told at the visit on 4 November that school would be told
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: Yes, at the core group
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: no - N/A
    <!-- expect: INFO-SHARING-FAMILY:22 -->
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: partly
    <!-- expect: INFO-SHARING-FAMILY:22 -->
)"));
    const auto found = findings(result, "INFO-SHARING-FAMILY");
    REQUIRE(found.size() == 5);
    CHECK_THAT(found[0].message, Catch::Contains("whether the family was told"));
    CHECK_THAT(found[1].message, Catch::Contains("no reason is recorded")); // "not yet"
    CHECK_THAT(found[2].message, Catch::Contains("no reason is recorded"));
    CHECK_THAT(found[4].message, Catch::Contains("must be yes, or no with the reason"));
}

TEST_CASE("information-sharing rules read the section and fields under the pack's aliases") {
    check_expected(with_section(base_document("child-plan"), "## Information sharing",
                                R"(## Information-sharing decisions
- Police disclosure of 3 November
  - Decision: share
  - Shared with: Greenfield Primary School
  - Why: relevant to the school's safeguarding of Megan
  - Parents informed: yes
)"));
    check_expected(with_section(base_document("child-plan"), "## Information sharing",
                                R"(## Sharing information
- Police disclosure of 3 November
  - Decision: share
  - Recipient: Greenfield Primary School
  - Rationale: see above
    <!-- expect: INFO-SHARING-REASON:16 -->
  - Family told: no
    <!-- expect: INFO-SHARING-FAMILY:18 -->
)"));
}

TEST_CASE("information-sharing rules read minutes too") {
    check_expected(
        with_section(base_document("minutes"), "## Information sharing", R"(## Information sharing
- Minutes shared with the GP
  - Decision: passed on
    <!-- expect: INFO-SHARING-DECISION:15 -->
  - With: Dr Sam Khan, GP, Riverside Medical Practice
  - Reason: TBC
    <!-- expect: INFO-SHARING-REASON:13 -->
  - Family informed: no
    <!-- expect: INFO-SHARING-FAMILY:22 -->
)"));
}

TEST_CASE("with no information-sharing section the section rule speaks, not these") {
    const CheckResult result = check_expected(
        edited(with_section(base_document("child-plan"), "## Information sharing", ""),
               "# Child's plan for Megan\n",
               "# Child's plan for Megan\n<!-- expect: SECTION-MISSING:1 -->\n"));
    CHECK_THAT(findings(result, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Information sharing`"));
}

TEST_CASE("information-sharing rules are skipped in template mode") {
    const CheckResult result = check_expected(sharing(R"(- {{ what is shared }}
  - Decision: {{ share or do not share }}
  - With: {{ recipient }}
  - Reason: {{ why }}
  - Family informed: {{ yes, or no with the reason }}
- N/A
  <!-- expect: FIELD-MISSING:3, FIELD-MISSING:3, FIELD-MISSING:3, FIELD-MISSING:3 -->
)"),
                                              "", true);
    for (const std::string& id : sharing_rules)
        CHECK(std::count(result.rules_skipped.begin(), result.rules_skipped.end(), id) == 1);
}

TEST_CASE("a suppression with a reason silences the information-sharing rules") {
    const CheckResult result = check_expected(sharing(
        R"(<!-- cpdoc-disable INFO-SHARING-FAMILY: Ms Hughes's whereabouts unknown, to be told when found -->
- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: no
)"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule_id == "INFO-SHARING-FAMILY");
    CHECK(result.findings[0].suppressed);
    // Only in its own section: the same comment elsewhere leaves the finding.
    check_expected(sharing(R"(- Police disclosure of 3 November
  - Decision: share
  - With: Greenfield Primary School
  - Reason: relevant to the school's safeguarding of Megan
  - Family informed: no
    <!-- expect: INFO-SHARING-FAMILY:22 -->
## Worker safety
<!-- cpdoc-disable INFO-SHARING-FAMILY: not this section -->
- [ ] Threats made to staff
)"));
}

TEST_CASE("a placeholder for the decision or the family's answer is one finding, not two") {
    const CheckResult result = check_expected(sharing(R"(- {{ what is shared }}
  <!-- expect: PLACEHOLDER-UNFILLED -->
  - Decision: {{ share or do not share }}
    <!-- expect: PLACEHOLDER-UNFILLED -->
  - With: {{ with whom }}
    <!-- expect: PLACEHOLDER-UNFILLED -->
  - Reason: {{ why }}
    <!-- expect: PLACEHOLDER-UNFILLED -->
  - Family informed: {{ yes, or no with the reason }}
    <!-- expect: PLACEHOLDER-UNFILLED -->
)"));
    CHECK(findings(result, "PLACEHOLDER-UNFILLED").size() == 5);
}
