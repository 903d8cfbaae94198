// SMART-SPECIFIC, SMART-MEASURABLE, SMART-ACHIEVABLE, SMART-RELEVANT, SMART-TIMEBOUND.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> smart = {"SMART-SPECIFIC", "SMART-MEASURABLE", "SMART-ACHIEVABLE",
                                        "SMART-RELEVANT", "SMART-TIMEBOUND"};

// Line 8 is the first objective's title; its fields follow on lines 9-13.
std::string plan(const std::string& objectives) {
    return document("child-plan", "test-all-rules", "# Plan\n## Objectives\n" + objectives,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n");
}

const std::string good_objective = "- Megan is safe at home\n"
                                   "  - Need: Megan has been exposed to domestic abuse at home\n"
                                   "  - Outcome: Megan sleeps in her own bed in a clean, "
                                   "hazard-free room every night\n"
                                   "  - Measure: home visits twice a week, bedroom seen each time\n"
                                   "  - Owner: Alison Reid, Social Worker, Social Work\n"
                                   "  - Due: 2027-01-29\n";

} // namespace

TEST_CASE("a SMART objective passes every SMART rule") {
    CHECK(summary(check(plan(good_objective)), smart).empty());
}

TEST_CASE("an objective with no fields fails each SMART rule at its title") {
    const CheckResult result = check(plan("- Keep Megan safe\n"));
    CHECK(summary(result, smart) ==
          std::vector<std::string>{"SMART-SPECIFIC@10:3", "SMART-MEASURABLE@10:3",
                                   "SMART-ACHIEVABLE@10:3", "SMART-RELEVANT@10:3",
                                   "SMART-TIMEBOUND@10:3"});
}

TEST_CASE("SMART-SPECIFIC: a vague outcome is reported at its value") {
    const CheckResult result =
        check(plan("- Home conditions\n  - Outcome: Improve home conditions\n"
                   "- Engagement\n  - Outcome: Mum to engage with services\n"
                   "- Attendance\n  - Outcome: Megan attends nursery at least "
                   "four days every week\n"));
    const auto found = findings(result, "SMART-SPECIFIC");
    REQUIRE(found.size() == 2);
    CHECK(found[0].pos == Position{11, 14});
    CHECK_THAT(found[0].message, Catch::Contains("\"improve\""));
    CHECK(found[1].pos == Position{13, 14});
    CHECK_THAT(found[1].message, Catch::Contains("\"engage with\""));
}

TEST_CASE("SMART-SPECIFIC: a placeholder phrase is not an outcome") {
    const CheckResult result = check(plan("- X\n  - Outcome: N/A\n"));
    CHECK(has(result, "SMART-SPECIFIC", 11));
}

TEST_CASE("SMART-MEASURABLE: missing, placeholder or unobservable measures") {
    const CheckResult result = check(plan("- A\n  - Measure: ongoing monitoring\n"
                                          "- B\n  - Measure: TBC\n"
                                          "- C\n  - Measure: attendance register above 90% each "
                                          "month\n"
                                          "- D\n  - Outcome: x\n"));
    CHECK(summary(result, {"SMART-MEASURABLE"}) ==
          std::vector<std::string>{"SMART-MEASURABLE@11:14", "SMART-MEASURABLE@13:14",
                                   "SMART-MEASURABLE@16:3"});
}

TEST_CASE("SMART-ACHIEVABLE: agencies, roles, 'all' and two people are not a named owner") {
    const CheckResult result = check(plan("- A\n  - Owner: all agencies\n"
                                          "- B\n  - Owner: Social Work\n"
                                          "- C\n  - Owner: Team Manager\n"
                                          "- D\n  - Owner: Alison Reid and Jane Doe\n"
                                          "- E\n  - Owner: Jane Doe\n"));
    CHECK(summary(result, {"SMART-ACHIEVABLE"}) ==
          std::vector<std::string>{"SMART-ACHIEVABLE@11:12", "SMART-ACHIEVABLE@13:12",
                                   "SMART-ACHIEVABLE@15:12", "SMART-ACHIEVABLE@17:12"});
    CHECK_THAT(findings(result, "SMART-ACHIEVABLE")[3].message,
               Catch::Contains("more than one person"));
}

TEST_CASE("SMART-RELEVANT: a need that is no need") {
    const CheckResult result = check(plan("- A\n  - Need: n/a\n- B\n  - Need: Neglect of "
                                          "Megan's health needs\n"));
    CHECK(summary(result, {"SMART-RELEVANT"}) == std::vector<std::string>{"SMART-RELEVANT@11:11"});
}

TEST_CASE("SMART-TIMEBOUND: non-dates, dates before the plan and after the review") {
    const CheckResult result = check(plan("- A\n  - Due: ongoing\n"
                                          "- B\n  - Due: 2026-11-01\n"
                                          "- C\n  - Due: 2026-11-02\n"
                                          "- D\n  - Due: 1 February 2027\n"
                                          "- E\n  - Due: 2027-02-02\n"));
    // A non-date is one slip, reported once, by DATE-INVALID (spec 1.1 section 3).
    CHECK(summary(result, {"SMART-TIMEBOUND", "DATE-INVALID"}) ==
          std::vector<std::string>{"DATE-INVALID@11:10", "SMART-TIMEBOUND@13:10",
                                   "SMART-TIMEBOUND@19:10"});
    const auto found = findings(result, "SMART-TIMEBOUND");
    CHECK_THAT(found[0].message, Catch::Contains("before the plan was agreed on 2 November 2026"));
    CHECK_THAT(found[1].message, Catch::Contains("after the next review on 1 February 2027"));
}

TEST_CASE("SMART-TIMEBOUND says a due date is not a date, with DATE-INVALID off too") {
    ParseResult parsed = parse_document(plan("- A\n  - Due: ASAP\n"));
    CheckOptions options;
    options.severity_overrides["DATE-INVALID"] = Severity::off;
    const CheckResult result = check_document(*parsed.document, packs(), options);
    CHECK(summary(result, {"SMART-TIMEBOUND"}) ==
          std::vector<std::string>{"SMART-TIMEBOUND@11:10"});
    CHECK_THAT(findings(result, "SMART-TIMEBOUND")[0].message,
               Catch::Contains("`ASAP` is not a due date"));
}

TEST_CASE("SMART rules read fields under the pack's aliases") {
    const CheckResult result = check(plan("- A\n  - Risk: Neglect\n  - What will be different: "
                                          "Megan is collected from nursery on time every day\n"
                                          "  - How we will know: nursery log of collection times\n"
                                          "  - Responsible: Jane Doe\n  - By when: 2027-01-15\n"));
    CHECK(summary(result, smart).empty());
}

TEST_CASE("SMART rules are skipped in template mode") {
    const CheckResult result = check(plan("- {{ objective }}\n"), "", true);
    CHECK(summary(result, smart).empty());
}

TEST_CASE("SMART-SPECIFIC: a short outcome carried by `safe` or `happy` says nothing seen") {
    const CheckResult result = check(plan("- A\n  - Outcome: Amelia is safe\n"
                                          "- B\n  - Outcome: Megan is happy and settled\n"));
    CHECK(summary(result, {"SMART-SPECIFIC"}) ==
          std::vector<std::string>{"SMART-SPECIFIC@11:14", "SMART-SPECIFIC@13:14"});
}

TEST_CASE("ACTION-OWNER-UNKNOWN: an objective's owner must be among the named people") {
    const std::string text = document(
        "child-plan", "test-all-rules",
        "# Plan\n## Named people\n- Lead professional: Claire Dunn, Social Worker, Social Work\n"
        "## Objectives\n- A\n  - Owner: Clare Dun\n- B\n  - Owner: Claire Dunn\n",
        "date: 2026-11-02\nnext-review: 2027-02-01\n");
    const CheckResult result = check(text);
    CHECK(summary(result, {"ACTION-OWNER-UNKNOWN"}) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@13:12"});
    CHECK(findings(result, "ACTION-OWNER-UNKNOWN")[0].message ==
          "`Clare Dun` is not named in the named people: did you mean `Claire Dunn`?");
}

TEST_CASE("SMART-SPECIFIC and SMART-MEASURABLE: inflected vague words, and measures of how "
          "things seem") {
    const CheckResult result = check(plan("- A\n  - Outcome: Noah's attendance improves\n"
                                          "- B\n  - Outcome: Sophie engages with services\n"
                                          "- C\n  - Measure: Mum will say things are better\n"
                                          "- D\n  - Measure: Noah appears happier\n"
                                          "- E\n  - Measure: social worker's view at the review\n"
                                          "- F\n  - Measure: health visitor's developmental "
                                          "assessment at 27 months\n"));
    // The findings at values (column 14); the records' other fields are missing on purpose.
    std::vector<std::string> at_values;
    for (const std::string& found : summary(result, {"SMART-SPECIFIC", "SMART-MEASURABLE"}))
        if (found.ends_with(":14"))
            at_values.push_back(found);
    CHECK(at_values == std::vector<std::string>{"SMART-SPECIFIC@11:14", "SMART-SPECIFIC@13:14",
                                                "SMART-MEASURABLE@15:14", "SMART-MEASURABLE@17:14",
                                                "SMART-MEASURABLE@19:14"});
}

TEST_CASE("SMART-SPECIFIC: a vague verb with a target anyone could check is specific") {
    const CheckResult result =
        check(plan("- Attendance\n  - Outcome: Megan's attendance improves to 95% or more\n"
                   "- Sleep\n  - Outcome: Megan is settled in bed by 8pm 5 nights a week\n"
                   "- Parenting\n  - Outcome: Improve parenting by 2027\n"
                   "- Needs\n  - Outcome: Megan's needs are met\n"));
    CHECK(summary(result, {"SMART-SPECIFIC"}) ==
          std::vector<std::string>{"SMART-SPECIFIC@15:14", "SMART-SPECIFIC@17:14"});
}
