// SECTION-MISSING, FIELD-MISSING, how they leave a section or field to the more specific rule
// that runs, and the rules a pack defines itself (`require`, `discourage`). Each case puts a
// document together from the base child's plan's sections (tests/fixtures/base) or from
// minutes' sections, and states the findings of the rules it is about at their lines
// (tests/expected_findings.hpp).
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> structure_rules = {"SECTION-MISSING", "FIELD-MISSING"};
const std::vector<std::string> pack_rules = {"LOCAL-SAFETY-PLAN", "LOCAL-TERM-NON-ENGAGING"};

// The part of a base document (tests/fixtures/base/NAME.md) from the line `heading` to the
// next section: the document section by section. Read without Catch's REQUIRE, as these are
// set before any test runs; the first test checks them.
std::string base_part(const std::string& name, const std::string& heading) {
    const std::string base = read_text(source_path("tests/fixtures/base/" + name + ".md"));
    const std::size_t begin = base.find("\n" + heading + "\n");
    if (begin == std::string::npos)
        return "";
    const std::size_t end = base.find("\n## ", begin + 1);
    return base.substr(begin + 1, end == std::string::npos ? std::string::npos : end - begin);
}

const std::string title = "# Child's plan for Megan\n";
const std::string named_people = base_part("child-plan", "## Named people");
const std::string views = base_part("child-plan", "## Child's views");
const std::string objectives = base_part("child-plan", "## Objectives");
const std::string contingency = base_part("child-plan", "## Contingency plan");
const std::string sharing = base_part("child-plan", "## Information sharing");

// An expectation (checker/expectations.hpp) of these findings on the line before it.
std::string expect(const std::string& ids, const std::string& indent = "") {
    return indent + "<!-- expect: " + ids + " -->\n";
}

std::string plan(const std::string& body, const std::string& policy = "test-all-rules",
                 const std::string& extra = "") {
    return document("child-plan", policy, body,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n" + extra);
}

const std::string complete_plan = title + named_people + views + objectives + contingency + sharing;

// The base minutes, section by section.
const std::string minutes_title = "# Core group meeting for Megan\n";
const std::string child_seen = base_part("minutes", "## Child seen");
const std::string minutes_views = base_part("minutes", "## Child's views");
const std::string minutes_sharing = base_part("minutes", "## Information sharing");
const std::string minutes_contingency = base_part("minutes", "## Contingency plan");
const std::string attendance = base_part("minutes", "## Attendance");
const std::string actions = base_part("minutes", "## Actions");

std::string minutes(const std::string& body, const std::string& kind = "core-group-minutes") {
    return document(kind, "test-all-rules", body, "date: 2026-11-16\nnext-meeting: 2026-12-07\n");
}

const std::string complete_minutes = minutes_title + child_seen + minutes_views + minutes_sharing +
                                     minutes_contingency + attendance + actions;

CheckResult check_with(const std::string& text, const std::map<std::string, Severity>& overrides,
                       bool template_mode = false) {
    ParseResult parsed = parse_document(text);
    REQUIRE(parsed.document);
    CheckOptions options;
    options.severity_overrides = overrides;
    options.template_mode = template_mode;
    return check_document(*parsed.document, packs(), options);
}

// A complete plan under test-declarative, registered or not, with `at_title` after its title
// and `tail` after its sections.
std::string local_plan(const std::string& registered, const std::string& tail,
                       const std::string& at_title = "") {
    return plan(title + at_title + complete_plan.substr(title.size()) + tail, "test-declarative",
                "registered: " + registered + "\n");
}

const std::string no_safety_plan = expect("LOCAL-SAFETY-PLAN:1");

} // namespace

TEST_CASE("a complete plan and complete minutes have every required section and field") {
    CHECK(plan(complete_plan) == base_document("child-plan"));
    CHECK(minutes(complete_minutes) == base_document("minutes"));
    check_expected(plan(complete_plan));
    check_expected(minutes(complete_minutes));
}

TEST_CASE("SECTION-MISSING: each missing section is reported at the title with guidance") {
    const CheckResult result = check_expected_of(
        structure_rules,
        plan(title + expect("SECTION-MISSING:1, SECTION-MISSING:1, SECTION-MISSING:1") + views +
             contingency));
    const auto found = findings(result, "SECTION-MISSING");
    REQUIRE(found.size() == 3);
    CHECK_THAT(found[0].message, Catch::Contains("there is no `## Named people` section: The lead "
                                                 "professional"));
    CHECK_THAT(found[1].message, Catch::Contains("there is no `## Objectives` section"));
    CHECK_THAT(found[2].message, Catch::Contains("there is no `## Information sharing` section"));
}

TEST_CASE("SECTION-MISSING: with no title it is reported at the top of the document") {
    const CheckResult result =
        check_expected_of(structure_rules, plan(views + objectives + contingency + sharing +
                                                "<!-- expect-document: SECTION-MISSING -->\n"));
    REQUIRE(findings(result, "SECTION-MISSING").size() == 1);
    CHECK(findings(result, "SECTION-MISSING")[0].pos == Position{1, 1}); // at the top
}

TEST_CASE("SECTION-MISSING: an empty required section is reported at its heading") {
    const CheckResult result = check_expected_of(
        structure_rules, plan(title + named_people + views + "## Objectives\n" +
                              expect("SECTION-MISSING:4") + contingency + sharing));
    CHECK_THAT(findings(result, "SECTION-MISSING")[0].message,
               Catch::Contains("the `Objectives` section is empty: One record per objective"));
}

TEST_CASE("SECTION-MISSING: sections are found under the pack's aliases") {
    const CheckResult result = check(plan(
        title +
        "## Key people\n- Lead worker: Alison Reid, Social Worker, Social "
        "Work\n" +
        views + "## SMART objectives" + objectives.substr(objectives.find('\n')) + contingency +
        "## Information-sharing decisions" + sharing.substr(sharing.find('\n'))));
    CHECK(summary(result).empty());
}

TEST_CASE("SECTION-MISSING: optional sections may be left out") {
    // Resistance, Assessment gaps and Worker safety are not required of a plan, nor
    // Progress and Notifications of minutes.
    CHECK(summary(check(plan(complete_plan)), structure_rules).empty());
    CHECK(summary(check(minutes(complete_minutes)), structure_rules).empty());
}

TEST_CASE("SECTION-MISSING: minutes need attendance and actions, multi-agency minutes a reason") {
    const CheckResult core_group = check_expected_of(
        structure_rules,
        minutes(minutes_title + expect("SECTION-MISSING:1, SECTION-MISSING:1") + child_seen +
                minutes_views + minutes_sharing + minutes_contingency));
    CHECK_THAT(findings(core_group, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Attendance`"));
    CHECK_THAT(findings(core_group, "SECTION-MISSING")[1].message, Catch::Contains("`## Actions`"));

    const CheckResult multi_agency = check_expected_of(
        structure_rules, minutes(minutes_title + expect("SECTION-MISSING:1") +
                                     complete_minutes.substr(minutes_title.size()),
                                 "multi-agency-minutes"));
    CHECK_THAT(findings(multi_agency, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Reason for meeting`"));
    CHECK(summary(check(minutes(complete_minutes +
                                    "## Purpose of meeting\nThree visits with no access since 2 "
                                    "November.\n",
                                "multi-agency-minutes")))
              .empty());
}

TEST_CASE("SECTION-MISSING leaves a section to its specific rule when that rule runs") {
    // test-all-rules runs CONTINGENCY-MISSING and CHILD-VIEWS-MISSING: they speak instead.
    const std::vector<std::string> rules = {"SECTION-MISSING", "CONTINGENCY-MISSING",
                                            "CHILD-VIEWS-MISSING"};
    const auto without_views = [](const std::string& at_title) {
        return plan(title + expect(at_title) + named_people + objectives + sharing);
    };
    check_expected_of(rules, without_views("CONTINGENCY-MISSING:1, CHILD-VIEWS-MISSING:1"));

    // When one of them does not run, SECTION-MISSING speaks for its section.
    const std::string views_off_text = without_views("SECTION-MISSING:1, CONTINGENCY-MISSING:1");
    const CheckResult views_off =
        check_with(views_off_text, {{"CHILD-VIEWS-MISSING", Severity::off}});
    compare_expected(views_off_text, views_off, rules);
    CHECK_THAT(findings(views_off, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Child's views`"));

    const std::string contingency_off_text =
        plan(title + expect("SECTION-MISSING:1") + named_people + views + objectives + sharing);
    const CheckResult contingency_off =
        check_with(contingency_off_text, {{"CONTINGENCY-MISSING", Severity::off}});
    compare_expected(contingency_off_text, contingency_off,
                     {"SECTION-MISSING", "CONTINGENCY-MISSING"});
    CHECK_THAT(findings(contingency_off, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Contingency plan`"));
}

TEST_CASE("SECTION-MISSING and FIELD-MISSING run in template mode") {
    const std::string filled_in =
        title + "## Named people\n- Lead professional: {{ Name, Role, Agency }}\n" + views +
        "## Objectives\n- {{ objective }}\n  - Need: {{ need }}\n  - Outcome: {{ outcome }}\n"
        "  - Measure: {{ measure }}\n  - Owner: {{ owner }}\n  - Due: {{ date }}\n" +
        contingency +
        "## Information sharing\n- {{ what is shared }}\n  - Decision: {{ decision }}\n"
        "  - With: {{ who }}\n  - Reason: {{ why }}\n  - Family informed: {{ yes or no }}\n";
    CHECK(summary(check(plan(filled_in), "", true), structure_rules).empty());

    // An objective with a need alone; `at_record` follows its title.
    const auto bare = [](const std::string& at_record) {
        return plan(title + expect("SECTION-MISSING:1") + views +
                    "## Objectives\n- {{ objective }}\n" + at_record + "  - Need: {{ need }}\n" +
                    contingency + sharing);
    };
    const CheckResult in_template = check_expected_of(
        structure_rules,
        bare(expect("FIELD-MISSING:3, FIELD-MISSING:3, FIELD-MISSING:3, FIELD-MISSING:3", "  ")),
        "", true);
    CHECK_THAT(findings(in_template, "FIELD-MISSING")[0].message, Catch::Contains("no `Outcome:`"));
    // The SMART rules are content rules, so in a template FIELD-MISSING speaks for their
    // fields; in a document they do.
    check_expected_of(structure_rules, bare(""));
}

TEST_CASE("a suppression with a reason silences SECTION-MISSING") {
    const CheckResult result =
        check(plan(title +
                   "<!-- cpdoc-disable SECTION-MISSING: named people are on the front sheet of "
                   "the conference report -->\n" +
                   views + objectives + contingency + sharing));
    CHECK(summary(result).empty());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule_id == "SECTION-MISSING");
    CHECK(result.findings[0].suppressed);
}

TEST_CASE("FIELD-MISSING: a flat section without a required field, at its heading") {
    const CheckResult absent = check_expected_of(
        structure_rules, plan(title + "## Named people\n" + expect("FIELD-MISSING:4") +
                              "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n" +
                              views + objectives + contingency + sharing));
    CHECK_THAT(findings(absent, "FIELD-MISSING")[0].message,
               Catch::Contains("`Named people` has no `Lead professional:`: Name, Role, Agency of "
                               "the lead professional."));

    check_expected_of(structure_rules,
                      plan(title + "## Named people\n" + expect("FIELD-MISSING:4") +
                           "- Lead professional:\n" + views + objectives + contingency + sharing));

    const CheckResult alias = check(plan(title +
                                         "## Named people\n- Key worker: Alison Reid, "
                                         "Social Worker, Social Work\n" +
                                         views + objectives + contingency + sharing));
    CHECK(summary(alias).empty());
}

TEST_CASE("FIELD-MISSING: a record without a required field, at its title") {
    const CheckResult result = check_expected_of(
        structure_rules,
        plan(title + named_people + views + objectives + contingency +
             "## Information sharing\n- Police disclosure of 3 November shared with school\n" +
             expect("FIELD-MISSING:3", "  ") +
             "  - Decision: share\n  - Reason: relevant to the school's safeguarding of Megan\n"
             "  - Family informed: yes\n"
             "- Conference report shared with the GP\n  - Decision: share\n"
             "  - Shared with: Dr Sam Khan, GP, Riverside Medical Practice\n"
             "  - Reason: the GP is treating Ms Hughes\n  - Family informed: yes\n"));
    CHECK_THAT(findings(result, "FIELD-MISSING")[0].message,
               Catch::Contains("this record has no `With:`: Who receives (or would have received) "
                               "the information."));
}

TEST_CASE("FIELD-MISSING: a notification without who told them or when") {
    const CheckResult result = check_expected_of(
        structure_rules, minutes(complete_minutes +
                                 "## Notifications\n"
                                 "- Case conference chair told of the significant issues\n" +
                                 expect("FIELD-MISSING:3, FIELD-MISSING:3", "  ") +
                                 "  - To: case conference chair\n"));
    const auto found = findings(result, "FIELD-MISSING");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("no `By:`"));
    CHECK_THAT(found[1].message, Catch::Contains("no `Date:`"));
}

TEST_CASE("FIELD-MISSING: a chronology table without a required column, at the table") {
    // The base chronology with its Source column left out.
    const CheckResult result = check_expected_of(
        structure_rules,
        with_section(base_document("chronology"), "## Chronology",
                     "## Chronology\n| Date | Type | Event |\n| --- | --- | --- |\n"
                     "| 2026-11-02 | visit-seen | Megan seen at home |\n"
                     "<!-- expect@-3: FIELD-MISSING:1 -->\n"));
    CHECK_THAT(findings(result, "FIELD-MISSING")[0].message,
               Catch::Contains("the table has no `Source` column"));
    const CheckResult alias = check(document(
        "chronology", "test-all-rules",
        "# Chronology\n## Chronology\n| When | Event type | What happened | Agency |\n"
        "| --- | --- | --- | --- |\n| 2026-11-02 | visit-seen | Megan seen at home | Social "
        "Work |\n"));
    CHECK(summary(alias, structure_rules).empty());
    const CheckResult written_out = check(document(
        "chronology", "test-all-rules",
        "| Date of event | Type of event | Event details | Source agency |\n"
        "| --- | --- | --- | --- |\n| 2026-11-02 | visit-seen | Megan seen at home | Social "
        "Work |\n"));
    CHECK(summary(written_out).empty());
}

TEST_CASE("FIELD-MISSING: no fields are asked of a section that is not there") {
    check_expected_of(structure_rules, plan(title + expect("SECTION-MISSING:1") + views +
                                            objectives + contingency + sharing));
}

TEST_CASE("FIELD-MISSING leaves a field to its specific rule when that rule runs") {
    // Each document with `expected` after the line it is about.
    const auto no_decision = [](const std::string& expected) {
        return plan(
            title + named_people + views + objectives + contingency +
            "## Information sharing\n- Police disclosure of 3 November shared with school\n" +
            expect(expected, "  ") +
            "  - With: Greenfield Primary School\n"
            "  - Reason: relevant to the school's safeguarding of Megan\n"
            "  - Family informed: yes\n");
    };
    const std::vector<std::string> decision_rules = {"FIELD-MISSING", "INFO-SHARING-DECISION"};
    check_expected_of(decision_rules, no_decision("INFO-SHARING-DECISION:3"));
    const std::string decision_off = no_decision("FIELD-MISSING:3");
    const CheckResult off = check_with(decision_off, {{"INFO-SHARING-DECISION", Severity::off}});
    compare_expected(decision_off, off, decision_rules);
    CHECK_THAT(findings(off, "FIELD-MISSING")[0].message, Catch::Contains("no `Decision:`"));

    const auto no_chair = [](const std::string& expected) {
        return minutes(minutes_title + "## Attendance\n" + expect(expected) +
                       "- Present: Tom Clarke, Social Worker, Social Work\n" + child_seen +
                       minutes_views + minutes_sharing + minutes_contingency + actions);
    };
    const std::vector<std::string> chair_rules = {"FIELD-MISSING", "CHAIR-MISSING"};
    check_expected_of(chair_rules, no_chair("CHAIR-MISSING:4"));
    const std::string chair_off_text = no_chair("FIELD-MISSING:4");
    const CheckResult chair_off = check_with(chair_off_text, {{"CHAIR-MISSING", Severity::off}});
    compare_expected(chair_off_text, chair_off, chair_rules);
    CHECK_THAT(findings(chair_off, "FIELD-MISSING")[0].message,
               Catch::Contains("`Attendance` has no `Chair:`"));

    // With CHILD-SEEN-MISSING off, FIELD-MISSING speaks for the fields of `## Child seen`.
    const auto seen_by_nobody = [](const std::string& expected) {
        return minutes(minutes_title + attendance + "## Child seen\n" + expect(expected) +
                       "- Last seen: 2026-11-12\n- Seen alone: yes\n" + minutes_views +
                       minutes_sharing + minutes_contingency + actions);
    };
    const std::string seen_off_text = seen_by_nobody("FIELD-MISSING:4");
    const CheckResult seen_off = check_with(seen_off_text, {{"CHILD-SEEN-MISSING", Severity::off}});
    compare_expected(seen_off_text, seen_off, structure_rules);
    CHECK_THAT(findings(seen_off, "FIELD-MISSING")[0].message,
               Catch::Contains("`Child seen` has no `Seen by:`"));
    check_expected_of({"FIELD-MISSING", "CHILD-SEEN-MISSING"},
                      seen_by_nobody("CHILD-SEEN-MISSING:4"));
}

TEST_CASE("a suppression with a reason silences FIELD-MISSING in its section only") {
    const std::string body =
        title +
        "## Named people\n"
        "<!-- cpdoc-disable FIELD-MISSING: lead professional to be appointed at "
        "conference on 20 November -->\n"
        "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n" +
        views + objectives + contingency +
        "## Information sharing\n- Police disclosure of 3 November shared with school\n" +
        expect("FIELD-MISSING:3", "  ") +
        "  - Decision: share\n  - Reason: relevant to the school's safeguarding of Megan\n"
        "  - Family informed: yes\n";
    const CheckResult result = check_expected_of(structure_rules, plan(body));
    CHECK(std::count_if(result.findings.begin(), result.findings.end(),
                        [](const Finding& f) { return f.rule_id == "FIELD-MISSING"; }) == 2);
}

TEST_CASE("require: a section the pack requires when its condition holds") {
    const CheckResult registered =
        check_expected_of(pack_rules, local_plan("yes", "", no_safety_plan));
    const auto found = findings(registered, "LOCAL-SAFETY-PLAN");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message == "there is no `Worker safety` section: the plan for a registered "
                              "child records how workers will visit safely");
    REQUIRE(found[0].citation);
    CHECK(found[0].citation->section == "4.2 Lone working");
    CHECK(std::count(registered.rules_run.begin(), registered.rules_run.end(),
                     "LOCAL-SAFETY-PLAN") == 1);

    check_expected_of(pack_rules, local_plan("no", ""));
    check_expected_of(pack_rules, local_plan("Yes \xE2\x80\x94 since the conference on 3 October",
                                             "", no_safety_plan));
    check_expected_of(pack_rules, plan(complete_plan, "test-declarative"));
}

TEST_CASE("require: the field must be filled, in the section under any alias") {
    const std::string safety_plan_unfilled = "## Worker safety\n" + expect("LOCAL-SAFETY-PLAN:4");
    const CheckResult unfilled = check_expected_of(
        pack_rules,
        local_plan("yes", safety_plan_unfilled + "- [x] Threats made to staff\n- Safety plan:\n"));
    CHECK_THAT(findings(unfilled, "LOCAL-SAFETY-PLAN")[0].message,
               Catch::Contains("`Worker safety` records no `Safety plan:`"));
    check_expected_of(pack_rules,
                      local_plan("yes", safety_plan_unfilled +
                                            "- [x] Threats made to staff\n- Safety plan: TBC\n"));
    CHECK(summary(check(local_plan("yes", "## Staff safety\n- Safety plan: joint visits only, "
                                          "police informed\n")),
                  pack_rules)
              .empty());
}

TEST_CASE("require: only the kind of document it names") {
    const CheckResult result =
        check(document("core-group-minutes", "test-declarative", complete_minutes,
                       "date: 2026-11-16\nnext-meeting: 2026-12-07\nregistered: yes\n"));
    CHECK(summary(result, pack_rules).empty());
}

TEST_CASE("discourage: the term is reported where it is written, with what to say instead") {
    const CheckResult result = check_expected_of(
        pack_rules,
        local_plan("no", "## Analysis\nMs Hughes has been Non-Engaging since October.\n" +
                             expect("LOCAL-TERM-NON-ENGAGING:20") +
                             "## Resistance\n- Visits refused\n"
                             "  - Who: Ms Hughes (mother), non-engaging\n" +
                             expect("LOCAL-TERM-NON-ENGAGING:30", "    ")));
    const auto found = findings(result, "LOCAL-TERM-NON-ENGAGING");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message == "avoid \"non-engaging\"; say \"has not attended\" and describe what "
                              "was seen: the label tells the next worker nothing about what the "
                              "family did");
}

TEST_CASE("discourage: other words that share a stem pass") {
    CHECK(summary(check(local_plan("no", "## Resistance and non-engagement\n- Visits refused\n"
                                         "  - Who: Ms Hughes (mother)\n"
                                         "  - Explanation: she is engaging well with the "
                                         "nursery but not with social work\n")),
                  pack_rules)
              .empty());
}

TEST_CASE("pack rules in template mode: discourage reads the wording outside placeholders") {
    const CheckResult guided = check_expected_of(
        pack_rules,
        local_plan("yes", "## Analysis\n{{ analysis, e.g. not non-engaging but what was seen }}\n",
                   no_safety_plan),
        "", true);
    CHECK(std::count(guided.rules_run.begin(), guided.rules_run.end(), "LOCAL-TERM-NON-ENGAGING") ==
          1);
    check_expected_of(pack_rules,
                      local_plan("yes",
                                 "## Analysis\nMum is non-engaging. {{ what was seen }}\n" +
                                     expect("LOCAL-TERM-NON-ENGAGING:8"),
                                 no_safety_plan),
                      "", true);
}

TEST_CASE("pack rules can be suppressed with a reason or turned off for a run") {
    const std::string text = plan(
        title + "<!-- cpdoc-disable LOCAL-SAFETY-PLAN: no visits, Megan is in foster care -->\n" +
            named_people + views + objectives + contingency + sharing +
            "## Analysis\n"
            "<!-- cpdoc-disable LOCAL-TERM-NON-ENGAGING: quoting the referral -->\n"
            "The referral described Ms Hughes as non-engaging.\n",
        "test-declarative", "registered: yes\n");
    const CheckResult suppressed = check(text);
    CHECK(summary(suppressed, pack_rules).empty());
    CHECK(std::count_if(suppressed.findings.begin(), suppressed.findings.end(),
                        [](const Finding& f) { return f.suppressed; }) == 2);

    const std::string noted = local_plan("yes", "## Analysis\nMs Hughes is non-engaging.\n" +
                                                    expect("LOCAL-TERM-NON-ENGAGING:14"));
    const CheckResult off = check_with(
        noted, {{"LOCAL-SAFETY-PLAN", Severity::off}, {"LOCAL-TERM-NON-ENGAGING", Severity::note}});
    compare_expected(noted, off, pack_rules);
    CHECK(findings(off, "LOCAL-TERM-NON-ENGAGING")[0].severity == Severity::note);
    CHECK(std::count(off.rules_run.begin(), off.rules_run.end(), "LOCAL-SAFETY-PLAN") == 0);
}

TEST_CASE("SECTION-MISSING: a required section that says only `None` or `N/A`") {
    const CheckResult result =
        check_expected_of(structure_rules, plan(title + named_people + views + objectives +
                                                contingency + "## Information sharing\n" +
                                                expect("SECTION-MISSING:4") + "None.\n"));
    CHECK_THAT(findings(result, "SECTION-MISSING")[0].message,
               Catch::StartsWith("the `Information sharing` section says only `None.`"));
}

// The SECTION-MISSING message for the complete plan with its `## Objectives` line written
// as `heading` instead.
std::string missing_objectives_message(const std::string& heading) {
    std::string body = complete_plan;
    body.replace(body.find("## Objectives"), 13, heading);
    return findings(check(plan(body)), "SECTION-MISSING")[0].message;
}

TEST_CASE("SECTION-MISSING: a sub-heading or `##` with no space is named as the likely slip") {
    CHECK_THAT(missing_objectives_message("### Objectives"),
               Catch::EndsWith("(a sub-heading on line 14 does not start the section: write "
                               "`## Objectives`)"));
    CHECK_THAT(missing_objectives_message("##Objectives"),
               Catch::EndsWith("(`##Objectives` on line 14 does not start the section: write "
                               "`## Objectives`)"));
}

TEST_CASE("SECTION-MISSING: a misspelt heading is named, and only for the section it is nearest") {
    CHECK_THAT(missing_objectives_message("## Objectivs"),
               Catch::EndsWith("(`## Objectivs` on line 14 looks like a misspelling: write "
                               "`## Objectives`)"));
    CHECK_THAT(missing_objectives_message("## Observations"), !Catch::Contains("misspelling"));
}

TEST_CASE("SECTION-MISSING: a section of records written as text, unless it says there was "
          "nothing to record") {
    const CheckResult prose = check_expected_of(
        structure_rules,
        plan(title + named_people + views + "## Objectives\n" + expect("SECTION-MISSING:4") +
             "Mum and dad to engage with services.\n" + contingency + sharing));
    CHECK_THAT(findings(prose, "SECTION-MISSING")[0].message,
               Catch::StartsWith("the `Objectives` section is written as text") &&
                   Catch::Contains("with `Need`, `Outcome`, `Measure`, `Owner` and `Due` under"));
    const CheckResult nothing =
        check(plan(title + named_people + views + objectives + contingency +
                   "## Information sharing\nNo information was shared outside the core group "
                   "since the conference.\n"));
    CHECK(summary(nothing, structure_rules).empty());
}

TEST_CASE("a pack's required field in a section of records is required of each record") {
    // Two objectives; only the first has `Support:`.
    const std::string supported = objectives + "  - Support: Women's Aid group on Tuesdays\n";
    const std::string record = objectives.substr(objectives.find('\n') + 1);
    const std::size_t record_title_end = record.find('\n') + 1;
    const std::string second = record.substr(0, record_title_end) +
                               expect("WOS-OBJECTIVE-SUPPORT:3", "  ") +
                               record.substr(record_title_end);
    const CheckResult result =
        check_expected_of({"WOS-OBJECTIVE-SUPPORT"}, plan(title + named_people + views + supported +
                                                              second + contingency + sharing,
                                                          "wos-portfolio-2016"));
    CHECK_THAT(findings(result, "WOS-OBJECTIVE-SUPPORT")[0].message,
               Catch::StartsWith("this entry of `Objectives` records no `Support:`"));
}

TEST_CASE("SECTION-MISSING cites the paragraph its section rests on") {
    const CheckResult result =
        check(minutes(minutes_title + attendance + child_seen + minutes_views + minutes_contingency,
                      "core-group-minutes"),
              "base");
    const auto found = findings(result, "SECTION-MISSING");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("`## Information sharing`"));
    CHECK_THAT(found[0].citation->quote, Catch::Contains("decision to share or not to share"));
    CHECK_THAT(found[1].message, Catch::Contains("`## Actions`"));
    CHECK_THAT(found[1].citation->quote, Catch::Contains("notes taken outlining actions"));
}

TEST_CASE("FIELD-MISSING: a field that says only `TBC` is told, in one sentence, what to write") {
    const auto told = [](const std::string& date_expected) {
        return minutes(complete_minutes +
                       "## Notifications\n- Case conference chair told\n"
                       "  - To: case conference chair\n  - By: TBC\n" +
                       expect("FIELD-MISSING:9", "    ") + "  - Date: TBC\n" +
                       expect(date_expected, "    "));
    };
    const std::vector<std::string> rules = {"FIELD-MISSING", "DATE-INVALID"};
    // The date is DATE-INVALID's: one slip, one finding (spec 1.1 section 3).
    const CheckResult result = check_expected_of(rules, told("DATE-INVALID:11"));
    CHECK(findings(result, "FIELD-MISSING")[0].message == "`By:` says only `TBC`: write who told "
                                                          "them");
    const std::string off_text = told("FIELD-MISSING:11");
    const CheckResult date_invalid_off = check_with(off_text, {{"DATE-INVALID", Severity::off}});
    compare_expected(off_text, date_invalid_off, rules);
    CHECK(findings(date_invalid_off, "FIELD-MISSING")[1].message ==
          "`Date:` says only `TBC`: write the date they were told");
    std::string body = complete_plan;
    body.replace(body.find("Alison Reid, Social Worker, Social Work"), 39, "TBC");
    CHECK(findings(check(plan(body)), "FIELD-MISSING")[0].message ==
          "`Lead professional:` says only `TBC`: write Name, Role, Agency of the lead "
          "professional");
}

TEST_CASE("FIELD-MISSING: a required person field that names nobody") {
    for (const std::string lead : {"TBC", "Social Work", "N/A"}) {
        INFO(lead);
        check_expected_of(
            structure_rules,
            plan(edited(complete_plan,
                        "- Lead professional: Alison Reid, Social Worker, Social Work\n",
                        "- Lead professional: " + lead + "\n" + expect("FIELD-MISSING:22", "  "))));
    }
}

TEST_CASE("headings and columns as practitioners write them are the sections and fields they "
          "name") {
    const std::string objectives_table =
        "## 4. Objectives (SMART)\n"
        "| Need / risk | Outcome for Megan | How will we know | Who is responsible | When |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Megan has been exposed to domestic abuse at home | Megan sleeps in her own bed in a "
        "clean, hazard-free room every night | home visits twice a week, bedroom seen each "
        "time | Alison Reid | 2027-01-29 |\n";
    const std::string qualified_contingency = "## Contingency Plan (if the plan is not working)\n" +
                                              contingency.substr(contingency.find('\n') + 1);
    const std::string sharing_and_consent =
        "## Information Sharing & Consent\n" + sharing.substr(sharing.find('\n') + 1);
    const std::string siblings_views =
        "## Megan and Jack's views\nMegan (7) told her teacher on 12 November that she is "
        "scared when Dad shouts; Jack (4) drew his family without Dad.\n";
    CHECK(summary(check(plan(title + named_people + siblings_views + objectives_table +
                             qualified_contingency + sharing_and_consent)))
              .empty());
    // Two words that are not names joined by "and" are not the children's views.
    check_expected_of({"CHILD-VIEWS-MISSING"},
                      plan(title + expect("CHILD-VIEWS-MISSING:1") + named_people +
                           "## Health visitor's views\nShe is worried.\n" + objectives +
                           contingency + sharing));
}

TEST_CASE("a rule runs only on the kinds of document that have what it reads") {
    auto ran = [](const CheckResult& result, const std::string& id) {
        return std::find(result.rules_run.begin(), result.rules_run.end(), id) !=
               result.rules_run.end();
    };
    const CheckResult on_plan = check(plan(complete_plan));
    CHECK(ran(on_plan, "SMART-SPECIFIC"));
    for (const char* id : {"CHAIR-NOT-MANAGER", "CHRONOLOGY-DATE", "DEFAULTED-VISITS",
                           "CHILD-SEEN-MISSING", "CPCC-NOTIFY"}) {
        CAPTURE(id);
        CHECK_FALSE(ran(on_plan, id));
    }
    // A pack's requirement of a child's plan is not run on minutes.
    const CheckResult local = check(
        document("core-group-minutes", "test-declarative", complete_minutes, "date: 2026-11-16\n"));
    CHECK(ran(local, "CHAIR-NOT-MANAGER"));
    CHECK_FALSE(ran(local, "SMART-SPECIFIC"));
    CHECK_FALSE(ran(local, "LOCAL-SAFETY-PLAN"));
}
