// CHILD-VIEWS-MISSING, CHILD-SEEN-MISSING.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> child_rules = {"CHILD-VIEWS-MISSING", "CHILD-SEEN-MISSING"};

// Everything a child's plan needs but the child's views. The title is line 8; what `plan()`
// is given starts on line 30.
const std::string plan_sections =
    "# Child's plan for Megan\n"
    "## Named people\n"
    "- Lead professional: Alison Reid, Social Worker, Social Work\n"
    "- Core group member: Jane Doe, Health Visitor, NHS Lanarkshire\n"
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

std::string plan(const std::string& tail, const std::string& sections = plan_sections) {
    return document("child-plan", "test-all-rules", sections + tail,
                    "date: 2026-11-02\nnext-review: 2027-02-01\n");
}

const std::string views = "## Child's views\n"
                          "Megan (7) told her teacher on 12 November that she is scared when Dad "
                          "shouts. She drew her house with herself outside.\n";

// Everything core group minutes need but the record of when the child was seen. The title is
// line 8; what `minutes()` is given starts on line 30.
const std::string minute_sections = "# Core group meeting for Megan\n"
                                    "## Attendance\n"
                                    "- Chair: Alison Reid, Team Manager, Social Work\n"
                                    "- Present: Tom Clarke, Social Worker, Social Work\n"
                                    "- Present: Jane Doe, Health Visitor, NHS Lanarkshire\n" +
                                    views +
                                    "## Information sharing\n"
                                    "- Minutes shared with the GP\n"
                                    "  - Decision: share\n"
                                    "  - With: Dr Sam Khan, GP, Riverside Medical Practice\n"
                                    "  - Reason: the GP is treating Ms Hughes and needs the plan\n"
                                    "  - Family informed: yes\n"
                                    "## Contingency plan\n"
                                    "- Megan not seen for a week\n"
                                    "  - Trigger: Megan not seen by any professional for 7 days\n"
                                    "  - Response: unannounced home visit the next working day\n"
                                    "  - Owner: Tom Clarke\n"
                                    "## Actions\n"
                                    "- Book a joint unannounced visit with police\n"
                                    "  - Owner: Tom Clarke\n"
                                    "  - Due: 2026-11-27\n";

std::string minutes(const std::string& tail) {
    return document("core-group-minutes", "test-all-rules", minute_sections + tail,
                    "date: 2026-11-16\nnext-meeting: 2026-12-07\n");
}

// `## Child seen` is line 30, Last seen line 31, Seen alone line 32, Seen by line 33.
std::string seen(const std::string& last_seen, const std::string& alone, const std::string& by) {
    return minutes("## Child seen\n- Last seen: " + last_seen + "\n- Seen alone: " + alone +
                   "\n- Seen by: " + by + "\n");
}

} // namespace

TEST_CASE("a plan with the child's views and minutes saying when the child was seen pass") {
    CHECK(summary(check(plan(views))).empty());
    CHECK(summary(check(seen("2026-11-12", "yes", "Tom Clarke"))).empty());
}

TEST_CASE("CHILD-VIEWS-MISSING: no section is reported at the title") {
    const CheckResult result = check(plan(""));
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-VIEWS-MISSING@8:1"});
    CHECK_THAT(findings(result, "CHILD-VIEWS-MISSING")[0].message,
               Catch::Contains("add `## Child's views`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHILD-VIEWS-MISSING
}

TEST_CASE("CHILD-VIEWS-MISSING: an empty section or a placeholder is reported at the heading") {
    for (const char* text : {"", "N/A\n", "None.\n", "To be discussed\n", "- see above\n"}) {
        const CheckResult result = check(plan("## Child's views\n" + std::string(text)));
        CAPTURE(text);
        CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-VIEWS-MISSING@30:4"});
    }
    CHECK_THAT(findings(check(plan("## Child's views\nN/A\n")), "CHILD-VIEWS-MISSING")[0].message,
               Catch::Contains("what the child said or showed") &&
                   Catch::Contains("what was observed"));
}

TEST_CASE("CHILD-VIEWS-MISSING: views as a list, and a baby's observed experience, are views") {
    CHECK(summary(check(plan("## Child's views\n"
                             "- Megan said she wants Dad to stop shouting\n"
                             "- She wants to stay at Greenfield Primary\n")),
                  child_rules)
              .empty());
    CHECK(summary(check(plan("## Child's views\nEllie (8 months) was observed at the visit on 10 "
                             "November: she settled quickly with her mother and reached for "
                             "her when the visitor spoke.\n")),
                  child_rules)
              .empty());
}

TEST_CASE("CHILD-VIEWS-MISSING: the section is found under the pack's aliases") {
    CHECK(summary(check(plan("## Voice of the child\nMegan said she likes her new bedroom.\n")),
                  child_rules)
              .empty());
    CHECK(summary(check(plan("## The child's views\nTBC\n")), child_rules) ==
          std::vector<std::string>{"CHILD-VIEWS-MISSING@30:4"});
}

TEST_CASE("CHILD-VIEWS-MISSING: minutes need the child's views too") {
    const std::string without_views =
        minute_sections.substr(0, minute_sections.find("## Child's views")) +
        minute_sections.substr(minute_sections.find("## Information sharing"));
    const CheckResult result =
        check(document("core-group-minutes", "test-all-rules",
                       without_views + "## Child seen\n- Last seen: 2026-11-12\n"
                                       "- Seen alone: yes\n- Seen by: Tom Clarke\n",
                       "date: 2026-11-16\nnext-meeting: 2026-12-07\n"));
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-VIEWS-MISSING@8:1"});
}

TEST_CASE("CHILD-VIEWS-MISSING runs in template mode: a template must have the section") {
    CHECK(summary(check(plan("## Child's views\n{{ what Megan said or showed, and how it was "
                             "gathered }}\n"),
                        "", true),
                  child_rules)
              .empty());
    CHECK(summary(check(plan(""), "", true), child_rules) ==
          std::vector<std::string>{"CHILD-VIEWS-MISSING@8:1"});
}

TEST_CASE("a suppression with a reason silences CHILD-VIEWS-MISSING") {
    const CheckResult in_section =
        check(plan("## Child's views\n<!-- cpdoc-disable CHILD-VIEWS-MISSING: Megan's views "
                   "are in the attached direct work record -->\nN/A\n"));
    CHECK(summary(in_section).empty());
    REQUIRE(in_section.findings.size() == 1);
    CHECK(in_section.findings[0].suppressed);
    CHECK(in_section.findings[0].suppression_reason ==
          "Megan's views are in the attached direct work record");

    const std::string title = "# Child's plan for Megan\n";
    const CheckResult whole_document =
        check(plan("", title +
                           "<!-- cpdoc-disable CHILD-VIEWS-MISSING: views recorded in the "
                           "conference report -->\n" +
                           plan_sections.substr(title.size())));
    CHECK(summary(whole_document).empty());
}

TEST_CASE("CHILD-SEEN-MISSING: no section is reported at the title") {
    const CheckResult result = check(minutes(""));
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@8:1"});
    CHECK_THAT(findings(result, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("add `## Child seen`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHILD-SEEN-MISSING
}

TEST_CASE("CHILD-SEEN-MISSING: missing fields are named at the heading") {
    const CheckResult empty = check(minutes("## Child seen\n"));
    CHECK(summary(empty, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@30:4"});
    CHECK_THAT(findings(empty, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("no `Last seen:`, `Seen alone:`, `Seen by:`"));

    const CheckResult partial = check(minutes("## Child seen\n- Last seen: 2026-11-12\n"
                                              "- Seen alone: yes\n- Seen by:\n"));
    CHECK(summary(partial, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@30:4"});
    CHECK_THAT(findings(partial, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("no `Seen by:`") && !Catch::Contains("`Last seen:`"));
    CHECK(findings(partial, "FIELD-MISSING").empty()); // left to CHILD-SEEN-MISSING
}

TEST_CASE("CHILD-SEEN-MISSING: seen alone must be yes, or no with the reason") {
    const CheckResult not_yes_no = check(seen("2026-11-12", "sometimes", "Tom Clarke"));
    CHECK(summary(not_yes_no, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@32:15"});
    CHECK_THAT(findings(not_yes_no, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("must be yes, or no with the reason"));

    const CheckResult bare_no = check(seen("2026-11-12", "No", "Tom Clarke"));
    // `no` answers the question (spec 1.1 §8): a note asks for the reason, no error.
    CHECK(summary(bare_no, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@32:15"});
    CHECK(findings(bare_no, "CHILD-SEEN-MISSING")[0].severity == Severity::note);
    CHECK(bare_no.count(Severity::error) == 0);
    CHECK_THAT(findings(bare_no, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("not seen alone: say why"));

    CHECK(summary(check(seen("2026-11-12",
                             "no \xE2\x80\x94 Ms Hughes would not leave the room. Tom will see "
                             "Megan at school on 20 November",
                             "Tom Clarke")),
                  child_rules)
              .empty());
}

TEST_CASE("CHILD-SEEN-MISSING: the section and fields are found under the pack's aliases") {
    CHECK(summary(check(minutes("## Seeing the child\n- Date last seen: 12 November 2026\n"
                                "- Seen alone: yes\n- Seen by: Jane Doe\n")))
              .empty());
    CHECK(summary(check(minutes("## When the child was last seen\n- Date last seen: 2026-11-12\n"
                                "- Seen alone: no\n- Seen by: Jane Doe\n")),
                  child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@32:15"});
}

TEST_CASE("CHILD-SEEN-MISSING: a child's plan records no visit") {
    CHECK(summary(check(plan(views)), {"CHILD-SEEN-MISSING"}).empty());
}

TEST_CASE("CHILD-SEEN-MISSING runs in template mode, where placeholders stand for values") {
    CHECK(summary(check(seen("{{ date }}", "{{ yes, or no with the reason }}",
                             "{{ Name, Role, Agency }}"),
                        "", true),
                  child_rules)
              .empty());
    CHECK(summary(check(minutes("## Child seen\n- Last seen: {{ date }}\n"), "", true),
                  child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@30:4"});
}

TEST_CASE("a suppression with a reason silences CHILD-SEEN-MISSING") {
    const CheckResult result =
        check(minutes("## Child seen\n<!-- cpdoc-disable CHILD-SEEN-MISSING: Megan is in "
                      "hospital, seen on the ward by the nurse only -->\n- Last seen: 2026-11-12\n"
                      "- Seen alone: no\n- Seen by: Jane Doe\n"));
    CHECK(summary(result).empty());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].pos == Position{33, 15});
    CHECK(result.findings[0].suppressed);
}

TEST_CASE("CHILD-VIEWS-MISSING: a short note that the views are not known is not the views") {
    for (const std::string text :
         {"Not known.", "Views not sought at this meeting.", "Not obtained", "Too young."}) {
        INFO(text);
        CHECK(summary(check(plan("## Child's views\n" + text + "\n")), child_rules) ==
              std::vector<std::string>{"CHILD-VIEWS-MISSING@30:4"});
    }
    // Said among what is known, it is part of a record of the child's views.
    CHECK(summary(check(plan("## Child's views\nMegan told her teacher on 12 November that she "
                             "is scared when Dad shouts; what she feels about contact is not "
                             "known.\n")),
                  child_rules)
              .empty());
}

TEST_CASE("CHILD-SEEN-MISSING: not seen alone, with a placeholder for the reason") {
    const CheckResult result = check(seen("2026-11-12", "no - N/A", "Tom Clarke"));
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@32:15"});
    CHECK(findings(result, "CHILD-SEEN-MISSING")[0].severity == Severity::note);
}

TEST_CASE("CHILD-VIEWS-MISSING: views that were not sought are missing, however long the note") {
    for (const std::string text :
         {"Not sought at this meeting \xE2\x80\x93 she was off school this week. SW to see her on "
          "10 December and ask her about contact.",
          "Megan's views were not gathered for this meeting because she was unwell; Tom will "
          "visit her at school next week to talk about home.",
          "Unable to obtain Megan's views as she would not come out of her room. The worker will "
          "try again at school with her teacher present."}) {
        INFO(text);
        CHECK(summary(check(plan("## Child's views\n" + text + "\n")), child_rules) ==
              std::vector<std::string>{"CHILD-VIEWS-MISSING@30:4"});
    }
    // Views recorded first, and a note after them of what was not asked, are views.
    CHECK(summary(check(plan("## Child's views\nMegan told her teacher she is scared when Dad "
                             "shouts. Her views on contact were not sought at this meeting.\n")),
                  child_rules)
              .empty());
}

TEST_CASE("CHILD-SEEN-MISSING: last seen after the meeting is a slip") {
    const CheckResult result = check(seen("2026-12-20", "yes", "Tom Clarke"));
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@31:14"});
    CHECK_THAT(findings(result, "CHILD-SEEN-MISSING")[0].message,
               Catch::StartsWith("the child was last seen on 20 December 2026, after the meeting "
                                 "on 16 November 2026"));
}

TEST_CASE("CHILD-SEEN-MISSING: a sibling group records each child seen") {
    const std::string each = minutes("## Child seen\n"
                                     "- Megan\n  - Last seen: 2026-11-12\n  - Seen alone: yes\n"
                                     "  - Seen by: Tom Clarke\n"
                                     "- Leo\n  - Last seen: 2026-11-10\n  - Seen alone: no\n"
                                     "  - Seen by: Tom Clarke\n");
    const CheckResult result = check(each);
    // Leo was not seen alone, and no reason is given (line 37).
    CHECK(summary(result, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@37:17"});
    const CheckResult missing = check(minutes("## Child seen\n- Megan\n  - Last seen: 2026-11-12\n"
                                              "  - Seen alone: yes\n  - Seen by: Tom Clarke\n"
                                              "- Leo\n  - Seen by: Tom Clarke\n"));
    CHECK(summary(missing, child_rules) == std::vector<std::string>{"CHILD-SEEN-MISSING@35:3"});
    CHECK_THAT(findings(missing, "CHILD-SEEN-MISSING")[0].message,
               Catch::StartsWith("`Leo` has no `Last seen:`, `Seen alone:`"));
}

TEST_CASE("CHILD-SEEN-MISSING: a child seen only by the family attending is not seen") {
    std::string text = seen("2026-11-12", "yes", "Kelly Hughes");
    text.replace(text.find("## Attendance\n"), 14,
                 "## Attendance\n- Family: Kelly Hughes, Mother\n");
    CHECK(summary(check(text), child_rules) ==
          std::vector<std::string>{"CHILD-SEEN-MISSING@34:12"});
}

TEST_CASE("CHILD-VIEWS-MISSING: the section as practitioners name it") {
    for (const std::string heading : {"Young person's views", "Child's wishes and feelings",
                                      "Wishes and feelings", "Voice of the young person"}) {
        INFO(heading);
        CHECK(summary(check(plan("## " + heading +
                                 "\nMegan told her teacher that she is scared when Dad "
                                 "shouts.\n")),
                      child_rules)
                  .empty());
    }
}

TEST_CASE("CHILD-VIEWS-MISSING: the child's views under the child's name, not an adult's") {
    const std::string said = "\nMegan told her teacher that she is scared when Dad shouts.\n";
    for (const std::string heading :
         {"Megan's views", "Megan\xE2\x80\x99s wishes and feelings", "4. Views of Megan"}) {
        INFO(heading);
        CHECK(summary(check(plan("## " + heading + said)), child_rules).empty());
    }
    for (const std::string heading : {"Mum's views", "Parents' views", "Views of professionals"}) {
        INFO(heading);
        CHECK(summary(check(plan("## " + heading + said)), child_rules) ==
              std::vector<std::string>{"CHILD-VIEWS-MISSING@8:1"});
    }
}

TEST_CASE("CHILD-SEEN-MISSING: `## Child last seen` is the child seen section") {
    CHECK(summary(check(minutes("## Child last seen\n- Last seen: 12 November 2026\n"
                                "- Seen alone: yes\n- Seen by: Jane Doe\n")),
                  child_rules)
              .empty());
}
