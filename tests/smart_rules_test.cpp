// SMART-SPECIFIC, SMART-MEASURABLE, SMART-ACHIEVABLE, SMART-RELEVANT, SMART-TIMEBOUND. Each case
// is the base child's plan (tests/fixtures/base/child-plan.md) with its objectives rewritten,
// and states the findings of the rules it is about at the line they are about: its records
// often have one field each, which the other SMART rules would report too.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> smart = {"SMART-SPECIFIC", "SMART-MEASURABLE", "SMART-ACHIEVABLE",
                                        "SMART-RELEVANT", "SMART-TIMEBOUND"};

// The base child's plan with these objectives.
std::string plan(const std::string& objectives) {
    return with_section(base_document("child-plan"), "## Objectives",
                        "## Objectives\n" + objectives);
}

std::vector<std::string> rule_ids(const CheckResult& result, const std::vector<std::string>& of) {
    std::vector<std::string> ids;
    for (const std::string& found : summary(result, of))
        ids.push_back(found.substr(0, found.find('@')));
    return ids;
}

} // namespace

TEST_CASE("a SMART objective passes every SMART rule") {
    check_expected_of(smart, plan(R"(- Megan is safe at home
  - Need: Megan has been exposed to domestic abuse at home
  - Outcome: Megan sleeps in her own bed in a clean, hazard-free room every night
  - Measure: home visits twice a week, bedroom seen each time
  - Owner: Alison Reid, Social Worker, Social Work
  - Due: 2027-01-29
)"));
}

TEST_CASE("an objective with no fields fails each SMART rule at its title") {
    const CheckResult result = check_expected_of(smart, plan(R"(- Keep Megan safe
  <!-- expect: SMART-SPECIFIC:3, SMART-MEASURABLE:3, SMART-ACHIEVABLE:3, SMART-RELEVANT:3, SMART-TIMEBOUND:3 -->
)"));
    CHECK(rule_ids(result, smart) == smart); // in this order
}

TEST_CASE("SMART-SPECIFIC: a vague outcome is reported at its value") {
    const CheckResult result = check_expected_of({"SMART-SPECIFIC"}, plan(R"(- Home conditions
  - Outcome: Improve home conditions
    <!-- expect: SMART-SPECIFIC:14 -->
- Engagement
  - Outcome: Mum to engage with services
    <!-- expect: SMART-SPECIFIC:14 -->
- Attendance
  - Outcome: Megan attends nursery at least four days every week
)"));
    const auto found = findings(result, "SMART-SPECIFIC");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("\"improve\""));
    CHECK_THAT(found[1].message, Catch::Contains("\"engage with\""));
}

TEST_CASE("SMART-SPECIFIC: an outcome that says what an adult will do") {
    // The outcome is what will be different for Megan; what her mother, a worker or an agency
    // does is the plan's support. Someone the plan names is an adult too (Alison, Jane Doe);
    // Megan, whom it does not name, is the child.
    const CheckResult result = check_expected_of({"SMART-SPECIFIC"}, plan(R"(- Health
  - Outcome: Mum will take Megan to all her asthma clinic appointments
    <!-- expect: SMART-SPECIFIC:14 -->
- Home
  - Outcome: Parents to keep the flat free of hazards at every visit
    <!-- expect: SMART-SPECIFIC:14 -->
- Visits
  - Outcome: Alison to visit twice a week and see Megan's bedroom
    <!-- expect: SMART-SPECIFIC:14 -->
- School
  - Outcome: Jane Doe will send the attendance register every Friday
    <!-- expect: SMART-SPECIFIC:14 -->
- Health visitor
  - Outcome: HV to weigh Megan at every clinic
    <!-- expect: SMART-SPECIFIC:14 -->
- Asthma
  - Outcome: Megan attends every asthma clinic appointment and is seen by the nurse
- Sleep
  - Outcome: Megan will sleep in her own bed every night, seen at each visit
- Attendance
  - Outcome: Megan's attendance rises to 95% by the end of term
)"));
    const auto found = findings(result, "SMART-SPECIFIC");
    REQUIRE(found.size() == 5);
    CHECK_THAT(found[0].message, Catch::Contains("says what `Mum` will do, not what will be "
                                                 "different for the child"));
    CHECK_THAT(found[2].message, Catch::Contains("says what `Alison` will do"));
}

TEST_CASE("SMART-SPECIFIC: a placeholder phrase is not an outcome") {
    check_expected_of({"SMART-SPECIFIC"}, plan(R"(- X
  - Outcome: N/A
    <!-- expect: SMART-SPECIFIC -->
)"));
}

TEST_CASE("SMART-MEASURABLE: missing, placeholder or unobservable measures") {
    check_expected_of({"SMART-MEASURABLE"}, plan(R"(- A
  - Measure: ongoing monitoring
    <!-- expect: SMART-MEASURABLE:14 -->
- B
  - Measure: TBC
    <!-- expect: SMART-MEASURABLE:14 -->
- C
  - Measure: attendance register above 90% each month
- D
  <!-- expect: SMART-MEASURABLE:3 -->
  - Outcome: x
- E
  - Measure: attendance improves
    <!-- expect: SMART-MEASURABLE:14 -->
- F
  - Measure: fewer missed appointments
    <!-- expect: SMART-MEASURABLE:14 -->
- G
  - Measure: Mum reports things are going well
    <!-- expect: SMART-MEASURABLE:14 -->
)"));
}

TEST_CASE("SMART-MEASURABLE: a measure that names only where to look") {
    const CheckResult result = check_expected_of({"SMART-MEASURABLE"}, plan(R"(- A
  - Measure: attendance
    <!-- expect: SMART-MEASURABLE:14 -->
- B
  - Measure: reports from school
    <!-- expect: SMART-MEASURABLE:14 -->
- C
  - Measure: diary
    <!-- expect: SMART-MEASURABLE:14 -->
- D
  - Measure: no new bruises seen
- E
  - Measure: bedtime chart seen weekly
- F
  - Measure: 95% attendance
- G
  - Measure: Mum keeps a diary of bedtimes, checked at each visit
)"));
    CHECK_THAT(findings(result, "SMART-MEASURABLE")[0].message,
               Catch::Contains("`attendance` does not say what will be seen or counted to "
                               "show the objective is met"));
}

TEST_CASE("SMART-SPECIFIC: outcomes that sound like outcomes but show nothing, or are an "
          "adult's") {
    const CheckResult result = check_expected_of({"SMART-SPECIFIC"}, plan(R"(- A
  - Outcome: Megan is protected from harm
    <!-- expect: SMART-SPECIFIC:14 -->
- B
  - Outcome: Megan's needs are being met
    <!-- expect: SMART-SPECIFIC:14 -->
- C
  - Outcome: Megan's weight will be monitored
    <!-- expect: SMART-SPECIFIC:14 -->
- D
  - Outcome: Home conditions are good enough
    <!-- expect: SMART-SPECIFIC:14 -->
- E
  - Outcome: Mum stops drinking
    <!-- expect: SMART-SPECIFIC:14 -->
- F
  - Outcome: Megan sleeps in her own bed every night, seen at each visit
- G
  - Outcome: Megan attends nursery 4 days a week
)"));
    CHECK_THAT(findings(result, "SMART-SPECIFIC")[4].message,
               Catch::Contains("says what `Mum` will do"));
}

TEST_CASE("SMART-ACHIEVABLE: agencies, roles, 'all' and two people are not a named owner") {
    const CheckResult result = check_expected_of({"SMART-ACHIEVABLE"}, plan(R"(- A
  - Owner: all agencies
    <!-- expect: SMART-ACHIEVABLE:12 -->
- B
  - Owner: Social Work
    <!-- expect: SMART-ACHIEVABLE:12 -->
- C
  - Owner: Team Manager
    <!-- expect: SMART-ACHIEVABLE:12 -->
- D
  - Owner: Alison Reid and Jane Doe
    <!-- expect: SMART-ACHIEVABLE:12 -->
- E
  - Owner: Jane Doe
)"));
    const auto found = findings(result, "SMART-ACHIEVABLE");
    REQUIRE(found.size() == 4);
    CHECK_THAT(found[3].message, Catch::Contains("more than one person"));
}

TEST_CASE("SMART-RELEVANT: a need that is no need") {
    check_expected_of({"SMART-RELEVANT"}, plan(R"(- A
  - Need: n/a
    <!-- expect: SMART-RELEVANT:11 -->
- B
  - Need: Neglect of Megan's health needs
- C
  - Need: School
    <!-- expect: SMART-RELEVANT:11 -->
- D
  - Need: home conditions
    <!-- expect: SMART-RELEVANT:11 -->
- E
  - Need: Megan is exposed to domestic abuse
)"));
}

TEST_CASE("SMART-TIMEBOUND: non-dates, dates before the plan and after the review") {
    // A non-date is one slip, reported once, by DATE-INVALID (spec 1.1 section 3).
    const CheckResult result = check_expected_of({"SMART-TIMEBOUND", "DATE-INVALID"}, plan(R"(- A
  - Due: ongoing
    <!-- expect: DATE-INVALID:10 -->
- B
  - Due: 2026-11-01
    <!-- expect: SMART-TIMEBOUND:10 -->
- C
  - Due: 2026-11-02
- D
  - Due: 1 February 2027
- E
  - Due: 2027-02-02
    <!-- expect: SMART-TIMEBOUND:10 -->
)"));
    const auto found = findings(result, "SMART-TIMEBOUND");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("before the plan was agreed on 2 November 2026"));
    CHECK_THAT(found[1].message, Catch::Contains("after the next review on 1 February 2027"));
}

TEST_CASE("SMART-TIMEBOUND says a due date is not a date, with DATE-INVALID off too") {
    const std::string text = plan(R"(- A
  - Due: ASAP
    <!-- expect: SMART-TIMEBOUND:10 -->
)");
    CheckOptions options;
    options.severity_overrides["DATE-INVALID"] = Severity::off;
    const CheckResult result = check_document(parse(text), packs(), options);
    compare_expected(text, result, {"SMART-TIMEBOUND"});
    CHECK_THAT(findings(result, "SMART-TIMEBOUND")[0].message,
               Catch::Contains("`ASAP` is not a due date"));
}

TEST_CASE("SMART rules read fields under the pack's aliases") {
    check_expected_of(smart, plan(R"(- A
  - Risk: Megan is left at nursery after it closes
  - What will be different: Megan is collected from nursery on time every day
  - How we will know: nursery log of collection times
  - Responsible: Jane Doe
  - By when: 2027-01-15
)"));
}

TEST_CASE("SMART rules read a field labelled with whom it is for") {
    // A form that labels the field for each child ("Outcome for Harvey") gives the Outcome; the
    // objective is judged on it, not passed over as having none.
    check_expected_of(smart, plan(R"(- A
  - Need: Megan is left at nursery after it closes
  - Outcome for Megan: Megan is collected from nursery on time every day
  - Measure: nursery log of collection times
  - Owner: Jane Doe
  - Due: 2027-01-15
- B
  - Need: Megan has missed 12 of the last 30 nursery days since Mum began drinking again
  - Outcome for Megan and Sam: Mum to engage with services
    <!-- expect: SMART-SPECIFIC:32 -->
  - Measure: nursery log of collection times
  - Owner: Jane Doe
  - Due: 2027-01-15
)"));
}

TEST_CASE("SMART rules are skipped in template mode") {
    check_expected_of(smart, plan("- {{ objective }}\n"), "", true);
}

TEST_CASE("SMART-SPECIFIC: a short outcome carried by `safe` or `happy` says nothing seen") {
    check_expected_of({"SMART-SPECIFIC"}, plan(R"(- A
  - Outcome: Amelia is safe
    <!-- expect: SMART-SPECIFIC:14 -->
- B
  - Outcome: Megan is happy and settled
    <!-- expect: SMART-SPECIFIC:14 -->
)"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: an objective's owner must be among the named people") {
    const CheckResult result = check_expected_of(
        {"ACTION-OWNER-UNKNOWN"},
        edited(plan(R"(- A
  - Owner: Clare Dun
    <!-- expect: ACTION-OWNER-UNKNOWN:12 -->
- B
  - Owner: Claire Dunn
)"),
               "## Named people\n",
               "## Named people\n- Core group member: Claire Dunn, Social Worker, Social Work\n"));
    CHECK(findings(result, "ACTION-OWNER-UNKNOWN")[0].message ==
          "`Clare Dun` is not named in the named people: did you mean `Claire Dunn`?");
}

TEST_CASE("SMART-SPECIFIC and SMART-MEASURABLE: inflected vague words, and measures of how "
          "things seem") {
    // The records' other fields are missing on purpose: each is reported at its title.
    check_expected_of({"SMART-SPECIFIC", "SMART-MEASURABLE"}, plan(R"(- A
  <!-- expect: SMART-MEASURABLE:3 -->
  - Outcome: Noah's attendance improves
    <!-- expect: SMART-SPECIFIC:14 -->
- B
  <!-- expect: SMART-MEASURABLE:3 -->
  - Outcome: Sophie engages with services
    <!-- expect: SMART-SPECIFIC:14 -->
- C
  <!-- expect: SMART-SPECIFIC:3 -->
  - Measure: Mum will say things are better
    <!-- expect: SMART-MEASURABLE:14 -->
- D
  <!-- expect: SMART-SPECIFIC:3 -->
  - Measure: Noah appears happier
    <!-- expect: SMART-MEASURABLE:14 -->
- E
  <!-- expect: SMART-SPECIFIC:3 -->
  - Measure: social worker's view at the review
    <!-- expect: SMART-MEASURABLE:14 -->
- F
  <!-- expect: SMART-SPECIFIC:3 -->
  - Measure: health visitor's developmental assessment at 27 months
)"));
}

TEST_CASE("SMART-SPECIFIC: a vague verb with a target anyone could check is specific") {
    check_expected_of({"SMART-SPECIFIC"}, plan(R"(- Attendance
  - Outcome: Megan's attendance improves to 95% or more
- Sleep
  - Outcome: Megan is settled in bed by 8pm 5 nights a week
- Parenting
  - Outcome: Improve parenting by 2027
    <!-- expect: SMART-SPECIFIC:14 -->
- Needs
  - Outcome: Megan's needs are met
    <!-- expect: SMART-SPECIFIC:14 -->
)"));
}

TEST_CASE("SMART-SPECIFIC and SMART-MEASURABLE: length is no detail when nothing is counted") {
    check_expected_of({"SMART-SPECIFIC", "SMART-MEASURABLE"}, plan(R"(- A
  - Outcome: Mum to engage with services and improve the home conditions as appropriate
    <!-- expect: SMART-SPECIFIC:14 -->
  - Measure: Professionals will continue to monitor the situation closely and review progress
    <!-- expect: SMART-MEASURABLE:14 -->
- B
  - Outcome: Mum and dad to engage with all of the services offered to them
    <!-- expect: SMART-SPECIFIC:14 -->
  - Measure: the school and nursery will report how the children are presenting as required
    <!-- expect: SMART-MEASURABLE:14 -->
- C
  - Outcome: Ruby is not shouted at or frightened at home and can name a safe adult
  - Measure: Ruby tells her teacher each week, recorded in the school's welfare log
- D
  - Outcome: Ruby engages with play therapy and attends all 8 sessions by March
  - Measure: attendance on the course register, reviewed at every core group
)"));
}
