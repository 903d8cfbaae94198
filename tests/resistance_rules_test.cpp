// RESISTANCE-CAUSE, TERM-DISGUISED-COMPLIANCE, ASSESSMENT-GAPS, WORKER-SAFETY. Each case is
// the base child's plan (tests/fixtures/base/child-plan.md) with sections added after it, and
// states the findings it must raise at the line they are about.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> resistance_rules = {"RESISTANCE-CAUSE", "TERM-DISGUISED-COMPLIANCE",
                                                   "ASSESSMENT-GAPS", "WORKER-SAFETY"};

// The base child's plan with these sections after its own.
std::string plan(const std::string& tail) {
    return base_document("child-plan") + tail;
}

// A pattern of resistance: the title, then Type, Who, Explanation and Impact on child, each
// followed by what it is expected to raise (an `<!-- expect -->` line, or nothing).
struct Expected {
    std::string title = {};
    std::string type = {};
    std::string who = {};
    std::string explanation = {};
    std::string impact = {};
};

std::string pattern(const std::string& type, const std::string& who, const std::string& explanation,
                    const std::string& impact, const Expected& expected = {}) {
    return "- Visits refused since October\n" + expected.title + "  - Type: " + type + "\n" +
           expected.type + "  - Who: " + who + "\n" + expected.who +
           "  - Explanation: " + explanation + "\n" + expected.explanation +
           "  - Impact on child: " + impact + "\n" + expected.impact;
}

// An expectation line for a pattern's field.
std::string expect(const std::string& rules) {
    return "    <!-- expect: " + rules + " -->\n";
}

const std::string good_pattern =
    pattern("failure-to-enable-contact", "Ms Hughes (mother)",
            "fears Megan will be removed, as her older son was in 2019",
            "Megan has not been seen at home for 5 weeks");

const std::string gaps = "## Assessment gaps\n- Megan's bedroom\n"
                         "  - Why: access to upstairs refused at all four visits\n";

// A `## Resistance` section after the plan's own (its heading followed by `heading_expected`),
// then the gaps.
std::string resistance(const std::string& records, const std::string& after = gaps,
                       const std::string& heading_expected = "") {
    return plan("## Resistance\n" + heading_expected + records + after);
}

std::string worker_safety(const std::string& content) {
    return plan("## Worker safety\n" + content);
}

} // namespace

TEST_CASE("resistance understood, its gaps and the workers' safety recorded, passes") {
    check_expected(resistance(good_pattern));
    check_expected(worker_safety("- [x] Threats made to staff\n"
                                 "- Shared with manager: 2026-11-10, Graham Moss\n"
                                 "- Safety plan: joint visits only, police informed\n"));
}

TEST_CASE("RESISTANCE-CAUSE: a label with no record is reported at the heading") {
    const CheckResult result =
        check_expected(resistance("Mum is non-engaging and will not let us in.\n", gaps,
                                  "<!-- expect: RESISTANCE-CAUSE:4 -->\n"));
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("without records") && Catch::Contains("`Explanation:`"));
}

TEST_CASE("RESISTANCE-CAUSE: a record that only names the resistance") {
    const CheckResult result = check_expected(
        resistance("- Mum is non-engaging\n  <!-- expect: RESISTANCE-CAUSE:3 -->\n"));
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("label only: add `Who:`, `Explanation:`, `Impact on child:`"));
}

TEST_CASE("RESISTANCE-CAUSE: placeholder text is no explanation") {
    const CheckResult result = check_expected(
        resistance(pattern("active-non-compliance", "Ms Hughes (mother)", "TBC", "see above",
                           {.title = "  <!-- expect: RESISTANCE-CAUSE:3 -->\n"})));
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("add `Explanation:`, `Impact on child:` so"));
}

TEST_CASE("RESISTANCE-CAUSE: an explanation of fewer than four words is a label") {
    const CheckResult result = check_expected(
        resistance(pattern("active-non-compliance", "Mr Hughes (father)", "he is resistant",
                           "Megan hears the arguments at the door",
                           {.explanation = expect("RESISTANCE-CAUSE:18")}) +
                   pattern("active-non-compliance", "Ms Hughes (mother)", "she fears losing Megan",
                           "Megan has not been seen at home for 5 weeks")));
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("`he is resistant` is a label"));
}

TEST_CASE("RESISTANCE-CAUSE: a type not in the policy, with a suggestion for a slip") {
    const CheckResult slip = check_expected(
        resistance(pattern("apparent-cooperaton", "Ms Hughes (mother)",
                           "agrees to every action but keeps none of the appointments",
                           "Megan's dental treatment is now four months late",
                           {.type = expect("RESISTANCE-CAUSE:11")})));
    CHECK_THAT(findings(slip, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("`apparent-cooperaton` is not a resistance type") &&
                   Catch::Contains("did you mean `apparent-cooperation`?"));

    const CheckResult unknown = check_expected(
        resistance(pattern("being difficult", "Ms Hughes (mother)",
                           "agrees to every action but keeps none of the appointments",
                           "Megan's dental treatment is now four months late",
                           {.type = expect("RESISTANCE-CAUSE:11")})));
    CHECK_THAT(findings(unknown, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("use one of failure-to-enable-contact active-non-compliance "
                               "apparent-cooperation threats-or-violence online-behaviour") &&
                   !Catch::Contains("did you mean"));
}

TEST_CASE("RESISTANCE-CAUSE: the section and fields are read under the pack's aliases") {
    check_expected(plan(R"(## Working with resistance
- Visits refused since October
  - Who: Ms Hughes (mother)
  - Understanding: fears Megan will be removed, as her son was in 2019
  - Impact: Megan has not been seen at home for 5 weeks
)" + gaps));
    check_expected(plan(R"(## Non-engagement
- Visits refused since October
  - Who: Ms Hughes (mother)
  - Why: she is hostile
    <!-- expect: RESISTANCE-CAUSE:10 -->
  - Impact: Megan has not been seen at home for 5 weeks
)" + gaps));
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: the bare label is reported where it is written") {
    const CheckResult prose = check_expected(plan(R"(## Social worker's analysis
Ms Hughes is showing disguised compliance.
<!-- expect: TERM-DISGUISED-COMPLIANCE:22 -->
)"));
    CHECK_THAT(findings(prose, "TERM-DISGUISED-COMPLIANCE")[0].message,
               Catch::Contains("describe the behaviour") &&
                   Catch::Contains("\"apparent cooperation\""));

    // And it explains nothing.
    check_expected(resistance(
        pattern("apparent-cooperation", "Ms Hughes (mother)", "Disguised-Compliance",
                "Megan's dental treatment is now four months late",
                {.explanation = expect("TERM-DISGUISED-COMPLIANCE:18, RESISTANCE-CAUSE")})));
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: the term beside a description of the behaviour passes") {
    check_expected(plan(R"(## Social worker's analysis
Ms Hughes agreed to every action at the meeting but has kept none of the four appointments since, which the referral called disguised compliance.

Ms Hughes's compliance with the written agreement about Mr Hughes has been good. Nothing is disguised.
)"));
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: a long sentence that only labels is still a label") {
    // Reported where the term stands, on the paragraph's second line.
    check_expected(plan(R"(## Social worker's analysis
At the core group on 16 November 2026, attended by the school, health visiting and social work,
everyone agreed that Sophie's mother is very clearly showing disguised compliance.
<!-- expect: TERM-DISGUISED-COMPLIANCE:62 -->
)"));
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: sentences around the label that say what happened") {
    check_expected(plan(R"(## Social worker's analysis
Ms Hughes agreed at the conference to take Megan to every appointment. She has missed all four since 2 November. The referral called this disguised compliance.
)"));
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: a label in one field of a pattern whose explanation "
          "says what happened passes") {
    check_expected(resistance(pattern(
        "apparent-cooperation", "Ms Hughes (mother)",
        "Ms Hughes agreed at the conference to take Megan to the dentist and has missed all "
        "three appointments since, saying each time that Megan was unwell",
        "Megan's tooth decay is untreated; the school calls this disguised compliance")));

    check_expected(resistance(pattern("apparent-cooperation", "Ms Hughes (mother)",
                                      "Ms Hughes is hard to work with",
                                      "Megan is affected by the disguised compliance",
                                      {.impact = expect("TERM-DISGUISED-COMPLIANCE:47")})));
}

TEST_CASE("ASSESSMENT-GAPS: resistance with no gaps recorded is reported at its heading") {
    const CheckResult result =
        check_expected(resistance(good_pattern, "", "<!-- expect: ASSESSMENT-GAPS:4 -->\n"));
    CHECK_THAT(findings(result, "ASSESSMENT-GAPS")[0].message,
               Catch::Contains("add `## Assessment gaps`"));
}

TEST_CASE("ASSESSMENT-GAPS: an empty or placeholder gaps section is reported at its heading") {
    for (const char* content : {"", "N/A\n", "None.\n"}) {
        CAPTURE(content);
        check_expected(resistance(good_pattern, "## Assessment gaps\n"
                                                "<!-- expect: ASSESSMENT-GAPS:4 -->\n" +
                                                    std::string(content)));
    }
}

TEST_CASE("ASSESSMENT-GAPS: a gap that does not say why") {
    const CheckResult result = check_expected(resistance(good_pattern, R"(## Assessment gaps
- Megan's bedroom
  <!-- expect: ASSESSMENT-GAPS:3 -->
- The home's food supply
  <!-- expect: ASSESSMENT-GAPS:3 -->
  - Why: none
- Mr Hughes's alcohol use
  - Reason: he has refused to meet any worker alone
)"));
    CHECK_THAT(findings(result, "ASSESSMENT-GAPS")[0].message, Catch::Contains("add `Why:`"));
}

TEST_CASE("ASSESSMENT-GAPS: gaps described in prose, or under an alias, pass") {
    check_expected(resistance(good_pattern, R"(## What could not be assessed
Megan's bedroom could not be seen: access upstairs was refused at all four visits.
)"));
}

TEST_CASE("ASSESSMENT-GAPS: with no resistance recorded no gaps are needed") {
    check_expected(plan(""));
    check_expected(plan("## Resistance\n"));
}

TEST_CASE("WORKER-SAFETY: a ticked risk with nothing else is reported at the heading") {
    const CheckResult result =
        check_expected(worker_safety(R"(<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->
- [x] Threats made to staff
- [ ] Dogs at the property
)"));
    const auto found = findings(result, "WORKER-SAFETY");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("not recorded as shared with a manager"));
    CHECK_THAT(found[1].message, Catch::Contains("no safety plan"));
}

TEST_CASE("WORKER-SAFETY: sharing needs a date and a name, the plan needs substance") {
    const CheckResult no_name = check_expected(worker_safety(R"(- [x] Threats made to staff
- Shared with manager: 2026-11-10
  <!-- expect: WORKER-SAFETY:24 -->
- Safety plan: TBC
  <!-- expect: WORKER-SAFETY:16 -->
)"));
    const CheckResult no_date = check_expected(worker_safety(R"(- [x] Threats made to staff
- Shared with manager: Graham Moss
  <!-- expect: WORKER-SAFETY:24 -->
- Safety plan: joint visits only, police informed
)"));
    CHECK_THAT(findings(no_date, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the record of sharing with a manager gives no date"));
    CHECK_THAT(findings(no_name, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the record of sharing with a manager does not name the "
                                 "manager"));
    check_expected(worker_safety(R"(- [x] Threats made to staff
- Shared with manager: Graham Moss on 10 November 2026
- Safety plan: office appointments only until the risk assessment
)"));
    check_expected(worker_safety(R"(- [x] Threats made to staff
- Shared with manager: 10 November 2026, Graham Moss, Team Manager
- Safety plan: office appointments only until the risk assessment
)"));
}

TEST_CASE("WORKER-SAFETY: the sharing and the plan told in one paragraph are read") {
    // As a minute taker types it in Word: what happened, then the labels, in one paragraph.
    check_expected(worker_safety(R"(- [x] Threats made to staff

Mr Hughes shouted at Alison in the street and said she would get hurt. Shared with manager: 10/11/2026, Graham Moss. Safety plan: joint visits only; police aware.
)"));
    // Still judged as fields: a plan to be decided later is no plan.
    check_expected(worker_safety(R"(- [x] Threats made to staff

Mr Hughes shouted at Alison. Shared with manager: 10/11/2026, Graham Moss. Safety plan: TBC
<!-- expect: WORKER-SAFETY:89 -->
)"));
}

TEST_CASE("WORKER-SAFETY: a risk answered yes to a question, as a form asks it") {
    // A question answered with tick boxes, or a line answered yes, is a ticked risk (no
    // threat word here: the answer says it).
    check_expected(worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n"
                                 "Dangerous dogs at the property? \u2612 Yes \u2610 No\n"));
    check_expected(worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n"
                                 "- Dangerous dogs at the property: yes\n"));
    // Answered no, or yes with the sharing and the plan run on after it: nothing missing.
    check_expected(worker_safety("Dangerous dogs at the property? \u2610 Yes \u2612 No\n"));
    check_expected(worker_safety(
        "- Dangerous dogs at the property: yes. Shared with manager: 10/11/2026, Graham Moss. "
        "Safety plan: joint visits only; dogs shut away before visits.\n"));
    // A form's table: a tick under Yes, or an answer column saying yes; a safeguard in place
    // answered yes is no risk.
    check_expected(worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n"
                                 "| Question | Yes | No |\n| --- | --- | --- |\n"
                                 "| Threats to a worker? | \u2610 | \u2612 |\n"
                                 "| Dangerous dogs at the property? | \u2612 | \u2610 |\n"));
    check_expected(worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n"
                                 "| Question | Answer |\n| --- | --- |\n"
                                 "| Threats to a worker? | Yes |\n"));
    check_expected(worker_safety("| Question | Yes | No |\n| --- | --- | --- |\n"
                                 "| Threats to a worker? | \u2610 | \u2612 |\n"
                                 "| Lone working risk assessment completed | \u2612 | \u2610 |\n"));
}

TEST_CASE("WORKER-SAFETY: a threat told in the Worker safety section itself") {
    check_expected(worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n"
                                 "Mum's partner threatened Alison, the social worker, on "
                                 "20/11/2026.\n"));
    check_expected(worker_safety(
        "Mum's partner threatened Alison on 20/11/2026. Shared with manager: 20/11/2026, Graham "
        "Moss. Safety plan: joint visits only; police aware.\n"));
    // Told in plain words: what the worker would "regret", standing in their face.
    for (const std::string told :
         {"Mr Hughes told Alison she would \"regret it\" if she came back.",
          "Mr Hughes stood inches from Alison's face in the hallway."}) {
        INFO(told);
        check_expected(
            worker_safety("<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->\n" + told + "\n"));
    }
    check_expected(worker_safety("Mum said she would be sorry to miss the next meeting.\n"));
    // Denied, even of the second thing listed, or asked and answered no.
    check_expected(worker_safety("There have been no threats or aggressive behaviour towards any "
                                 "worker. No safety plan is needed.\n"));
    check_expected(worker_safety("Any threats or violence towards staff? \u2610 Yes \u2612 No\n"));
    check_expected(worker_safety("- [ ] Threats made to the social worker\n"));
}

TEST_CASE("WORKER-SAFETY: nothing ticked, nothing needed") {
    check_expected(worker_safety("- [ ] Threats made to staff\n- [ ] Dogs at the property\n"));
}

TEST_CASE("WORKER-SAFETY: threats recorded as resistance need a worker-safety section") {
    const std::string threats =
        pattern("threats-or-violence", "Mr Hughes (father)",
                "blames social work for his son's removal in 2019 and threatened the worker",
                "Megan saw her father shout at the worker at the door",
                {.type = expect("WORKER-SAFETY:11")});
    const CheckResult result = check_expected(resistance(threats));
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::Contains("no `## Worker safety` section"));

    check_expected(resistance(
        pattern("threats-or-violence", "Mr Hughes (father)",
                "blames social work for his son's removal in 2019 and threatened the worker",
                "Megan saw her father shout at the worker at the door"),
        gaps + "## Staff safety\n- Shared with manager: 2026-11-10, Graham Moss\n"
               "- Safety plan: joint visits with police only\n"));
}

TEST_CASE("resistance rules are skipped in template mode, but not the wording rule") {
    // Banned wording in a template reaches every document made from it.
    const CheckResult result = check_expected(plan(R"(## Resistance
- {{ pattern }}
  - Type: {{ type }}
  - Explanation: disguised compliance
    <!-- expect: TERM-DISGUISED-COMPLIANCE:18 -->
## Assessment gaps
## Worker safety
- [x] Threats made to staff
)"),
                                              "", true);
    for (const std::string& id : resistance_rules)
        CHECK(std::count(result.rules_skipped.begin(), result.rules_skipped.end(), id) ==
              (id == "TERM-DISGUISED-COMPLIANCE" ? 0 : 1));
    // The guidance in a placeholder may name the term it warns against.
    check_expected(plan(R"(## Resistance
- {{ pattern }}
  - Type: {{ type }}
  - Explanation: {{ what happened; not 'disguised compliance' }}
## Assessment gaps
)"),
                   "", true);
}

TEST_CASE("a suppression with a reason silences the resistance rules") {
    const CheckResult result = check_expected(plan(R"(## Resistance
<!-- cpdoc-disable ASSESSMENT-GAPS: gaps are in the parenting assessment of 4 November -->
<!-- cpdoc-disable TERM-DISGUISED-COMPLIANCE: quoting the referral -->
<!-- cpdoc-disable RESISTANCE-CAUSE: explained in the parenting assessment -->
- Visits refused since October
  - Type: apparent-cooperation
  - Who: Ms Hughes (mother)
  - Explanation: what the referral called disguised compliance
  - Impact on child: Megan's dental treatment is now four months late
## Worker safety
<!-- cpdoc-disable WORKER-SAFETY: plan held by the police -->
- [x] Threats made to staff
)"));
    // gaps, the term, the label for an explanation, and two for worker safety
    CHECK(result.findings.size() == 5);
    for (const Finding& finding : result.findings)
        CHECK(finding.suppressed);
}

TEST_CASE("WORKER-SAFETY: a risk shared with someone the document names as no manager") {
    const CheckResult result = check_expected(worker_safety(R"(- [x] Threats made to staff
- Shared with manager: 2026-11-10, Alison Reid
  <!-- expect: WORKER-SAFETY:24 -->
- Safety plan: office appointments only until the risk assessment
)"));
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the risk was shared with Alison Reid, a Social Worker, not a "
                                 "manager"));
}

TEST_CASE("RESISTANCE-CAUSE: an explanation that only repeats a label") {
    check_expected(resistance(pattern("failure-to-enable-contact", "Ms Hughes (mother)",
                                      "Ms Hughes is not engaging with services.",
                                      "Megan has not been seen at home for five weeks",
                                      {.explanation = expect("RESISTANCE-CAUSE:18")})));
}

TEST_CASE("WORKER-SAFETY: a ticked denial or safeguard is no risk to workers") {
    check_expected(worker_safety(R"(- [x] No threats or violence towards staff
- [x] Lone working risk assessment completed
- [x] Visits agreed in pairs
)"));
    check_expected(worker_safety(R"(<!-- expect: WORKER-SAFETY:4, WORKER-SAFETY:4 -->
- [x] Lone working risk assessment completed
- [x] Dog in the home, aggressive at the last visit
)"));
}

TEST_CASE("WORKER-SAFETY: a threat told in a pattern's words is a risk to workers") {
    const CheckResult result = check_expected(resistance(pattern(
        "failure-to-enable-contact", "Mr Hughes (father)",
        "Mr Hughes refuses entry and threatened to stab the next social worker who came to the "
        "door, after the removal of his older son in 2019",
        "Megan has not been seen at home for 5 weeks",
        {.explanation = expect("WORKER-SAFETY:46")})));
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::Contains("no `## Worker safety` section"));
}

namespace {

// The base minutes, attended also by the worker Jo Bell and the mother Chelsea Barrow, with a
// discussion after their own sections followed by what it is expected to raise.
std::string minutes_discussing(const std::string& discussion, const std::string& expected = "") {
    return edited(base_document("minutes"), "## Attendance\n",
                  "## Attendance\n- Present: Jo Bell, Social Worker, Social Work\n"
                  "- Family: Chelsea Barrow (Mum)\n") +
           "## Discussion\n" + discussion + "\n" + expected;
}

} // namespace

TEST_CASE("WORKER-SAFETY: a threat to a worker told in the discussion is a risk to workers") {
    check_expected(minutes_discussing(
        "When Jo visited on 3 November Mr Barrow came to the door, swore at her and threatened "
        "her, saying she would 'end up in hospital' if she came back.",
        "<!-- expect: WORKER-SAFETY:76 -->\n"));
    check_expected(minutes_discussing("Mr Barrow threatened the social worker at the door.",
                                      "<!-- expect: WORKER-SAFETY:11 -->\n"));
    check_expected(
        minutes_discussing("He has a previous conviction for assault on an emergency worker.",
                           "<!-- expect: WORKER-SAFETY:34 -->\n"));
    // The passive, and a pronoun further on, as a blind tester wrote them.
    check_expected(minutes_discussing("The HV was assaulted by Mum's partner at the door.",
                                      "<!-- expect: WORKER-SAFETY:12 -->\n"));
    // A clause of its own that names only who did it: the pronoun means the one named before.
    check_expected(minutes_discussing("Jo left the house after Dad threatened her.",
                                      "<!-- expect: WORKER-SAFETY:29 -->\n"));
    check_expected(minutes_discussing("The HV left after she was assaulted by Dad.",
                                      "<!-- expect: WORKER-SAFETY:27 -->\n"));
    check_expected(minutes_discussing(
        "Dad was aggressive toward the SW and threatened to put him through the window.",
        "<!-- expect: WORKER-SAFETY:38 -->\n"));
    // Threats made without the word (PG38: "covert or implied"), as a blind tester wrote them:
    // whom they are against is in them, or is the worker named before.
    check_expected(minutes_discussing(
        "Dad shouted at Jo on the doorstep and said he would 'sort her out' if she came back.",
        "<!-- expect: WORKER-SAFETY:54 -->\n"));
    check_expected(minutes_discussing("Mr Barrow told Jo that he knows where social workers live.",
                                      "<!-- expect: WORKER-SAFETY:27 -->\n"));
    // Every threat of a clause is weighed, not only the vocabulary's first.
    check_expected(minutes_discussing(
        "Dad said Jo had better watch herself and that he knows where she lives.",
        "<!-- expect: WORKER-SAFETY:24 -->\n"));
    check_expected(minutes_discussing("Mr Barrow said he would kill the next social worker.",
                                      "<!-- expect: WORKER-SAFETY:25 -->\n"));
    // In a practitioner's own words (round 8): covert, implied, or about the worker's life
    // outside work.
    for (const auto& [said, column] : std::vector<std::pair<std::string, int>>{
             {"Dad said he would put a brick through the social worker's car window.", 25},
             {"Mum's partner said he would burn the house down with the social worker inside.", 29},
             {"Dad told the health visitor to get out or else and slammed the door on her hand.",
              52},
             {"Dad sent the social worker a Facebook message with a photo of her house.", 54}}) {
        INFO(said);
        check_expected(minutes_discussing(
            said, "<!-- expect: WORKER-SAFETY:" + std::to_string(column) + " -->\n"));
    }
    // Recorded with a manager and planned for, it passes.
    check_expected(
        minutes_discussing("Mr Barrow threatened the social worker at the door.\n## Worker safety\n"
                           "- Shared with manager: 2026-11-04, Alison Reid\n"
                           "- Safety plan: joint visits with police only"));
    // Written as prose, naming the manager and a safeguard, too; prose naming neither does not.
    check_expected(minutes_discussing(
        "Mr Barrow threatened the social worker at the door.\n## Worker safety\n"
        "Discussed with the Team Manager, Alison Reid, on 4 November. Risk assessment completed "
        "and visits in pairs agreed.\n"));
    // The plan told as a sentence, as a blind tester wrote it.
    check_expected(minutes_discussing(
        "Mr Barrow threatened the social worker at the door.\n## Worker safety\n"
        "Discussed with the Team Manager, Alison Reid, on 4 November. Jo will not visit alone and "
        "all visits will be joint with the health visitor.\n"));
    check_expected(
        minutes_discussing("Mr Barrow threatened the social worker at the door.\n## Worker safety\n"
                           "This was discussed.\n",
                           "<!-- expect@-3: WORKER-SAFETY:4 -->\n"
                           "<!-- expect@-4: WORKER-SAFETY:4 -->\n"));
}

TEST_CASE("WORKER-SAFETY: a threat told in the Resistance section's prose") {
    check_expected_of(
        {"WORKER-SAFETY"},
        with_section(base_document("minutes"), "## Attendance",
                     "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                     "- Present: Jo Bell, Social Worker, Social Work\n"
                     "## Resistance\nMr Barrow threatened the social worker at the door.\n"
                     "<!-- expect@-1: WORKER-SAFETY:11 -->\n"));
}

TEST_CASE("WORKER-SAFETY: threats between family members, or denied, are no risk to workers") {
    for (const std::string discussion :
         {"Chelsea said Dad threatened her during an argument; Jo advised her to call the police.",
          "Dad threatened Mum when the social worker was present.",
          "There is a history of violence between Mum and her ex-partner.",
          "No threats were made to staff at the visit.",
          "Chelsea reports that her brother has threatened her.",
          // What follows the threat after a bracket or an "and" is another matter.
          "Dean Moss has a conviction for assault (2023) and there were two police call-outs in "
          "October 2026.",
          "Dad was violent towards Mum and the police were called.",
          "Mum was assaulted by Dad's brother on 2 November; the SW was told the next day.",
          // A clause of its own ("after", "when") holds who did it and to whom, as blind
          // testers wrote them.
          "Police attended on 28/11 after Chelsea's ex-partner assaulted her in the street.",
          "The need is the police call-outs since August when Dad was abusive to Mum.",
          "Dad threatened to hit her brother if he came round again.",
          "Chelsea said her brother would sort him out if he came round.",
          // Not threats of harm to a worker: done by professionals, or a complaint.
          "Mum said she felt intimidated by the number of professionals at the meeting.",
          "Mr Barrow threatened to make a complaint about the social worker.",
          // A contingency that foresees a threat records none, in whatever shape it is written.
          "Jo will visit weekly.\n## Contingency plan\n- Trigger: any further threat is made to a "
          "worker\n- Response: Alison Reid convenes a strategy discussion the same day\n"
          "- Owner: Alison Reid"}) {
        INFO(discussion);
        check_expected(minutes_discussing(discussion));
    }
}

TEST_CASE("WORKER-SAFETY: a pack's threat word with a quote mark at a clause's end is no crash") {
    // A local pack may quote a term ("kill'"); the words found are shorter than the term as
    // the pack spells it, at the very end of a clause.
    const TempDir dir("cpdoc-threat-term");
    write_file(dir / "packs/quoted.xml",
               "<policy id=\"quoted\" version=\"1.0\" jurisdiction=\"scotland\" "
               "extends=\"lanarkshire-2019\">\n  <title>Quoted</title>\n"
               "  <vocabulary name=\"threat-words\"><term>kill'</term></vocabulary>\n</policy>\n");
    const std::string doc = write_file(
        dir / "minutes.md",
        "---\ndocument: core-group-minutes\npolicy: quoted\nchild: C-1\ndate: 2026-12-01\n"
        "next-meeting: 2026-12-15\n---\n# Core group\n## Attendance\n"
        "- Chair: Helen Brooks (Team Manager)\n- Present: Jo Bell, Social Worker, Social Work\n"
        "## Discussion\nDad told Jo he would kill\n");
    const Run run = run_cpdoc(
        {"check", "--today", "2026-12-02", "--policy-dir", (dir / "packs").string(), doc});
    CHECK(run.status == 1); // findings (the sections it lacks), not an abort
    CHECK(run.err.find("terminate") == std::string::npos);
    CHECK(run.out.find("1 file checked") != std::string::npos);
}
