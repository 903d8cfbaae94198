// RESISTANCE-CAUSE, TERM-DISGUISED-COMPLIANCE, ASSESSMENT-GAPS, WORKER-SAFETY.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> resistance_rules = {"RESISTANCE-CAUSE", "TERM-DISGUISED-COMPLIANCE",
                                                   "ASSESSMENT-GAPS", "WORKER-SAFETY"};

// Everything a child's plan needs. The title is line 8; what `plan()` is given starts on
// line 32.
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
    "  - Owner: Alison Reid\n"
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

// Five lines: the title, then Type, Who, Explanation and Impact on child. As the first record
// of `## Resistance` (line 32), they are lines 33-37.
std::string pattern(const std::string& type, const std::string& who, const std::string& explanation,
                    const std::string& impact) {
    return "- Visits refused since October\n  - Type: " + type + "\n  - Who: " + who +
           "\n  - Explanation: " + explanation + "\n  - Impact on child: " + impact + "\n";
}

const std::string good_pattern =
    pattern("failure-to-enable-contact", "Ms Hughes (mother)",
            "fears Megan will be removed, as her older son was in 2019",
            "Megan has not been seen at home for 5 weeks");

const std::string gaps = "## Assessment gaps\n- Megan's bedroom\n"
                         "  - Why: access to upstairs refused at all four visits\n";

// `## Resistance` is line 32, the first record's fields lines 34-37; the gaps follow.
std::string resistance(const std::string& records, const std::string& after = gaps) {
    return plan("## Resistance\n" + records + after);
}

// `## Worker safety` is line 32, its fields follow.
std::string worker_safety(const std::string& content) {
    return plan("## Worker safety\n" + content);
}

} // namespace

TEST_CASE("resistance understood, its gaps and the workers' safety recorded, passes") {
    CHECK(summary(check(resistance(good_pattern))).empty());
    CHECK(summary(check(worker_safety("- [x] Threats made to staff\n"
                                      "- Shared with manager: 2026-11-10, Graham Moss\n"
                                      "- Safety plan: joint visits only, police informed\n")))
              .empty());
}

TEST_CASE("RESISTANCE-CAUSE: a label with no record is reported at the heading") {
    const CheckResult result = check(resistance("Mum is non-engaging and will not let us in.\n"));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@32:4"});
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("without records") && Catch::Contains("`Explanation:`"));
}

TEST_CASE("RESISTANCE-CAUSE: a record that only names the resistance") {
    const CheckResult result = check(resistance("- Mum is non-engaging\n"));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@33:3"});
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("label only: add `Who:`, `Explanation:`, `Impact on child:`"));
}

TEST_CASE("RESISTANCE-CAUSE: placeholder text is no explanation") {
    const CheckResult result = check(
        resistance(pattern("active-non-compliance", "Ms Hughes (mother)", "TBC", "see above")));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@33:3"});
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("add `Explanation:`, `Impact on child:` so"));
}

TEST_CASE("RESISTANCE-CAUSE: an explanation of fewer than four words is a label") {
    const CheckResult result = check(
        resistance(pattern("active-non-compliance", "Mr Hughes (father)", "he is resistant",
                           "Megan hears the arguments at the door") +
                   pattern("active-non-compliance", "Ms Hughes (mother)", "she fears losing Megan",
                           "Megan has not been seen at home for 5 weeks")));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@36:18"});
    CHECK_THAT(findings(result, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("`he is resistant` is a label"));
}

TEST_CASE("RESISTANCE-CAUSE: a type not in the policy, with a suggestion for a slip") {
    const CheckResult slip =
        check(resistance(pattern("apparent-cooperaton", "Ms Hughes (mother)",
                                 "agrees to every action but keeps none of the appointments",
                                 "Megan's dental treatment is now four months late")));
    CHECK(summary(slip, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@34:11"});
    CHECK_THAT(findings(slip, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("`apparent-cooperaton` is not a resistance type") &&
                   Catch::Contains("did you mean `apparent-cooperation`?"));

    const CheckResult unknown =
        check(resistance(pattern("being difficult", "Ms Hughes (mother)",
                                 "agrees to every action but keeps none of the appointments",
                                 "Megan's dental treatment is now four months late")));
    CHECK(summary(unknown, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@34:11"});
    CHECK_THAT(findings(unknown, "RESISTANCE-CAUSE")[0].message,
               Catch::Contains("use one of failure-to-enable-contact active-non-compliance "
                               "apparent-cooperation threats-or-violence online-behaviour") &&
                   !Catch::Contains("did you mean"));
}

TEST_CASE("RESISTANCE-CAUSE: the section and fields are read under the pack's aliases") {
    const CheckResult good =
        check(plan("## Working with resistance\n- Visits refused since October\n"
                   "  - Who: Ms Hughes (mother)\n"
                   "  - Understanding: fears Megan will be removed, as her son was in 2019\n"
                   "  - Impact: Megan has not been seen at home for 5 weeks\n" +
                   gaps));
    CHECK(summary(good).empty());
    const CheckResult label =
        check(plan("## Non-engagement\n- Visits refused since October\n"
                   "  - Who: Ms Hughes (mother)\n  - Why: she is hostile\n"
                   "  - Impact: Megan has not been seen at home for 5 weeks\n" +
                   gaps));
    CHECK(summary(label, resistance_rules) == std::vector<std::string>{"RESISTANCE-CAUSE@35:10"});
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: the bare label is reported where it is written") {
    const CheckResult prose =
        check(plan("## Social worker's analysis\nMs Hughes is showing disguised compliance.\n"));
    CHECK(summary(prose, resistance_rules) ==
          std::vector<std::string>{"TERM-DISGUISED-COMPLIANCE@33:22"});
    CHECK_THAT(findings(prose, "TERM-DISGUISED-COMPLIANCE")[0].message,
               Catch::Contains("describe the behaviour") &&
                   Catch::Contains("\"apparent cooperation\""));

    const CheckResult field = check(
        resistance(pattern("apparent-cooperation", "Ms Hughes (mother)", "Disguised-Compliance",
                           "Megan's dental treatment is now four months late")));
    CHECK(summary(field, {"TERM-DISGUISED-COMPLIANCE"}) ==
          std::vector<std::string>{"TERM-DISGUISED-COMPLIANCE@36:18"});
    CHECK(has(field, "RESISTANCE-CAUSE", 36)); // and it explains nothing
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: the term beside a description of the behaviour passes") {
    const CheckResult result =
        check(plan("## Social worker's analysis\nMs Hughes agreed to every action at the "
                   "meeting but has kept none of the four appointments since, which the "
                   "referral called disguised compliance.\n\n"
                   "Ms Hughes's compliance with the written agreement about Mr Hughes has "
                   "been good. Nothing is disguised.\n"));
    CHECK(summary(result).empty());
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: a long sentence that only labels is still a label") {
    const CheckResult result =
        check(plan("## Social worker's analysis\nAt the core group on 16 November 2026, attended "
                   "by the school, health visiting and social work,\neveryone agreed that "
                   "Sophie's mother is very clearly showing disguised compliance.\n"));
    // Reported where the term stands, on the paragraph's second line.
    CHECK(summary(result, resistance_rules) ==
          std::vector<std::string>{"TERM-DISGUISED-COMPLIANCE@34:62"});
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: sentences around the label that say what happened") {
    const CheckResult result =
        check(plan("## Social worker's analysis\nMs Hughes agreed at the conference to take "
                   "Megan to every appointment. She has missed all four since 2 November. "
                   "The referral called this disguised compliance.\n"));
    CHECK(summary(result, resistance_rules).empty());
}

TEST_CASE("TERM-DISGUISED-COMPLIANCE: a label in one field of a pattern whose explanation "
          "says what happened passes") {
    const CheckResult described = check(resistance(pattern(
        "apparent-cooperation", "Ms Hughes (mother)",
        "Ms Hughes agreed at the conference to take Megan to the dentist and has missed all "
        "three appointments since, saying each time that Megan was unwell",
        "Megan's tooth decay is untreated; the school calls this disguised compliance")));
    CHECK(summary(described, {"TERM-DISGUISED-COMPLIANCE"}).empty());

    const CheckResult labelled = check(resistance(
        pattern("apparent-cooperation", "Ms Hughes (mother)", "Ms Hughes is hard to work with",
                "Megan is affected by the disguised compliance")));
    CHECK(summary(labelled, {"TERM-DISGUISED-COMPLIANCE"}) ==
          std::vector<std::string>{"TERM-DISGUISED-COMPLIANCE@37:47"});
}

TEST_CASE("ASSESSMENT-GAPS: resistance with no gaps recorded is reported at its heading") {
    const CheckResult result = check(resistance(good_pattern, ""));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"ASSESSMENT-GAPS@32:4"});
    CHECK_THAT(findings(result, "ASSESSMENT-GAPS")[0].message,
               Catch::Contains("add `## Assessment gaps`"));
}

TEST_CASE("ASSESSMENT-GAPS: an empty or placeholder gaps section is reported at its heading") {
    for (const char* content : {"", "N/A\n", "None.\n"}) {
        const CheckResult result =
            check(resistance(good_pattern, "## Assessment gaps\n" + std::string(content)));
        CAPTURE(content);
        CHECK(summary(result, resistance_rules) ==
              std::vector<std::string>{"ASSESSMENT-GAPS@38:4"});
    }
}

TEST_CASE("ASSESSMENT-GAPS: a gap that does not say why") {
    const CheckResult result =
        check(resistance(good_pattern, "## Assessment gaps\n- Megan's bedroom\n"
                                       "- The home's food supply\n  - Why: none\n"
                                       "- Mr Hughes's alcohol use\n"
                                       "  - Reason: he has refused to meet any worker alone\n"));
    CHECK(summary(result, resistance_rules) ==
          std::vector<std::string>{"ASSESSMENT-GAPS@39:3", "ASSESSMENT-GAPS@40:3"});
    CHECK_THAT(findings(result, "ASSESSMENT-GAPS")[0].message, Catch::Contains("add `Why:`"));
}

TEST_CASE("ASSESSMENT-GAPS: gaps described in prose, or under an alias, pass") {
    CHECK(summary(check(resistance(good_pattern,
                                   "## What could not be assessed\nMegan's bedroom could not "
                                   "be seen: access upstairs was refused at all four visits.\n")),
                  resistance_rules)
              .empty());
}

TEST_CASE("ASSESSMENT-GAPS: with no resistance recorded no gaps are needed") {
    CHECK(summary(check(plan("")), resistance_rules).empty());
    CHECK(summary(check(plan("## Resistance\n")), resistance_rules).empty());
}

TEST_CASE("WORKER-SAFETY: a ticked risk with nothing else is reported at the heading") {
    const CheckResult result = check(worker_safety("- [x] Threats made to staff\n"
                                                   "- [ ] Dogs at the property\n"));
    CHECK(summary(result, resistance_rules) ==
          std::vector<std::string>{"WORKER-SAFETY@32:4", "WORKER-SAFETY@32:4"});
    const auto found = findings(result, "WORKER-SAFETY");
    CHECK_THAT(found[0].message, Catch::Contains("not recorded as shared with a manager"));
    CHECK_THAT(found[1].message, Catch::Contains("no safety plan"));
}

TEST_CASE("WORKER-SAFETY: sharing needs a date and a name, the plan needs substance") {
    const CheckResult no_name =
        check(worker_safety("- [x] Threats made to staff\n- Shared with manager: 2026-11-10\n"
                            "- Safety plan: TBC\n"));
    CHECK(summary(no_name, resistance_rules) ==
          std::vector<std::string>{"WORKER-SAFETY@34:24", "WORKER-SAFETY@35:16"});
    const CheckResult no_date =
        check(worker_safety("- [x] Threats made to staff\n- Shared with manager: Graham Moss\n"
                            "- Safety plan: joint visits only, police informed\n"));
    CHECK(summary(no_date, resistance_rules) == std::vector<std::string>{"WORKER-SAFETY@34:24"});
    CHECK_THAT(findings(no_date, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the record of sharing with a manager gives no date"));
    CHECK_THAT(findings(no_name, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the record of sharing with a manager does not name the "
                                 "manager"));
    const CheckResult name_first =
        check(worker_safety("- [x] Threats made to staff\n"
                            "- Shared with manager: Graham Moss on 10 November 2026\n"
                            "- Safety plan: office appointments only until the risk assessment\n"));
    CHECK(summary(name_first).empty());
    const CheckResult long_date =
        check(worker_safety("- [x] Threats made to staff\n"
                            "- Shared with manager: 10 November 2026, Graham Moss, Team Manager\n"
                            "- Safety plan: office appointments only until the risk assessment\n"));
    CHECK(summary(long_date).empty());
}

TEST_CASE("WORKER-SAFETY: nothing ticked, nothing needed") {
    CHECK(summary(check(worker_safety("- [ ] Threats made to staff\n- [ ] Dogs at the "
                                      "property\n")),
                  resistance_rules)
              .empty());
}

TEST_CASE("WORKER-SAFETY: threats recorded as resistance need a worker-safety section") {
    const CheckResult result = check(resistance(
        pattern("threats-or-violence", "Mr Hughes (father)",
                "blames social work for his son's removal in 2019 and threatened the worker",
                "Megan saw her father shout at the worker at the door")));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"WORKER-SAFETY@34:11"});
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::Contains("no `## Worker safety` section"));

    const CheckResult planned = check(resistance(
        pattern("threats-or-violence", "Mr Hughes (father)",
                "blames social work for his son's removal in 2019 and threatened the worker",
                "Megan saw her father shout at the worker at the door"),
        gaps + "## Staff safety\n- Shared with manager: 2026-11-10, Graham Moss\n"
               "- Safety plan: joint visits with police only\n"));
    CHECK(summary(planned).empty());
}

TEST_CASE("resistance rules are skipped in template mode, but not the wording rule") {
    const CheckResult result = check(
        resistance("- {{ pattern }}\n  - Type: {{ type }}\n  - Explanation: disguised compliance\n",
                   "## Assessment gaps\n") +
            "## Worker safety\n- [x] Threats made to staff\n",
        "", true);
    // Banned wording in a template reaches every document made from it.
    CHECK(summary(result, resistance_rules) ==
          std::vector<std::string>{"TERM-DISGUISED-COMPLIANCE@35:18"});
    for (const std::string& id : resistance_rules)
        CHECK(std::count(result.rules_skipped.begin(), result.rules_skipped.end(), id) ==
              (id == "TERM-DISGUISED-COMPLIANCE" ? 0 : 1));
    // The guidance in a placeholder may name the term it warns against.
    CHECK(summary(check(resistance("- {{ pattern }}\n  - Type: {{ type }}\n  - Explanation: "
                                   "{{ what happened; not 'disguised compliance' }}\n",
                                   "## Assessment gaps\n"),
                        "", true),
                  {"TERM-DISGUISED-COMPLIANCE"})
              .empty());
}

TEST_CASE("a suppression with a reason silences the resistance rules") {
    const CheckResult result =
        check(plan("## Resistance\n"
                   "<!-- cpdoc-disable ASSESSMENT-GAPS: gaps are in the parenting assessment "
                   "of 4 November -->\n"
                   "<!-- cpdoc-disable TERM-DISGUISED-COMPLIANCE: quoting the referral -->\n"
                   "<!-- cpdoc-disable RESISTANCE-CAUSE: explained in the parenting "
                   "assessment -->\n" +
                   pattern("apparent-cooperation", "Ms Hughes (mother)",
                           "what the referral called disguised compliance",
                           "Megan's dental treatment is now four months late") +
                   "## Worker safety\n"
                   "<!-- cpdoc-disable WORKER-SAFETY: plan held by the police -->\n"
                   "- [x] Threats made to staff\n"));
    CHECK(summary(result).empty());
    // gaps, the term, the label for an explanation, and two for worker safety
    CHECK(result.findings.size() == 5);
    for (const Finding& finding : result.findings)
        CHECK(finding.suppressed);
}

TEST_CASE("WORKER-SAFETY: a risk shared with someone the document names as no manager") {
    const CheckResult result =
        check(worker_safety("- [x] Threats made to staff\n"
                            "- Shared with manager: 2026-11-10, Alison Reid\n"
                            "- Safety plan: office appointments only until the risk assessment\n"));
    CHECK(summary(result, resistance_rules) == std::vector<std::string>{"WORKER-SAFETY@34:24"});
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::StartsWith("the risk was shared with Alison Reid, a Social Worker, not a "
                                 "manager"));
}

TEST_CASE("RESISTANCE-CAUSE: an explanation that only repeats a label") {
    const CheckResult result =
        check(resistance(pattern("failure-to-enable-contact", "Ms Hughes (mother)",
                                 "Ms Hughes is not engaging with services.",
                                 "Megan has not been seen at home for five weeks")));
    CHECK(summary(result, {"RESISTANCE-CAUSE"}) ==
          std::vector<std::string>{"RESISTANCE-CAUSE@36:18"});
}

TEST_CASE("WORKER-SAFETY: a ticked denial or safeguard is no risk to workers") {
    CHECK(summary(check(worker_safety("- [x] No threats or violence towards staff\n"
                                      "- [x] Lone working risk assessment completed\n"
                                      "- [x] Visits agreed in pairs\n")),
                  {"WORKER-SAFETY"})
              .empty());
    CHECK(summary(check(worker_safety("- [x] Lone working risk assessment completed\n"
                                      "- [x] Dog in the home, aggressive at the last visit\n")),
                  {"WORKER-SAFETY"}) ==
          std::vector<std::string>{"WORKER-SAFETY@32:4", "WORKER-SAFETY@32:4"});
}

TEST_CASE("WORKER-SAFETY: a threat told in a pattern's words is a risk to workers") {
    const CheckResult result = check(resistance(pattern(
        "failure-to-enable-contact", "Mr Hughes (father)",
        "Mr Hughes refuses entry and threatened to stab the next social worker who came to the "
        "door, after the removal of his older son in 2019",
        "Megan has not been seen at home for 5 weeks")));
    CHECK(summary(result, {"WORKER-SAFETY"}) == std::vector<std::string>{"WORKER-SAFETY@36:46"});
    CHECK_THAT(findings(result, "WORKER-SAFETY")[0].message,
               Catch::Contains("no `## Worker safety` section"));
}

namespace {

// Core group minutes whose discussion (line 13 on) is `discussion`; the worker Jo Bell and
// the mother Chelsea Barrow attend.
std::string minutes_discussing(const std::string& discussion) {
    return document("core-group-minutes", "test-all-rules",
                    "# Core group\n## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                    "- Present: Jo Bell, Social Worker, Social Work\n"
                    "- Family: Chelsea Barrow (Mum)\n## Discussion\n" +
                        discussion + "\n",
                    "date: 2026-11-16\n");
}

} // namespace

TEST_CASE("WORKER-SAFETY: a threat to a worker told in the discussion is a risk to workers") {
    const CheckResult told = check(minutes_discussing(
        "When Jo visited on 3 November Mr Barrow came to the door, swore at her and threatened "
        "her, saying she would 'end up in hospital' if she came back."));
    CHECK(summary(told, {"WORKER-SAFETY"}) == std::vector<std::string>{"WORKER-SAFETY@13:76"});
    CHECK(summary(check(minutes_discussing("Mr Barrow threatened the social worker at the door.")),
                  {"WORKER-SAFETY"}) == std::vector<std::string>{"WORKER-SAFETY@13:11"});
    CHECK(summary(check(minutes_discussing("He has a previous conviction for assault on an "
                                           "emergency worker.")),
                  {"WORKER-SAFETY"}) == std::vector<std::string>{"WORKER-SAFETY@13:34"});
    // Recorded with a manager and planned for, it passes.
    CHECK(summary(check(minutes_discussing(
                      "Mr Barrow threatened the social worker at the door.\n## Worker safety\n"
                      "- Shared with manager: 2026-11-04, Alison Reid\n"
                      "- Safety plan: joint visits with police only")),
                  {"WORKER-SAFETY"})
              .empty());
}

TEST_CASE("WORKER-SAFETY: threats between family members, or denied, are no risk to workers") {
    for (const std::string discussion :
         {"Chelsea said Dad threatened her during an argument; Jo advised her to call the police.",
          "Dad threatened Mum when the social worker was present.",
          "There is a history of violence between Mum and her ex-partner.",
          "No threats were made to staff at the visit.",
          "Chelsea reports that her brother has threatened her."}) {
        INFO(discussion);
        CHECK(summary(check(minutes_discussing(discussion)), {"WORKER-SAFETY"}).empty());
    }
}
