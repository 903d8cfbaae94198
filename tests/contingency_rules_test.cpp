// CONTINGENCY-MISSING, CONTINGENCY-VAGUE. Each case is the base child's plan
// (tests/fixtures/base/child-plan.md) with its contingency plan rewritten, and states the
// findings it must raise at the line they are about.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

std::string plan_with_contingency(const std::string& section) {
    return with_section(base_document("child-plan"), "## Contingency plan", section);
}

std::string plan_without_contingency() {
    return plan_with_contingency("");
}

} // namespace

TEST_CASE("a contingency with a trigger, a response and a named owner passes") {
    check_expected(base_document("child-plan"));
}

TEST_CASE("CONTINGENCY-MISSING: no contingency plan is reported at the title") {
    const CheckResult result =
        check_expected(edited(plan_without_contingency(), "# Child's plan for Megan\n",
                              "# Child's plan for Megan\n"
                              "<!-- expect: CONTINGENCY-MISSING:1 -->\n"));
    CHECK_THAT(findings(result, "CONTINGENCY-MISSING")[0].message,
               Catch::Contains("add `## Contingency plan`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CONTINGENCY-MISSING
}

TEST_CASE("CONTINGENCY-MISSING: with no title it is reported at the top of the document") {
    check_expected(edited(plan_without_contingency(), "# Child's plan for Megan\n",
                          "<!-- expect-document: CONTINGENCY-MISSING -->\n"));
}

TEST_CASE("CONTINGENCY-MISSING: an empty contingency plan is reported at its heading") {
    const CheckResult result = check_expected(
        plan_with_contingency("## Contingency plan\n<!-- expect: CONTINGENCY-MISSING:4 -->\n"));
    CHECK_THAT(findings(result, "CONTINGENCY-MISSING")[0].message,
               Catch::Contains("the contingency plan is empty"));
}

TEST_CASE("CONTINGENCY-MISSING: minutes need a contingency plan too, a chronology does not") {
    check_expected(edited(with_section(base_document("minutes"), "## Contingency plan", ""),
                          "# Core group meeting for Megan\n",
                          "# Core group meeting for Megan\n"
                          "<!-- expect: CONTINGENCY-MISSING:1 -->\n"));
    check_expected(base_document("chronology"));
}

TEST_CASE("CONTINGENCY-VAGUE: a contingency plan written as prose has no records") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
<!-- expect: CONTINGENCY-VAGUE:4 -->
If things deteriorate we will escalate to a manager.
)"));
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message,
               Catch::Contains("no records") && Catch::Contains("`Trigger:`"));
}

TEST_CASE("CONTINGENCY-VAGUE: a contingency written as one sentence is read as one") {
    // The condition is the trigger, what follows it the response, who it names the owner.
    check_expected(plan_with_contingency(R"(## Contingency plan
- If Megan is absent from nursery for two days with no call, Alison Reid will visit unannounced the same day.
- Should Mr Hughes return to the home, Alison Reid to call a strategy discussion within one working day
- Two no-access visits in a row → joint unannounced visit with police that day (Alison Reid)
- If Megan is not seen by 4 December 2026 then a visit with police by Alison Reid
- Megan's attendance drops below 80% in a fortnight → Alison Reid makes an unannounced visit within 2 working days
- Mum refuses access twice in a row → core group reconvened within 3 working days (Lead: Alison Reid)
)"));
    // A paragraph of such sentences, with an owner written after one, is records too.
    check_expected(plan_with_contingency(R"(## Contingency plan
If Megan is not seen within 10 working days, Alison Reid will reconvene the core group within 3 working days. Owner: Alison Reid.
)"));
    // Read so, its parts are judged as fields are: vague, no one named, not one person.
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- If things deteriorate, we will review the plan.
  <!-- expect: CONTINGENCY-VAGUE:3, CONTINGENCY-VAGUE:6, CONTINGENCY-VAGUE:26 -->
- If Megan is not seen by Friday, police will carry out a welfare check.
  <!-- expect: CONTINGENCY-VAGUE:35 -->
- If needed, escalate.
  <!-- expect: CONTINGENCY-VAGUE:3 -->
)"));
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    REQUIRE(found.size() == 5);
    CHECK_THAT(found[0].message, Catch::Contains("no `Owner:`"));
    CHECK_THAT(found[1].message, Catch::Contains("`things deteriorate` is too vague"));
    CHECK_THAT(found[3].message, Catch::Contains("`police` is not a named person"));
    CHECK_THAT(found[4].message, Catch::Contains("no `Trigger:`, `Response:`, `Owner:`"));
}

TEST_CASE("CONTINGENCY-VAGUE: labels typed on one line among sentences are one contingency") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- **If:** things get worse **Then:** to be discussed **Who:** all
  <!-- expect: CONTINGENCY-VAGUE:11, CONTINGENCY-VAGUE:38, CONTINGENCY-VAGUE:63 -->
- If Megan is absent from nursery for two days with no call, Alison Reid will visit the same day.
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: labels typed on the lines of one item are its fields") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- **If:** Megan absent two days with no call
  **Then:** Alison Reid visits the same day
  **Who:** Alison Reid
)"));
    check_expected(plan_with_contingency(R"(## Contingency plan
- Megan absent two days with no call
  - What will happen: Alison Reid visits unannounced the same day
  - Who will do it: Alison Reid
  - Trigger: Megan absent two days with no call
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: one contingency written as the section's fields is one record") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- Trigger: Megan not seen by any agency for 7 days
- Response: joint unannounced visit by social work and police the same day
- Owner: Alison Reid
)"));
    // Its fields are checked as a record's: a vague response is still vague.
    check_expected(plan_with_contingency(R"(## Contingency plan
- Trigger: Megan not seen for 7 days
- Response: monitor
<!-- expect: CONTINGENCY-VAGUE:13 -->
- Owner: Alison Reid
)"));
    // Two contingencies written so are two, each starting where a field comes again (as a
    // Word form gives one table per contingency), each checked.
    check_expected(plan_with_contingency(R"(## Contingency plan
- Trigger: Megan not seen for 7 days
- Response: visit the same day with police
- Owner: Alison Reid
- Trigger: Mr Hughes returns home
- Response: escalate
<!-- expect: CONTINGENCY-VAGUE:13 -->
- Owner: all
<!-- expect: CONTINGENCY-VAGUE:10 -->
)"));
    // Titled by a field no contingency has, first in each ("Information | ..." in a form).
    check_expected(plan_with_contingency(R"(## Contingency plan
- Risk: Megan not seen
- Trigger: Megan not seen for 7 days
- Response: visit the same day with police
- Owner: Alison Reid
- Risk: Mr Hughes returns
<!-- expect: CONTINGENCY-VAGUE:9 -->
- Trigger: Mr Hughes returns home
- Owner: Alison Reid
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: a contingency titled by its trigger, or a table headed in words") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- Trigger: Megan not seen by any agency for 7 days
  - Response: joint unannounced visit by social work and police the same day
  - Owner: Alison Reid
)"));
    check_expected(plan_with_contingency(R"(## Contingency plan
| What would show the plan is not working | What will happen | Who |
| --- | --- | --- |
| Megan not seen for 7 days | Joint visit with police the same day | Alison Reid |
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: missing fields are named at the record's title") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- Megan misses nursery
  <!-- expect: CONTINGENCY-VAGUE:3 -->
  - Trigger: Megan misses two consecutive days at nursery
- Mr Hughes returns to the home
  <!-- expect: CONTINGENCY-VAGUE:3 -->
)"));
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("no `Response:`, `Owner:`"));
    CHECK_THAT(found[1].message, Catch::Contains("no `Trigger:`, `Response:`, `Owner:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to CONTINGENCY-VAGUE
}

TEST_CASE("CONTINGENCY-VAGUE: an empty field is a missing field") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  <!-- expect: CONTINGENCY-VAGUE:3 -->
  - Trigger: three visits with no access in any 14 days
  - Response: 
  - Owner: Alison Reid
)"));
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message, Catch::Contains("no `Response:`"));
}

TEST_CASE("CONTINGENCY-VAGUE: placeholder text is reported at the value") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: N/A
    <!-- expect: CONTINGENCY-VAGUE:14 -->
  - Response: to be discussed
    <!-- expect: CONTINGENCY-VAGUE:15 -->
  - Owner: TBC
    <!-- expect: CONTINGENCY-VAGUE:12 -->
)"));
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    REQUIRE(found.size() == 3);
    CHECK_THAT(found[0].message, Catch::Contains("`N/A` is not a trigger"));
    CHECK_THAT(found[1].message, Catch::Contains("`to be discussed` is not a response"));
    CHECK_THAT(found[2].message, Catch::Contains("`TBC` is not an owner: name the person who "
                                                 "will act"));
}

TEST_CASE("CONTINGENCY-VAGUE: a short trigger or response carried by a vague word") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: if things deteriorate
    <!-- expect: CONTINGENCY-VAGUE:14 -->
  - Response: escalate if needed
    <!-- expect: CONTINGENCY-VAGUE:15 -->
  - Owner: Alison Reid
)"));
    CHECK_THAT(findings(result, "CONTINGENCY-VAGUE")[0].message,
               Catch::StartsWith("`if things deteriorate` is too vague to act on"));
    // The same words in a trigger that says what will be seen are not vague.
    check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: Megan misses two days of nursery in a row, or her weight falls further
  - Response: unannounced home visit the same day; if Megan is not seen, police are asked to escalate to a welfare check
  - Owner: Alison Reid
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: an agency, a role or two people are not one named owner") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- A
  - Trigger: Megan misses two consecutive days at nursery
  - Response: unannounced home visit the same day
  - Owner: Social Work
    <!-- expect: CONTINGENCY-VAGUE:12 -->
- B
  - Trigger: Megan misses two consecutive days at nursery
  - Response: unannounced home visit the same day
  - Owner: Team Manager
    <!-- expect: CONTINGENCY-VAGUE:12 -->
- C
  - Trigger: Megan misses two consecutive days at nursery
  - Response: unannounced home visit the same day
  - Owner: Alison Reid and Jane Doe
    <!-- expect: CONTINGENCY-VAGUE:12 -->
- D
  - Trigger: Megan misses two consecutive days at nursery
  - Response: unannounced home visit the same day
  - Owner: Jane Doe, Health Visitor, NHS
)"));
    const auto found = findings(result, "CONTINGENCY-VAGUE");
    REQUIRE(found.size() == 3);
    CHECK_THAT(found[0].message, Catch::Contains("`Social Work` is not a named person"));
    CHECK_THAT(found[1].message, Catch::Contains("is a role"));
    CHECK_THAT(found[2].message, Catch::Contains("more than one person"));
}

TEST_CASE("contingency rules read the section and fields under the pack's aliases") {
    check_expected(plan_with_contingency(R"(## Contingency
- Megan misses nursery
  - If: Megan misses two consecutive days at nursery
  - Then: unannounced home visit the same day
  - Who: Alison Reid
)"));
    const CheckResult long_heading =
        check_expected(plan_with_contingency(R"(## What happens if the plan is not working
- Megan misses nursery
  <!-- expect: CONTINGENCY-VAGUE:3 -->
  - When: Megan misses two consecutive days at nursery
  - Action: TBC
    <!-- expect: CONTINGENCY-VAGUE:13 -->
)"));
    CHECK_THAT(findings(long_heading, "CONTINGENCY-VAGUE")[0].message,
               Catch::Contains("no `Owner:`"));
}

TEST_CASE("CONTINGENCY-VAGUE is skipped in template mode, CONTINGENCY-MISSING is not") {
    const CheckResult filled_in = check_expected(plan_with_contingency(R"(## Contingency plan
- {{ what would show the plan is not working }}
  <!-- expect: FIELD-MISSING:3 -->
  - Trigger: {{ trigger }}
  - Response: N/A
    <!-- expect: FIELD-MISSING:15 -->
)"),
                                                 "", true);
    CHECK(std::count(filled_in.rules_skipped.begin(), filled_in.rules_skipped.end(),
                     "CONTINGENCY-VAGUE") == 1);
    check_expected(edited(plan_without_contingency(), "# Child's plan for Megan\n",
                          "# Child's plan for Megan\n"
                          "<!-- expect: CONTINGENCY-MISSING:1 -->\n"),
                   "", true);
}

TEST_CASE("a suppression with a reason silences the contingency rules") {
    const CheckResult vague = check_expected(plan_with_contingency(R"(## Contingency plan
<!-- cpdoc-disable CONTINGENCY-VAGUE: owner to be named at conference on 20 November -->
- Three visits with no access
  - Trigger: three visits with no access in any 14 days
  - Response: core group reconvened within 3 working days
  - Owner: TBC
)"));
    REQUIRE(vague.findings.size() == 1);
    CHECK(vague.findings[0].rule_id == "CONTINGENCY-VAGUE");
    CHECK(vague.findings[0].suppressed);
    CHECK(vague.findings[0].suppression_reason == "owner to be named at conference on 20 November");

    check_expected(edited(plan_without_contingency(), "# Child's plan for Megan\n",
                          "# Interim plan for Megan\n"
                          "<!-- cpdoc-disable CONTINGENCY-MISSING: interim plan, contingency "
                          "agreed at the strategy discussion -->\n"));
}

TEST_CASE("CONTINGENCY-VAGUE: triggers that restate the worry, a named meeting is a response") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: If Sophie does not engage with the plan
    <!-- expect: CONTINGENCY-VAGUE:14 -->
  - Response: Elaine Murdoch requests an early review conference
  - Owner: Alison Reid
)"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a contingency's owner must be named among the people") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: three visits with no access in 14 days
  - Response: core group within 3 working days
  - Owner: Graeme Paterson
    <!-- expect: ACTION-OWNER-UNKNOWN:12 -->
)"));
}

TEST_CASE("CONTINGENCY-VAGUE: a trigger or response left to be decided later") {
    const CheckResult result = check_expected(plan_with_contingency(R"(## Contingency plan
- Three visits with no access
  - Trigger: Megan misses two days of nursery in a row
  - Response: to be discussed at next meeting
    <!-- expect: CONTINGENCY-VAGUE:15 -->
  - Owner: Alison Reid
- Ms Hughes refuses a visit
  - Trigger: Ms Hughes refuses a home visit
  - Response: Pending
    <!-- expect: CONTINGENCY-VAGUE:15 -->
  - Owner: Alison Reid
)"));
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
        const std::string expect = "    <!-- expect: CONTINGENCY-VAGUE -->\n";
        const bool vague_trigger = response != "review";
        check_expected(plan_with_contingency(
            "## Contingency plan\n- Three visits with no access\n  - Trigger: " + trigger + "\n" +
            (vague_trigger ? expect : "") + "  - Response: " + response + "\n" +
            (vague_trigger ? "" : expect) + "  - Owner: Alison Reid\n"));
    }
}

TEST_CASE("CONTINGENCY-VAGUE: a long trigger or response is as vague as its hedge") {
    check_expected(plan_with_contingency(R"(## Contingency plan
- Things get worse
  - Trigger: If things deteriorate or the family continue not to engage with the plan agreed
    <!-- expect: CONTINGENCY-VAGUE:14 -->
  - Response: the case will be escalated to management and legal advice considered as appropriate
    <!-- expect: CONTINGENCY-VAGUE:15 -->
  - Owner: Alison Reid
)"));
}

TEST_CASE("CONTINGENCY-MISSING: a heading with a qualifier after a dash is the section") {
    for (const std::string heading :
         {"## Contingency plan – if things go wrong", "## Contingency plan - what happens if",
          "## Contingency: if the plan is not working", "## Contingency / what if"}) {
        INFO(heading);
        std::string text = base_document("child-plan");
        text.replace(text.find("## Contingency plan"), std::string("## Contingency plan").size(),
                     heading);
        check_expected(text);
    }
}
