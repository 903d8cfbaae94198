// CHILD-VIEWS-MISSING, CHILD-SEEN-MISSING. Each case is a base document (tests/fixtures/base)
// with its child's views or child seen section rewritten, and states the findings it must
// raise at the line they are about.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::string expect_views_missing_at_heading = "<!-- expect: CHILD-VIEWS-MISSING:4 -->\n";

// The base child's plan with this child's views section (none when empty).
std::string plan_with_views(const std::string& section) {
    return with_section(base_document("child-plan"), "## Child's views", section);
}

// The base child's plan with no child's views section, and the finding that says so expected
// at its title.
std::string plan_without_views() {
    return edited(plan_with_views(""), "# Child's plan for Megan\n",
                  "# Child's plan for Megan\n<!-- expect: CHILD-VIEWS-MISSING:1 -->\n");
}

// The base minutes with this child seen section (none when empty).
std::string minutes_with_seen(const std::string& section) {
    return with_section(base_document("minutes"), "## Child seen", section);
}

std::string seen(const std::string& last_seen, const std::string& alone, const std::string& by) {
    return minutes_with_seen("## Child seen\n- Last seen: " + last_seen +
                             "\n- Seen alone: " + alone + "\n- Seen by: " + by + "\n");
}

} // namespace

TEST_CASE("a plan with the child's views and minutes saying when the child was seen pass") {
    check_expected(plan_with_views("## Child's views\n"
                                   "Megan (7) told her teacher on 12 November that she is scared "
                                   "when Dad shouts. She drew her house with herself outside.\n"));
    check_expected(seen("2026-11-12", "yes", "Tom Clarke"));
}

TEST_CASE("CHILD-VIEWS-MISSING: no section is reported at the title") {
    const CheckResult result = check_expected(plan_without_views());
    CHECK_THAT(findings(result, "CHILD-VIEWS-MISSING")[0].message,
               Catch::Contains("add `## Child's views`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHILD-VIEWS-MISSING
}

TEST_CASE("CHILD-VIEWS-MISSING: an empty section or a placeholder is reported at the heading") {
    for (const char* text : {"", "N/A\n", "None.\n", "To be discussed\n", "- see above\n"}) {
        CAPTURE(text);
        check_expected(
            plan_with_views("## Child's views\n" + expect_views_missing_at_heading + text));
    }
    CHECK_THAT(findings(check(plan_with_views("## Child's views\nN/A\n")), "CHILD-VIEWS-MISSING")[0]
                   .message,
               Catch::Contains("what the child said or showed") &&
                   Catch::Contains("what was observed"));
}

TEST_CASE("CHILD-VIEWS-MISSING: views as a list, and a baby's observed experience, are views") {
    check_expected(plan_with_views(R"(## Child's views
- Megan said she wants Dad to stop shouting
- She wants to stay at Greenfield Primary
)"));
    check_expected(plan_with_views(R"(## Child's views
Ellie (8 months) was observed at the visit on 10 November: she settled quickly with her mother and reached for her when the visitor spoke.
)"));
}

TEST_CASE("CHILD-VIEWS-MISSING: the section is found under the pack's aliases") {
    check_expected(
        plan_with_views("## Voice of the child\nMegan said she likes her new bedroom.\n"));
    check_expected(
        plan_with_views("## The child's views\n" + expect_views_missing_at_heading + "TBC\n"));
}

TEST_CASE("CHILD-VIEWS-MISSING: minutes need the child's views too") {
    check_expected(edited(with_section(base_document("minutes"), "## Child's views", ""),
                          "# Core group meeting for Megan\n",
                          "# Core group meeting for Megan\n"
                          "<!-- expect: CHILD-VIEWS-MISSING:1 -->\n"));
}

TEST_CASE("CHILD-VIEWS-MISSING runs in template mode: a template must have the section") {
    check_expected(plan_with_views("## Child's views\n{{ what Megan said or showed, and how it "
                                   "was gathered }}\n"),
                   "", true);
    check_expected(plan_without_views(), "", true);
}

TEST_CASE("a suppression with a reason silences CHILD-VIEWS-MISSING") {
    const CheckResult in_section = check_expected(plan_with_views(R"(## Child's views
<!-- cpdoc-disable CHILD-VIEWS-MISSING: Megan's views are in the attached direct work record -->
N/A
)"));
    REQUIRE(in_section.findings.size() == 1);
    CHECK(in_section.findings[0].suppressed);
    CHECK(in_section.findings[0].suppression_reason ==
          "Megan's views are in the attached direct work record");

    check_expected(edited(plan_with_views(""), "# Child's plan for Megan\n",
                          "# Child's plan for Megan\n<!-- cpdoc-disable CHILD-VIEWS-MISSING: "
                          "views recorded in the conference report -->\n"));
}

TEST_CASE("CHILD-SEEN-MISSING: no section is reported at the title") {
    const CheckResult result = check_expected(
        edited(minutes_with_seen(""), "# Core group meeting for Megan\n",
               "# Core group meeting for Megan\n<!-- expect: CHILD-SEEN-MISSING:1 -->\n"));
    CHECK_THAT(findings(result, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("add `## Child seen`"));
    CHECK(findings(result, "SECTION-MISSING").empty()); // left to CHILD-SEEN-MISSING
}

TEST_CASE("CHILD-SEEN-MISSING: missing fields are named at the heading") {
    const CheckResult empty =
        check_expected(minutes_with_seen("## Child seen\n<!-- expect: CHILD-SEEN-MISSING:4 -->\n"));
    CHECK_THAT(findings(empty, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("no `Last seen:`, `Seen alone:`, `Seen by:`"));

    const CheckResult partial = check_expected(minutes_with_seen(R"(## Child seen
<!-- expect: CHILD-SEEN-MISSING:4 -->
- Last seen: 2026-11-12
- Seen alone: yes
- Seen by:
)"));
    CHECK_THAT(findings(partial, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("no `Seen by:`") && !Catch::Contains("`Last seen:`"));
    CHECK(findings(partial, "FIELD-MISSING").empty()); // left to CHILD-SEEN-MISSING
}

TEST_CASE("CHILD-SEEN-MISSING: seen alone must be yes, or no with the reason") {
    const CheckResult not_yes_no = check_expected(minutes_with_seen(R"(## Child seen
- Last seen: 2026-11-12
- Seen alone: sometimes
  <!-- expect: CHILD-SEEN-MISSING:15 -->
- Seen by: Tom Clarke
)"));
    CHECK_THAT(findings(not_yes_no, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("must be yes, or no with the reason"));

    const CheckResult bare_no = check_expected(minutes_with_seen(R"(## Child seen
- Last seen: 2026-11-12
- Seen alone: No
  <!-- expect: CHILD-SEEN-MISSING:15 -->
- Seen by: Tom Clarke
)"));
    // `no` answers the question (spec 1.1 §8): a note asks for the reason, no error.
    CHECK(findings(bare_no, "CHILD-SEEN-MISSING")[0].severity == Severity::note);
    CHECK(bare_no.count(Severity::error) == 0);
    CHECK_THAT(findings(bare_no, "CHILD-SEEN-MISSING")[0].message,
               Catch::Contains("not seen alone: say why"));

    check_expected(seen("2026-11-12",
                        "no — Ms Hughes would not leave the room. Tom will see Megan at school on "
                        "20 November",
                        "Tom Clarke"));
}

TEST_CASE("CHILD-SEEN-MISSING: the section and fields are found under the pack's aliases") {
    check_expected(minutes_with_seen(R"(## Seeing the child
- Date last seen: 12 November 2026
- Seen alone: yes
- Seen by: Jane Doe
)"));
    check_expected(minutes_with_seen(R"(## When the child was last seen
- Date last seen: 2026-11-12
- Seen alone: no
  <!-- expect: CHILD-SEEN-MISSING:15 -->
- Seen by: Jane Doe
)"));
}

TEST_CASE("CHILD-SEEN-MISSING: a child's plan records no visit") {
    check_expected(base_document("child-plan"));
}

TEST_CASE("CHILD-SEEN-MISSING runs in template mode, where placeholders stand for values") {
    check_expected(
        seen("{{ date }}", "{{ yes, or no with the reason }}", "{{ Name, Role, Agency }}"), "",
        true);
    check_expected(minutes_with_seen(R"(## Child seen
<!-- expect: CHILD-SEEN-MISSING:4 -->
- Last seen: {{ date }}
)"),
                   "", true);
}

TEST_CASE("a suppression with a reason silences CHILD-SEEN-MISSING") {
    const std::string text = minutes_with_seen(R"(## Child seen
<!-- cpdoc-disable CHILD-SEEN-MISSING: Megan is in hospital, seen on the ward by the nurse only -->
- Last seen: 2026-11-12
- Seen alone: no
- Seen by: Jane Doe
)");
    const CheckResult result = check_expected(text);
    REQUIRE(result.findings.size() == 1);
    CHECK(lines_of(text)[result.findings[0].pos.line - 1] == "- Seen alone: no");
    CHECK(result.findings[0].pos.column == 15);
    CHECK(result.findings[0].suppressed);
}

TEST_CASE("CHILD-VIEWS-MISSING: a short note that the views are not known is not the views") {
    for (const std::string text :
         {"Not known.", "Views not sought at this meeting.", "Not obtained", "Too young."}) {
        INFO(text);
        check_expected(
            plan_with_views("## Child's views\n" + expect_views_missing_at_heading + text + "\n"));
    }
    // Said among what is known, it is part of a record of the child's views.
    check_expected(plan_with_views(R"(## Child's views
Megan told her teacher on 12 November that she is scared when Dad shouts; what she feels about contact is not known.
)"));
}

TEST_CASE("CHILD-SEEN-MISSING: not seen alone, with a placeholder for the reason") {
    const CheckResult result = check_expected(minutes_with_seen(R"(## Child seen
- Last seen: 2026-11-12
- Seen alone: no - N/A
  <!-- expect: CHILD-SEEN-MISSING:15 -->
- Seen by: Tom Clarke
)"));
    CHECK(findings(result, "CHILD-SEEN-MISSING")[0].severity == Severity::note);
}

TEST_CASE("CHILD-VIEWS-MISSING: views that were not sought are missing, however long the note") {
    for (const std::string text :
         {"Not sought at this meeting – she was off school this week. SW to see her on 10 "
          "December and ask her about contact.",
          "Megan's views were not gathered for this meeting because she was unwell; Tom will "
          "visit her at school next week to talk about home.",
          "Unable to obtain Megan's views as she would not come out of her room. The worker will "
          "try again at school with her teacher present."}) {
        INFO(text);
        check_expected(
            plan_with_views("## Child's views\n" + expect_views_missing_at_heading + text + "\n"));
    }
    // Views recorded first, and a note after them of what was not asked, are views.
    check_expected(plan_with_views(R"(## Child's views
Megan told her teacher she is scared when Dad shouts. Her views on contact were not sought at this meeting.
)"));
    // Said last, with nothing of the child before it: still no views.
    check_expected(plan_with_views("## Child's views\n" + expect_views_missing_at_heading +
                                   "Megan is 9. Not seen alone this period as Mum would not "
                                   "allow it. Views not sought.\n"));
}

TEST_CASE("CHILD-SEEN-MISSING: last seen after the meeting is a slip") {
    const CheckResult result = check_expected(minutes_with_seen(R"(## Child seen
- Last seen: 2026-12-20
  <!-- expect: CHILD-SEEN-MISSING:14 -->
- Seen alone: yes
- Seen by: Tom Clarke
)"));
    CHECK_THAT(findings(result, "CHILD-SEEN-MISSING")[0].message,
               Catch::StartsWith("the child was last seen on 20 December 2026, after the meeting "
                                 "on 16 November 2026"));
}

TEST_CASE("CHILD-SEEN-MISSING: a sibling group records each child seen") {
    // Leo was not seen alone, and no reason is given.
    check_expected(minutes_with_seen(R"(## Child seen
- Megan
  - Last seen: 2026-11-12
  - Seen alone: yes
  - Seen by: Tom Clarke
- Leo
  - Last seen: 2026-11-10
  - Seen alone: no
    <!-- expect: CHILD-SEEN-MISSING:17 -->
  - Seen by: Tom Clarke
)"));
    const CheckResult missing = check_expected(minutes_with_seen(R"(## Child seen
- Megan
  - Last seen: 2026-11-12
  - Seen alone: yes
  - Seen by: Tom Clarke
- Leo
  <!-- expect: CHILD-SEEN-MISSING:3 -->
  - Seen by: Tom Clarke
)"));
    CHECK_THAT(findings(missing, "CHILD-SEEN-MISSING")[0].message,
               Catch::StartsWith("`Leo` has no `Last seen:`, `Seen alone:`"));
}

TEST_CASE("CHILD-SEEN-MISSING: a child seen only by the family attending is not seen") {
    check_expected(edited(minutes_with_seen(R"(## Child seen
- Last seen: 2026-11-12
- Seen alone: yes
- Seen by: Kelly Hughes
  <!-- expect: CHILD-SEEN-MISSING:12 -->
)"),
                          "## Attendance\n", "## Attendance\n- Family: Kelly Hughes, Mother\n"));
}

TEST_CASE("CHILD-VIEWS-MISSING: the section as practitioners name it") {
    for (const std::string heading : {"Young person's views", "Child's wishes and feelings",
                                      "Wishes and feelings", "Voice of the young person"}) {
        INFO(heading);
        check_expected(plan_with_views(
            "## " + heading + "\nMegan told her teacher that she is scared when Dad shouts.\n"));
    }
}

TEST_CASE("CHILD-VIEWS-MISSING: the child's views under the child's name, not an adult's") {
    const std::string said = "\nMegan told her teacher that she is scared when Dad shouts.\n";
    for (const std::string heading :
         {"Megan's views", "Megan’s wishes and feelings", "4. Views of Megan"}) {
        INFO(heading);
        check_expected(plan_with_views("## " + heading + said));
    }
    for (const std::string heading : {"Mum's views", "Parents' views", "Views of professionals"}) {
        INFO(heading);
        check_expected(
            edited(plan_with_views("## " + heading + said), "# Child's plan for Megan\n",
                   "# Child's plan for Megan\n<!-- expect: CHILD-VIEWS-MISSING:1 -->\n"));
    }
}

TEST_CASE("CHILD-SEEN-MISSING: `## Child last seen` is the child seen section") {
    check_expected(minutes_with_seen(R"(## Child last seen
- Last seen: 12 November 2026
- Seen alone: yes
- Seen by: Jane Doe
)"));
}

TEST_CASE("CHILD-VIEWS-MISSING: the headings practitioners give the child's views") {
    for (const std::string heading :
         {"## Child's views and wishes", "## Views of the Child / Young Person",
          "## Views and wishes", "## Child's views – what Megan told us"}) {
        INFO(heading);
        check_expected(plan_with_views(heading +
                                       "\nMegan said she likes nursery and wants to see her gran "
                                       "more; she was seen alone at nursery on 12 November.\n"));
    }
}
