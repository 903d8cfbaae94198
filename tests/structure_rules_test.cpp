// SECTION-MISSING, FIELD-MISSING, how they leave a section or field to the more specific rule
// that runs, and the rules a pack defines itself (`require`, `discourage`).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> structure_rules = {"SECTION-MISSING", "FIELD-MISSING"};
const std::vector<std::string> pack_rules = {"LOCAL-SAFETY-PLAN", "LOCAL-TERM-NON-ENGAGING"};

// A child's plan, section by section. With two extra front-matter lines the title is line 8,
// `## Named people` line 9, `## Child's views` line 12, `## Objectives` line 14,
// `## Contingency plan` line 21 and `## Information sharing` line 26.
const std::string title = "# Child's plan for Megan\n";
const std::string named_people = "## Named people\n"
                                 "- Lead professional: Alison Reid, Social Worker, Social Work\n"
                                 "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n";
const std::string views = "## Child's views\n"
                          "Megan (7) told her teacher on 12 November that she is scared when Dad "
                          "shouts.\n";
const std::string objectives =
    "## Objectives\n"
    "- Megan is safe at home\n"
    "  - Need: Megan has been exposed to domestic abuse at home\n"
    "  - Outcome: Megan sleeps in her own bed in a clean, hazard-free room every night\n"
    "  - Measure: home visits twice a week, bedroom seen each time\n"
    "  - Owner: Alison Reid\n"
    "  - Due: 2027-01-29\n";
const std::string contingency = "## Contingency plan\n"
                                "- Three visits with no access\n"
                                "  - Trigger: three visits with no access in any 14 days\n"
                                "  - Response: core group reconvened within 3 working days\n"
                                "  - Owner: Alison Reid\n";
const std::string sharing = "## Information sharing\n"
                            "- Police disclosure of 3 November shared with school\n"
                            "  - Decision: share\n"
                            "  - With: Greenfield Primary School\n"
                            "  - Reason: relevant to the school's safeguarding of Megan\n"
                            "  - Family informed: yes\n";

std::string plan(const std::string& body, const std::string& policy = "test-all-rules",
                 const std::string& extra = "") {
    return document("child-plan", policy, body,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n" + extra);
}

const std::string complete_plan = title + named_people + views + objectives + contingency + sharing;

// Core group minutes, section by section: the title is line 8, `## Attendance` line 9,
// `## Child seen` line 13, `## Child's views` line 17, `## Information sharing` line 19,
// `## Contingency plan` line 25 and `## Actions` line 30.
const std::string minutes_title = "# Core group meeting for Megan\n";
const std::string attendance = "## Attendance\n"
                               "- Chair: Alison Reid, Team Manager, Social Work\n"
                               "- Present: Tom Clarke, Social Worker, Social Work\n"
                               "- Present: Jane Doe, Health Visitor, NHS Lanarkshire\n";
const std::string child_seen = "## Child seen\n"
                               "- Last seen: 2026-11-12\n"
                               "- Seen alone: yes\n"
                               "- Seen by: Tom Clarke\n";
const std::string minutes_views = "## Child's views\n"
                                  "Megan told Tom on 12 November that she likes her new bedroom.\n";
const std::string minutes_sharing = "## Information sharing\n"
                                    "- Minutes shared with the GP\n"
                                    "  - Decision: share\n"
                                    "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n"
                                    "  - Reason: the GP is treating Ms Hughes and needs the plan\n"
                                    "  - Family informed: yes\n";
const std::string minutes_contingency =
    "## Contingency plan\n"
    "- Megan not seen for a week\n"
    "  - Trigger: Megan not seen by any professional for 7 days\n"
    "  - Response: unannounced home visit the next working day\n"
    "  - Owner: Tom Clarke\n";
const std::string actions = "## Actions\n"
                            "- Book a joint unannounced visit with police\n"
                            "  - Owner: Tom Clarke\n"
                            "  - Due: 2026-11-27\n";

std::string minutes(const std::string& body, const std::string& kind = "core-group-minutes") {
    return document(kind, "test-all-rules", body, "date: 2026-11-16\nnext-meeting: 2026-12-07\n");
}

const std::string complete_minutes = minutes_title + attendance + child_seen + minutes_views +
                                     minutes_sharing + minutes_contingency + actions;

CheckResult check_with(const std::string& text, const std::map<std::string, Severity>& overrides,
                       bool template_mode = false) {
    ParseResult parsed = parse_document(text);
    REQUIRE(parsed.document);
    CheckOptions options;
    options.severity_overrides = overrides;
    options.template_mode = template_mode;
    return check_document(*parsed.document, packs(), options);
}

// A plan under test-declarative: the title is line 9 (the third extra front-matter line is
// `registered:`), `## Named people` line 10, and so on.
std::string local_plan(const std::string& registered, const std::string& tail) {
    return plan(complete_plan + tail, "test-declarative", "registered: " + registered + "\n");
}

} // namespace

TEST_CASE("a complete plan and complete minutes have every required section and field") {
    CHECK(summary(check(plan(complete_plan))).empty());
    CHECK(summary(check(minutes(complete_minutes))).empty());
}

TEST_CASE("SECTION-MISSING: each missing section is reported at the title with guidance") {
    const CheckResult result = check(plan(title + views + contingency));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"SECTION-MISSING@8:1",
                                                                       "SECTION-MISSING@8:1",
                                                                       "SECTION-MISSING@8:1"});
    const auto found = findings(result, "SECTION-MISSING");
    CHECK_THAT(found[0].message, Catch::Contains("there is no `## Named people` section: The lead "
                                                 "professional"));
    CHECK_THAT(found[1].message, Catch::Contains("there is no `## Objectives` section"));
    CHECK_THAT(found[2].message, Catch::Contains("there is no `## Information sharing` section"));
}

TEST_CASE("SECTION-MISSING: with no title it is reported at the top of the document") {
    const CheckResult result = check(plan(views + objectives + contingency + sharing));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"SECTION-MISSING@1:1"});
}

TEST_CASE("SECTION-MISSING: an empty required section is reported at its heading") {
    const CheckResult result =
        check(plan(title + named_people + views + "## Objectives\n" + contingency + sharing));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"SECTION-MISSING@14:4"});
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
    const CheckResult core_group = check(minutes(minutes_title + child_seen + minutes_views +
                                                 minutes_sharing + minutes_contingency));
    CHECK(summary(core_group, structure_rules) ==
          std::vector<std::string>{"SECTION-MISSING@8:1", "SECTION-MISSING@8:1"});
    CHECK_THAT(findings(core_group, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Attendance`"));
    CHECK_THAT(findings(core_group, "SECTION-MISSING")[1].message, Catch::Contains("`## Actions`"));

    const CheckResult multi_agency = check(minutes(complete_minutes, "multi-agency-minutes"));
    CHECK(summary(multi_agency, structure_rules) ==
          std::vector<std::string>{"SECTION-MISSING@8:1"});
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
    const CheckResult specific = check(plan(title + named_people + objectives + sharing));
    CHECK(summary(specific, {"SECTION-MISSING", "CONTINGENCY-MISSING", "CHILD-VIEWS-MISSING"}) ==
          std::vector<std::string>{"CONTINGENCY-MISSING@8:1", "CHILD-VIEWS-MISSING@8:1"});

    // When one of them does not run, SECTION-MISSING speaks for its section.
    const CheckResult views_off = check_with(plan(title + named_people + objectives + sharing),
                                             {{"CHILD-VIEWS-MISSING", Severity::off}});
    CHECK(summary(views_off, {"SECTION-MISSING", "CONTINGENCY-MISSING", "CHILD-VIEWS-MISSING"}) ==
          std::vector<std::string>{"SECTION-MISSING@8:1", "CONTINGENCY-MISSING@8:1"});
    CHECK_THAT(findings(views_off, "SECTION-MISSING")[0].message,
               Catch::Contains("`## Child's views`"));

    const CheckResult contingency_off =
        check_with(plan(title + named_people + views + objectives + sharing),
                   {{"CONTINGENCY-MISSING", Severity::off}});
    CHECK(summary(contingency_off, {"SECTION-MISSING", "CONTINGENCY-MISSING"}) ==
          std::vector<std::string>{"SECTION-MISSING@8:1"});
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

    // `## Objectives` is line 11, its record line 12.
    const std::string bare = title + views +
                             "## Objectives\n- {{ objective }}\n"
                             "  - Need: {{ need }}\n" +
                             contingency + sharing;
    const CheckResult in_template = check(plan(bare), "", true);
    CHECK(summary(in_template, structure_rules) ==
          std::vector<std::string>{"SECTION-MISSING@8:1", "FIELD-MISSING@12:3",
                                   "FIELD-MISSING@12:3", "FIELD-MISSING@12:3",
                                   "FIELD-MISSING@12:3"});
    CHECK_THAT(findings(in_template, "FIELD-MISSING")[0].message, Catch::Contains("no `Outcome:`"));
    // The SMART rules are content rules, so in a template FIELD-MISSING speaks for their
    // fields; in a document they do.
    CHECK(summary(check(plan(bare)), structure_rules) ==
          std::vector<std::string>{"SECTION-MISSING@8:1"});
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
    const CheckResult absent =
        check(plan(title +
                   "## Named people\n- Core group member: Jane Doe, Health Visitor, NHS "
                   "Lanarkshire\n" +
                   views + objectives + contingency + sharing));
    CHECK(summary(absent, structure_rules) == std::vector<std::string>{"FIELD-MISSING@9:4"});
    CHECK_THAT(findings(absent, "FIELD-MISSING")[0].message,
               Catch::Contains("`Named people` has no `Lead professional:`: Name, Role, Agency of "
                               "the lead professional."));

    const CheckResult empty = check(plan(title + "## Named people\n- Lead professional:\n" + views +
                                         objectives + contingency + sharing));
    CHECK(summary(empty, structure_rules) == std::vector<std::string>{"FIELD-MISSING@9:4"});

    const CheckResult alias = check(plan(title +
                                         "## Named people\n- Key worker: Alison Reid, "
                                         "Social Worker, Social Work\n" +
                                         views + objectives + contingency + sharing));
    CHECK(summary(alias).empty());
}

TEST_CASE("FIELD-MISSING: a record without a required field, at its title") {
    const CheckResult result = check(
        plan(title + named_people + views + objectives + contingency +
             "## Information sharing\n- Police disclosure of 3 November shared with school\n"
             "  - Decision: share\n  - Reason: relevant to the school's safeguarding of Megan\n"
             "  - Family informed: yes\n"
             "- Conference report shared with the GP\n  - Decision: share\n"
             "  - Shared with: Dr Sam Khan, GP, Riverside Medical Practice\n"
             "  - Reason: the GP is treating Ms Hughes\n  - Family informed: yes\n"));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"FIELD-MISSING@27:3"});
    CHECK_THAT(findings(result, "FIELD-MISSING")[0].message,
               Catch::Contains("this record has no `With:`: Who receives (or would have received) "
                               "the information."));
}

TEST_CASE("FIELD-MISSING: a notification without who told them or when") {
    const CheckResult result =
        check(minutes(complete_minutes + "## Notifications\n"
                                         "- Case conference chair told of the significant "
                                         "issues\n  - To: case conference chair\n"));
    CHECK(summary(result, structure_rules) ==
          std::vector<std::string>{"FIELD-MISSING@35:3", "FIELD-MISSING@35:3"});
    const auto found = findings(result, "FIELD-MISSING");
    CHECK_THAT(found[0].message, Catch::Contains("no `By:`"));
    CHECK_THAT(found[1].message, Catch::Contains("no `Date:`"));
}

TEST_CASE("FIELD-MISSING: a chronology table without a required column, at the table") {
    const CheckResult result =
        check(document("chronology", "test-all-rules",
                       "# Chronology\n## Chronology\n| Date | Type | Event |\n| --- | --- | --- |\n"
                       "| 2026-11-02 | visit-seen | Megan seen at home |\n"));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"FIELD-MISSING@8:1"});
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
    const CheckResult result = check(plan(title + views + objectives + contingency + sharing));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"SECTION-MISSING@8:1"});
}

TEST_CASE("FIELD-MISSING leaves a field to its specific rule when that rule runs") {
    const std::string no_decision =
        title + named_people + views + objectives + contingency +
        "## Information sharing\n- Police disclosure of 3 November shared with school\n"
        "  - With: Greenfield Primary School\n"
        "  - Reason: relevant to the school's safeguarding of Megan\n  - Family informed: yes\n";
    CHECK(summary(check(plan(no_decision)), {"FIELD-MISSING", "INFO-SHARING-DECISION"}) ==
          std::vector<std::string>{"INFO-SHARING-DECISION@27:3"});
    const CheckResult off =
        check_with(plan(no_decision), {{"INFO-SHARING-DECISION", Severity::off}});
    CHECK(summary(off, {"FIELD-MISSING", "INFO-SHARING-DECISION"}) ==
          std::vector<std::string>{"FIELD-MISSING@27:3"});
    CHECK_THAT(findings(off, "FIELD-MISSING")[0].message, Catch::Contains("no `Decision:`"));

    const std::string no_chair =
        minutes_title + "## Attendance\n- Present: Tom Clarke, Social Worker, Social Work\n" +
        child_seen + minutes_views + minutes_sharing + minutes_contingency + actions;
    CHECK(summary(check(minutes(no_chair)), {"FIELD-MISSING", "CHAIR-MISSING"}) ==
          std::vector<std::string>{"CHAIR-MISSING@9:4"});
    const CheckResult chair_off = check_with(minutes(no_chair), {{"CHAIR-MISSING", Severity::off}});
    CHECK(summary(chair_off, {"FIELD-MISSING", "CHAIR-MISSING"}) ==
          std::vector<std::string>{"FIELD-MISSING@9:4"});
    CHECK_THAT(findings(chair_off, "FIELD-MISSING")[0].message,
               Catch::Contains("`Attendance` has no `Chair:`"));

    // With CHILD-SEEN-MISSING off, FIELD-MISSING speaks for the fields of `## Child seen`.
    const std::string seen_by_nobody = minutes_title + attendance +
                                       "## Child seen\n- Last seen: 2026-11-12\n"
                                       "- Seen alone: yes\n" +
                                       minutes_views + minutes_sharing + minutes_contingency +
                                       actions;
    const CheckResult seen_off =
        check_with(minutes(seen_by_nobody), {{"CHILD-SEEN-MISSING", Severity::off}});
    CHECK(summary(seen_off, structure_rules) == std::vector<std::string>{"FIELD-MISSING@13:4"});
    CHECK_THAT(findings(seen_off, "FIELD-MISSING")[0].message,
               Catch::Contains("`Child seen` has no `Seen by:`"));
    CHECK(summary(check(minutes(seen_by_nobody)), {"FIELD-MISSING", "CHILD-SEEN-MISSING"}) ==
          std::vector<std::string>{"CHILD-SEEN-MISSING@13:4"});
}

TEST_CASE("a suppression with a reason silences FIELD-MISSING in its section only") {
    const std::string body =
        title +
        "## Named people\n"
        "<!-- cpdoc-disable FIELD-MISSING: lead professional to be appointed at "
        "conference on 20 November -->\n"
        "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n" +
        views + objectives + contingency +
        "## Information sharing\n- Police disclosure of 3 November shared with school\n"
        "  - Decision: share\n  - Reason: relevant to the school's safeguarding of Megan\n"
        "  - Family informed: yes\n";
    const CheckResult result = check(plan(body));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"FIELD-MISSING@27:3"});
    CHECK(std::count_if(result.findings.begin(), result.findings.end(),
                        [](const Finding& f) { return f.rule_id == "FIELD-MISSING"; }) == 2);
}

TEST_CASE("require: a section the pack requires when its condition holds") {
    const CheckResult registered = check(local_plan("yes", ""));
    CHECK(summary(registered, pack_rules) == std::vector<std::string>{"LOCAL-SAFETY-PLAN@9:1"});
    const auto found = findings(registered, "LOCAL-SAFETY-PLAN");
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message == "there is no `Worker safety` section: the plan for a registered "
                              "child records how workers will visit safely");
    REQUIRE(found[0].citation);
    CHECK(found[0].citation->section == "4.2 Lone working");
    CHECK(std::count(registered.rules_run.begin(), registered.rules_run.end(),
                     "LOCAL-SAFETY-PLAN") == 1);

    CHECK(summary(check(local_plan("no", "")), pack_rules).empty());
    CHECK(summary(check(local_plan("Yes \xE2\x80\x94 since the conference on 3 October", "")),
                  pack_rules) == std::vector<std::string>{"LOCAL-SAFETY-PLAN@9:1"});
    CHECK(summary(check(plan(complete_plan, "test-declarative")), pack_rules).empty());
}

TEST_CASE("require: the field must be filled, in the section under any alias") {
    // `## Worker safety` is line 33.
    const CheckResult unfilled =
        check(local_plan("yes", "## Worker safety\n- [x] Threats made to staff\n- Safety plan:\n"));
    CHECK(summary(unfilled, pack_rules) == std::vector<std::string>{"LOCAL-SAFETY-PLAN@33:4"});
    CHECK_THAT(findings(unfilled, "LOCAL-SAFETY-PLAN")[0].message,
               Catch::Contains("`Worker safety` records no `Safety plan:`"));
    const CheckResult placeholder = check(
        local_plan("yes", "## Worker safety\n- [x] Threats made to staff\n- Safety plan: TBC\n"));
    CHECK(summary(placeholder, pack_rules) == std::vector<std::string>{"LOCAL-SAFETY-PLAN@33:4"});
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
    // `## Analysis` is line 33.
    const CheckResult result = check(local_plan(
        "no", "## Analysis\nMs Hughes has been Non-Engaging since October.\n"
              "## Resistance\n- Visits refused\n  - Who: Ms Hughes (mother), non-engaging\n"));
    CHECK(summary(result, pack_rules) == std::vector<std::string>{"LOCAL-TERM-NON-ENGAGING@34:20",
                                                                  "LOCAL-TERM-NON-ENGAGING@37:30"});
    const auto found = findings(result, "LOCAL-TERM-NON-ENGAGING");
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
    const CheckResult guided = check(
        local_plan("yes", "## Analysis\n{{ analysis, e.g. not non-engaging but what was seen }}\n"),
        "", true);
    CHECK(summary(guided, pack_rules) == std::vector<std::string>{"LOCAL-SAFETY-PLAN@9:1"});
    CHECK(std::count(guided.rules_run.begin(), guided.rules_run.end(), "LOCAL-TERM-NON-ENGAGING") ==
          1);
    const CheckResult worded = check(
        local_plan("yes", "## Analysis\nMum is non-engaging. {{ what was seen }}\n"), "", true);
    CHECK(summary(worded, pack_rules) ==
          std::vector<std::string>{"LOCAL-SAFETY-PLAN@9:1", "LOCAL-TERM-NON-ENGAGING@34:8"});
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

    const CheckResult off = check_with(
        local_plan("yes", "## Analysis\nMs Hughes is non-engaging.\n"),
        {{"LOCAL-SAFETY-PLAN", Severity::off}, {"LOCAL-TERM-NON-ENGAGING", Severity::note}});
    CHECK(summary(off, pack_rules) == std::vector<std::string>{"LOCAL-TERM-NON-ENGAGING@34:14"});
    CHECK(findings(off, "LOCAL-TERM-NON-ENGAGING")[0].severity == Severity::note);
    CHECK(std::count(off.rules_run.begin(), off.rules_run.end(), "LOCAL-SAFETY-PLAN") == 0);
}

TEST_CASE("SECTION-MISSING: a required section that says only `None` or `N/A`") {
    const CheckResult result = check(plan(title + named_people + views + objectives + contingency +
                                          "## Information sharing\nNone.\n"));
    CHECK(summary(result, structure_rules) == std::vector<std::string>{"SECTION-MISSING@26:4"});
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
    const CheckResult prose = check(plan(title + named_people + views +
                                         "## Objectives\nMum and dad to engage with services.\n" +
                                         contingency + sharing));
    CHECK(summary(prose, structure_rules) == std::vector<std::string>{"SECTION-MISSING@14:4"});
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
    // Objectives on lines 15 and 22; only the first has `Support:`.
    const std::string supported = objectives + "  - Support: Women's Aid group on Tuesdays\n";
    const std::string second = objectives.substr(objectives.find('\n') + 1);
    const CheckResult result =
        check(plan(title + named_people + views + supported + second + contingency + sharing,
                   "wos-portfolio-2016"));
    CHECK(summary(result, {"WOS-OBJECTIVE-SUPPORT"}) ==
          std::vector<std::string>{"WOS-OBJECTIVE-SUPPORT@22:3"});
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
    const std::string text =
        minutes(complete_minutes + "## Notifications\n- Case conference chair told\n"
                                   "  - To: case conference chair\n  - By: TBC\n  - Date: TBC\n");
    const CheckResult result = check(text);
    // The date is DATE-INVALID's: one slip, one finding (spec 1.1 section 3).
    CHECK(summary(result, {"FIELD-MISSING", "DATE-INVALID"}) ==
          std::vector<std::string>{"FIELD-MISSING@37:9", "DATE-INVALID@38:11"});
    CHECK(findings(result, "FIELD-MISSING")[0].message == "`By:` says only `TBC`: write who told "
                                                          "them");
    const CheckResult date_invalid_off = check_with(text, {{"DATE-INVALID", Severity::off}});
    CHECK(summary(date_invalid_off, {"FIELD-MISSING", "DATE-INVALID"}) ==
          std::vector<std::string>{"FIELD-MISSING@37:9", "FIELD-MISSING@38:11"});
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
        std::string body = complete_plan;
        body.replace(body.find("Alison Reid, Social Worker, Social Work"), 39, lead);
        CHECK(summary(check(plan(body)), structure_rules) ==
              std::vector<std::string>{"FIELD-MISSING@10:22"});
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
    CHECK(has(check(plan(title + named_people + "## Health visitor's views\nShe is worried.\n" +
                         objectives + contingency + sharing)),
              "CHILD-VIEWS-MISSING", 8));
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
