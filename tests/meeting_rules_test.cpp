// CHAIR-MISSING, CHAIR-NOT-MANAGER, ACTION-OWNER-MISSING, ACTION-OWNER-NOT-PERSON,
// ACTION-OWNER-UNKNOWN, ACTION-DUE-MISSING. Each case is the base minutes
// (tests/fixtures/base/minutes.md) with their attendance or actions rewritten, and states the
// findings of the rules it is about at the line they are about (tests/expected_findings.hpp).
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> chair_rules = {"CHAIR-MISSING", "CHAIR-NOT-MANAGER"};
const std::vector<std::string> action_rules = {"ACTION-OWNER-MISSING", "ACTION-OWNER-NOT-PERSON",
                                               "ACTION-OWNER-UNKNOWN", "ACTION-DUE-MISSING"};

// The base minutes' attendance fields.
const std::string attendance = "- Chair: Alison Reid, Team Manager, Social Work\n"
                               "- Minute taker: Priya Shah, Business Support Officer, Social Work\n"
                               "- Present: Tom Clarke, Social Worker, Social Work\n"
                               "- Present: Jane Doe, Health Visitor, NHS Lanarkshire\n"
                               "- Apologies: Mark Evans, Head Teacher, Greenfield Primary School\n";

const std::string good_actions = "- Book a joint unannounced visit with police\n"
                                 "  - Owner: Tom Clarke\n"
                                 "  - Due: 2026-11-27\n"
                                 "- Offer Ms Hughes an appointment at the clinic\n"
                                 "  - Owner: Jane Doe\n"
                                 "  - Due: 2026-11-30\n";

// The base minutes with this attendance and these actions, and of this kind.
std::string minutes(const std::string& attendance_fields, const std::string& actions,
                    const std::string& kind = "core-group-minutes") {
    std::string text = with_section(base_document("minutes"), "## Attendance",
                                    "## Attendance\n" + attendance_fields);
    text = with_section(text, "## Actions", "## Actions\n" + actions);
    return edited(text, "document: core-group-minutes\n", "document: " + kind + "\n");
}

// The attendance with its chair's line replaced by `chair_line`.
std::string chaired(const std::string& chair_line) {
    return chair_line + attendance.substr(attendance.find('\n') + 1);
}

// The base minutes with these actions.
std::string actions(const std::string& records) {
    return minutes(attendance, records);
}

// One action per owner, each owner followed by `expected` (an expectation, or nothing) where
// it is in `reported`.
std::string owned_by(const std::vector<std::string>& owners,
                     const std::vector<std::string>& reported = {},
                     const std::string& expected = "") {
    std::string records;
    for (const std::string& owner : owners)
        records += "- Ask the school for Megan's attendance record\n  - Owner: " + owner + "\n" +
                   (std::count(reported.begin(), reported.end(), owner) ? expected : "") +
                   "  - Due: 2026-11-27\n";
    return actions(records);
}

const std::string owner_not_person = "    <!-- expect: ACTION-OWNER-NOT-PERSON:12 -->\n";
const std::string owner_unknown = "    <!-- expect: ACTION-OWNER-UNKNOWN:12 -->\n";

} // namespace

TEST_CASE("minutes chaired by a manager with owned, dated actions pass") {
    CHECK(actions(good_actions) == base_document("minutes"));
    check_expected(base_document("minutes"));
}

TEST_CASE("CHAIR-MISSING: no chair is reported at the attendance heading") {
    const CheckResult result = check_expected_of(
        chair_rules, minutes("<!-- expect: CHAIR-MISSING:4 -->\n"
                             "- Present: Alison Reid, Team Manager, Social Work\n"
                             "- Present: Tom Clarke, Social Worker, Social Work\n",
                             good_actions));
    CHECK_THAT(findings(result, "CHAIR-MISSING")[0].message,
               Catch::Contains("`- Chair: Name, Role, Agency`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to CHAIR-MISSING
}

TEST_CASE("CHAIR-MISSING: an empty chair field is no chair") {
    check_expected_of(
        chair_rules,
        minutes("<!-- expect: CHAIR-MISSING:4 -->\n" + chaired("- Chair:\n"), good_actions));
}

TEST_CASE("CHAIR-MISSING: minutes with no attendance are reported at the title") {
    check_expected_of(chair_rules,
                      edited(with_section(base_document("minutes"), "## Attendance", ""),
                             "# Core group meeting for Megan\n",
                             "# Core group meeting for Megan\n<!-- expect: CHAIR-MISSING:1 -->\n"));
}

TEST_CASE("CHAIR-MISSING: a child's plan has no chair to miss") {
    const CheckResult result =
        check(document("child-plan", "test-all-rules",
                       "# Child's plan for Megan\n## Named people\n"
                       "- Lead professional: Alison Reid, Social Worker, Social Work\n",
                       "date: 2026-11-02\nnext-review: 2027-02-01\n"));
    CHECK(summary(result, chair_rules).empty());
}

TEST_CASE("CHAIR-NOT-MANAGER: a practitioner in the chair is reported at the value") {
    const CheckResult result = check_expected_of(
        chair_rules, minutes(chaired("- Chair: Jo Bell, Social Worker, Social Work\n"
                                     "  <!-- expect: CHAIR-NOT-MANAGER:10 -->\n"),
                             good_actions));
    CHECK_THAT(findings(result, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("Jo Bell, is a Social Worker, not a manager"));
}

TEST_CASE("CHAIR-NOT-MANAGER: the role is named with the article it is said with") {
    for (const auto& [role, said] : std::vector<std::pair<std::string, std::string>>{
             {"Early Years Worker", "is an Early Years Worker"},
             {"HV", "is an HV"},
             {"SW", "is an SW"},
             {"Named Person", "is a Named Person"},
             {"Unit Officer", "is a Unit Officer"},
             {"Outreach Worker", "is an Outreach Worker"}}) {
        const CheckResult result =
            check(minutes(chaired("- Chair: Jo Bell, " + role + ", Social Work\n"), good_actions));
        CAPTURE(role);
        REQUIRE(findings(result, "CHAIR-NOT-MANAGER").size() == 1);
        CHECK_THAT(findings(result, "CHAIR-NOT-MANAGER")[0].message,
                   Catch::Contains("Jo Bell, " + said + ", not a manager"));
    }
}

TEST_CASE("CHAIR-NOT-MANAGER: the policy's manager roles may chair") {
    for (const char* chair :
         {"Alison Reid, Team Manager, Social Work", "Alison Reid, Senior Practitioner, Social Work",
          "Alison Reid, Independent Reviewing Officer, Children's Services",
          "Alison Reid (Child Protection Chair, Social Work)",
          "Alison Reid, acting team manager, Social Work"}) {
        const CheckResult result =
            check(minutes(chaired("- Chair: " + std::string(chair) + "\n"), good_actions));
        CAPTURE(chair);
        CHECK(summary(result, chair_rules).empty());
    }
}

TEST_CASE("CHAIR-NOT-MANAGER: a chair's role is taken from where they are named in full") {
    const std::string not_manager = "  <!-- expect: CHAIR-NOT-MANAGER:10 -->\n";
    const CheckResult named_elsewhere = check_expected_of(
        chair_rules, minutes(chaired("- Chair: Tom Clarke\n" + not_manager), good_actions));
    CHECK_THAT(findings(named_elsewhere, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("is a Social Worker"));

    const CheckResult manager_elsewhere = check(minutes(
        chaired("- Chair: Alison Reid\n- Present: Alison Reid, Team Manager, Social Work\n"),
        good_actions));
    CHECK(summary(manager_elsewhere, chair_rules).empty());

    const CheckResult no_role = check_expected_of(
        chair_rules, minutes(chaired("- Chair: Alison Reid\n" + not_manager), good_actions));
    CHECK_THAT(findings(no_role, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("role is not recorded"));

    // A manager's words in a role that manages no practitioner: not a manager; a head of
    // service is one.
    for (const std::string role : {"Business Support Manager, Children's Social Care",
                                   "Case Manager, Youth Offending", "Head of Year 9, Academy"}) {
        INFO(role);
        check_expected_of(
            chair_rules,
            minutes(chaired("- Chair: Sam Lee, " + role + "\n" + not_manager), good_actions));
    }
    CHECK(summary(check(minutes(chaired("- Chair: Sam Lee, Head of Service, Social Work\n"),
                                good_actions)),
                  chair_rules)
              .empty());

    // The role typed into the name, without a comma: say what is missing is the comma.
    const CheckResult run_in = check_expected_of(
        chair_rules,
        minutes(chaired("- Chair: Alison Reid Team Manager\n" + not_manager), good_actions));
    CHECK_THAT(findings(run_in, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("the chair's role is not separated from the name") &&
                   Catch::Contains("with commas between them"));
}

TEST_CASE("chair rules read the chair under the pack's aliases") {
    check_expected(
        minutes(chaired("- Chaired by: Alison Reid, Team Manager, Social Work\n"), good_actions));
    check_expected_of(chair_rules,
                      with_section(base_document("minutes"), "## Attendance",
                                   "## Those present\n"
                                   "- Chairperson: Jo Bell, Social Worker, Social Work\n"
                                   "  <!-- expect: CHAIR-NOT-MANAGER:16 -->\n"
                                   "- Attended: Tom Clarke, Social Worker, Social Work\n"));
}

TEST_CASE("ACTION-OWNER-MISSING: an action with no owner is reported at its title") {
    const CheckResult result =
        check_expected_of(action_rules, actions("- Book a joint unannounced visit with police\n"
                                                "  <!-- expect: ACTION-OWNER-MISSING:3 -->\n"
                                                "  - Due: 2026-11-27\n"
                                                "- Offer Ms Hughes an appointment at the clinic\n"
                                                "  <!-- expect: ACTION-OWNER-MISSING:3 -->\n"
                                                "  - Owner:\n"
                                                "  - Due: 2026-11-30\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-MISSING")[0].message, Catch::Contains("no `Owner:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to ACTION-OWNER-MISSING
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: agencies, roles, everyone and two people") {
    const std::vector<std::string> not_people = {
        "Health", "all agencies", "Team Manager",         "Tom Clarke / Jane Doe",
        "TBC",    "Social Care",  "Tom Clarke; Jane Doe", "Admin"};
    std::vector<std::string> owners = not_people;
    owners.push_back("Jane Doe");
    const CheckResult result =
        check_expected_of(action_rules, owned_by(owners, not_people, owner_not_person));
    const auto found = findings(result, "ACTION-OWNER-NOT-PERSON");
    REQUIRE(found.size() == 8);
    CHECK_THAT(found[0].message, Catch::Contains("`Health` is not a named person"));
    CHECK_THAT(found[6].message, Catch::Contains("more than one person"));
    CHECK_THAT(found[2].message, Catch::Contains("`Team Manager` is a role"));
    CHECK_THAT(found[3].message, Catch::Contains("more than one person"));
    CHECK_THAT(found[4].message, Catch::Contains("name the person accountable"));
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: a relation the minutes name is told by name") {
    const CheckResult result = check_expected_of(
        action_rules, minutes(attendance + "- Family: Dad (Mark Dean)\n",
                              "- Ask the school for Megan's attendance record\n  - Owner: Dad\n" +
                                  owner_not_person + "  - Due: 2026-11-27\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-NOT-PERSON")[0].message,
               Catch::Contains("`Dad` is not a named person: write their name, `Mark Dean`"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a misspelt name gets a suggestion") {
    const std::vector<std::string> owners = {
        "Jane Dow", "Sarah Lee, Family Support Worker, Action for Children"};
    const CheckResult result =
        check_expected_of(action_rules, owned_by(owners, owners, owner_unknown));
    const auto found = findings(result, "ACTION-OWNER-UNKNOWN");
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0].message, Catch::Contains("`Jane Dow` is not named in the attendance") &&
                                     Catch::Contains("did you mean `Jane Doe`?"));
    CHECK_THAT(found[1].message, Catch::Contains("`Sarah Lee`") &&
                                     Catch::Contains("add them there") &&
                                     !Catch::Contains("did you mean"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: anyone named in the minutes may own an action") {
    // The chair, a name with a title, a role and agency, apologies, whoever saw the child, and
    // a first name only when just one person has it.
    check_expected(
        owned_by({"Alison Reid", "Dr Jane Doe", "jane  DOE, Health Visitor, NHS Lanarkshire",
                  "Mark Evans", "Tom", "Priya Shah"}));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: an initial with a surname, or a first name with an initial") {
    // "A. Reid" and "Tom C" are the one Alison Reid and Tom Clarke; "Tom X" is no one named.
    check_expected_of(action_rules, owned_by({"A. Reid", "Mrs A Reid", "Tom C", "Jane D.", "Tom X"},
                                             {"Tom X"}, owner_unknown));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a first name shared by two people is not enough") {
    check_expected_of(
        action_rules,
        minutes(attendance + "- Present: Alison Grant, Family Support Worker, Social Work\n",
                "- Book a joint unannounced visit with police\n  - Owner: Alison\n" +
                    owner_unknown + "  - Due: 2026-11-27\n"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: an owner that is no person is left to ACTION-OWNER-NOT-PERSON") {
    check_expected_of(action_rules, owned_by({"Social Work"}, {"Social Work"}, owner_not_person));
}

TEST_CASE("ACTION-DUE-MISSING: an action with no due date is reported at its title") {
    const CheckResult result =
        check_expected_of(action_rules, actions("- Book a joint unannounced visit with police\n"
                                                "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                                                "  - Owner: Tom Clarke\n"
                                                "- Offer Ms Hughes an appointment at the clinic\n"
                                                "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                                                "  - Owner: Jane Doe\n"
                                                "  - Due:\n"
                                                "- Chase the GP for Megan's immunisation record\n"
                                                "  - Owner: Jane Doe\n"
                                                "  - By when: 2026-12-01\n"));
    CHECK_THAT(findings(result, "ACTION-DUE-MISSING")[0].message, Catch::Contains("no `Due:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to ACTION-DUE-MISSING
}

TEST_CASE("ACTION-DUE-MISSING: a due date before the meeting that agreed the action") {
    // The meeting is on 2026-11-16; the first due date has last year's year.
    const CheckResult result =
        check_expected_of(action_rules, actions("- Book a joint unannounced visit with police\n"
                                                "  - Owner: Tom Clarke\n"
                                                "  - Due: 2025-11-27\n"
                                                "    <!-- expect: ACTION-DUE-MISSING:10 -->\n"
                                                "- Offer Ms Hughes an appointment at the clinic\n"
                                                "  - Owner: Jane Doe\n"
                                                "  - Due: 16 November 2026\n"));
    CHECK(findings(result, "ACTION-DUE-MISSING")[0].message ==
          "due 27 November 2025, before the meeting that agreed it on 16 November 2026: check "
          "the date it will be done by");
}

TEST_CASE("actions written as one sentence: who and by when are read from the sentence") {
    // The meeting is on 2026-11-16. Minutes often give an action as "Tom to ... by <date>":
    // the owner rules judge the person the sentence opens with (or names after "by"), and the
    // due date rules the date after its last "by" (a time of day after it is no due date).
    const CheckResult result = check_expected_of(
        action_rules, actions("- Tom to book a joint unannounced visit with police by 27/11/2026\n"
                              "- Jane Doe will offer Ms Hughes a clinic appointment by 30 November "
                              "2026\n"
                              "- Referral to CAMHS to be made by Tom Clarke by 2026-11-30\n"
                              "- Social Work to arrange a family group conference by 2026-12-04\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"
                              "- Tom and Jane to visit together by 2026-12-04\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"
                              "- Sarah Lee to visit the school by 2026-12-04\n"
                              "  <!-- expect: ACTION-OWNER-UNKNOWN:3 -->\n"
                              "- Tom to ring the GP about Megan's hearing\n"
                              "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                              "- Tom to ring Mum by 10am if Megan is absent\n"
                              "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                              "- Tom to ring the school by 2025-11-01\n"
                              "  <!-- expect: ACTION-DUE-MISSING:29 -->\n"
                              "- Ring the GP about Megan's hearing by 2026-12-04\n"
                              "  <!-- expect: ACTION-OWNER-MISSING:3 -->\n"
                              "- Jane to be helped by the school nurse to arrange a hearing test\n"
                              "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                              "- Should the school raise a concern Tom will visit\n"
                              "  <!-- expect: ACTION-OWNER-MISSING:3, ACTION-DUE-MISSING:3 -->\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-NOT-PERSON")[0].message,
               Catch::Contains("`Social Work` is not a named person"));
    CHECK_THAT(findings(result, "ACTION-OWNER-UNKNOWN")[0].message, Catch::Contains("`Sarah Lee`"));
}

TEST_CASE("actions written as one sentence, the other ways minutes write them") {
    // The date before the owner, in brackets, after a dash or an "on" that ends the sentence,
    // or before a "so ... by"; the one
    // who acts after "to be ... by"; a role with the name in brackets; owners joined by "/".
    check_expected_of(
        action_rules,
        actions("- Tom to book a joint visit by 27/11/2026 so Megan can be seen by the GP\n"
                "- By 27/11/2026 Tom will book a joint visit with police\n"
                "- Tom to book a joint visit with police (by 27/11/2026)\n"
                "- Tom Clarke \xE2\x80\x93 book a joint visit \xE2\x80\x93 27/11/2026\n"
                "- Tom to attend the relapse prevention group with Dad on 30 November 2026\n"
                "- Tom to complete the health assessment on or before 30/11/2026\n"
                "- Jane to start the parenting sessions with Dad (due 30/11/2026)\n"
                "- Jane to update the written agreement. Due 30/11/2026\n"
                "- Ms Hughes to be told by Jane Doe in writing by 30/11/2026\n"
                "- SW (Tom) to write to Ms Hughes by 30/11/2026\n"
                "- Tom/Jane to visit together by 30/11/2026\n"
                "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"
                "- Tom Clarke and PC Sarah Moore to visit by 30/11/2026\n"
                "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"));
}

TEST_CASE("an action sentence that ends in a day with no year or a week: DATE-INVALID names "
          "the day, not ACTION-DUE-MISSING") {
    const CheckResult result = check_expected_of(
        {"ACTION-DUE-MISSING", "DATE-INVALID", "ACTION-OWNER-MISSING"},
        actions("- Tom to visit Megan at home on 7th December.\n"
                "  <!-- expect: DATE-INVALID:33 -->\n"
                "- Jane Doe to arrange a GP review w/c 7/12\n"
                "  <!-- expect: DATE-INVALID:35 -->\n"
                "- Tom to see Megan at school w/c 30/11/2026\n"
                "  <!-- expect: DATE-INVALID:30 -->\n"
                "- Tom to attend the group on Tuesdays\n"
                "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                "- Bereavement referral for Megan \xE2\x80\x93 Jane Doe \xE2\x80\x93 "
                "27/11/2026\n"));
    const std::vector<Finding> dates = findings(result, "DATE-INVALID");
    REQUIRE(dates.size() == 3);
    CHECK_THAT(dates[0].message, Catch::Contains("did you mean 7 December 2026?"));
    CHECK_THAT(dates[1].message, Catch::Contains("did you mean the week of 7 December 2026?"));
    CHECK_THAT(dates[2].message, Catch::Contains("is a week, not a date"));
}

TEST_CASE("an action whose title has a colon, its fields on the lines after it, is an action") {
    // As a minute taker typed it in Word with Shift+Enter: "Chase Early Help re: ..." is the
    // title, not a field no spec names, after an introduction that made the title the
    // section's second field.
    check_expected_of(action_rules,
                      actions("- Further actions agreed after the table was typed:\n\n"
                              "- Chase Early Help re: Megan's return date\n"
                              "  Owner: Social Work\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:10 -->\n"
                              "  Due: 2026-12-04\n"));
}

TEST_CASE("actions in a table whose details cell holds the owner and due date") {
    // "| Action | Details |", a minute taker's table: "Owner: ...; Due: ..." in one cell.
    check_expected_of(action_rules,
                      actions("| Action | Details |\n| --- | --- |\n"
                              "| Book a joint visit | Owner: Tom Clarke; Due: 2026-12-04 |\n"
                              "| Book the dental check | Owner: all; Due: 2026-12-18 |\n"
                              "<!-- expect@-1: ACTION-OWNER-NOT-PERSON:34 -->\n"));
}

TEST_CASE("actions typed as paragraphs, one sentence each, are read as sentences") {
    // No list: a minute taker's paragraphs (round 8). The introduction stays text.
    check_expected_of(action_rules,
                      actions("The following actions were agreed.\n\n"
                              "Tom to book a joint visit with police by 27/11/2026.\n\n"
                              "Jane Doe to refer Megan to the school counsellor.\n"
                              "<!-- expect@-1: ACTION-DUE-MISSING:1 -->\n\n"
                              "Police to check for further call-outs by 30/11/2026.\n"
                              "<!-- expect@-1: ACTION-OWNER-NOT-PERSON:1 -->\n"));
}

TEST_CASE("action rules read the section and fields under the pack's aliases") {
    std::string text = with_section(
        minutes(attendance, "", "multi-agency-minutes"), "## Attendance",
        "## Reason for meeting\nThree visits with no access since 2 November.\n## Attendance\n" +
            attendance);
    text = with_section(text, "## Actions",
                        "## Agreed actions\n"
                        "- Book a joint unannounced visit with police\n  - By whom: Tom Clarke\n"
                        "  - By when: 2026-11-27\n"
                        "- Offer Ms Hughes an appointment at the clinic\n"
                        "  - Responsible: Jane Dow\n"
                        "    <!-- expect: ACTION-OWNER-UNKNOWN:18 -->\n"
                        "  - Timescale: 2026-11-30\n"
                        "- Ask the school for Megan's attendance record\n"
                        "  <!-- expect: ACTION-DUE-MISSING:3 -->\n"
                        "  - Lead: all\n"
                        "    <!-- expect: ACTION-OWNER-NOT-PERSON:11 -->\n");
    check_expected_of(action_rules, text);
}

TEST_CASE("meeting rules in template mode: CHAIR-MISSING runs, the rest are skipped") {
    const CheckResult filled_in =
        check(minutes("- Chair: {{ Name, Role, Agency }}\n- Present: {{ Name, Role, Agency }}\n",
                      "- {{ action }}\n  - Owner: {{ owner }}\n- Make a referral\n  - Owner: "
                      "Health\n"),
              "", true);
    CHECK(summary(filled_in, chair_rules).empty());
    CHECK(summary(filled_in, action_rules).empty());
    for (const char* id : {"CHAIR-NOT-MANAGER", "ACTION-OWNER-MISSING", "ACTION-OWNER-NOT-PERSON",
                           "ACTION-OWNER-UNKNOWN", "ACTION-DUE-MISSING"})
        CHECK(std::count(filled_in.rules_skipped.begin(), filled_in.rules_skipped.end(), id) == 1);
    check_expected_of(chair_rules,
                      minutes("<!-- expect: CHAIR-MISSING:4 -->\n"
                              "- Present: {{ Name, Role, Agency }}\n",
                              "- {{ action }}\n"),
                      "", true);
}

TEST_CASE("an unfilled placeholder is not reported as a chair or an owner") {
    check_expected(
        minutes(chaired("- Chair: {{ chair }}\n  <!-- expect: PLACEHOLDER-UNFILLED:10 -->\n"),
                "- Book a joint unannounced visit with police\n  - Owner: {{ owner }}\n"
                "    <!-- expect: PLACEHOLDER-UNFILLED:12 -->\n"
                "  - Due: 2026-11-27\n"));
}

TEST_CASE("a suppression with a reason silences the meeting rules") {
    const CheckResult chair = check_expected(minutes(
        "<!-- cpdoc-disable CHAIR-NOT-MANAGER: Team Manager off sick, agreed by Head of Service "
        "-->\n" +
            chaired("- Chair: Jo Bell, Social Worker, Social Work\n"),
        good_actions));
    REQUIRE(findings(chair, "CHAIR-NOT-MANAGER").empty());
    REQUIRE(chair.findings.size() == 1);
    CHECK(chair.findings[0].suppressed);

    const CheckResult owners = check_expected(
        actions("<!-- cpdoc-disable ACTION-OWNER-UNKNOWN: Sarah Lee joins the core "
                "group from December -->\n"
                "- Offer Megan a place at the Saturday club\n  - Owner: Sarah Lee\n"
                "  - Due: 2026-12-05\n"
                "- Ask the school for Megan's attendance record\n  - Owner: Health\n" +
                owner_not_person + "  - Due: 2026-11-27\n"));
    CHECK(findings(owners, "ACTION-OWNER-UNKNOWN").empty());
    REQUIRE(owners.findings.size() == 2);
    CHECK(owners.findings[0].rule_id == "ACTION-OWNER-UNKNOWN");
    CHECK(owners.findings[0].suppressed);
}

TEST_CASE("actions written as a table are read as records, the header naming their fields") {
    // A row cannot be followed by an expectation: those after the table count back to theirs.
    check_expected_of(action_rules, actions("| Action | Owner | Due |\n| --- | --- | --- |\n"
                                            "| Book a joint visit | Jane Doe | 2026-11-27 |\n"
                                            "| Refer to the family centre | Health | 2026-11-30 |\n"
                                            "| Chase the GP | Jane Dow | |\n"
                                            "<!-- expect@-2: ACTION-OWNER-NOT-PERSON:32 -->\n"
                                            "<!-- expect@-2: ACTION-DUE-MISSING:3, "
                                            "ACTION-OWNER-UNKNOWN:18 -->\n"));
}

TEST_CASE("objectives written as a table whose every column is a field keep the first as a field") {
    const CheckResult result = check(document("child-plan", "test-all-rules",
                                              "## Objectives\n| Need | Outcome | Measure | Owner | "
                                              "Due |\n| --- | --- | --- | --- | --- |\n"
                                              "| Physical harm at home | Jayden is not hit or hurt "
                                              "at home | No marks seen at school, seen "
                                              "alone fortnightly | Priya Nair | 2027-01-15 |\n",
                                              "date: 2026-11-02\nnext-review: 2027-02-01\n"));
    CHECK(summary(result, {"SMART-SPECIFIC", "SMART-MEASURABLE", "SMART-ACHIEVABLE",
                           "SMART-RELEVANT", "SMART-TIMEBOUND"})
              .empty());
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a title and surname, or a surname, name the one person") {
    const std::string people =
        attendance + "- Present: Dr Sam Khan, GP, Riverside Medical Practice\n";
    for (const std::string owner :
         {"Dr Khan", "Khan", "Sam", "DR SAM KHAN", "S. Khan", "Dr S Khan"}) {
        INFO(owner);
        const CheckResult result = check(minutes(
            people, "- Review medication\n  - Owner: " + owner + "\n  - Due: 2026-11-30\n"));
        CHECK(summary(result, action_rules).empty());
    }
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a first name two people share is asked for in full") {
    const std::string people =
        attendance + "- Present: Jane Khan, GP, Riverside Medical Practice\n";
    const CheckResult result = check_expected_of(
        action_rules, minutes(people, "- Review medication\n  - Owner: Jane\n" + owner_unknown +
                                          "  - Due: 2026-11-30\n"));
    CHECK(findings(result, "ACTION-OWNER-UNKNOWN")[0].message ==
          "`Jane` could be Jane Doe or Jane Khan: write the owner's full name");
}

TEST_CASE("ACTION-OWNER-UNKNOWN: the suggestion ignores titles") {
    const std::string people =
        attendance + "- Present: Dr Sam Khan, GP, Riverside Medical Practice\n";
    const CheckResult result =
        check(minutes(people, "- Review medication\n  - Owner: Sam Kahn\n  - Due: 2026-11-30\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-UNKNOWN")[0].message,
               Catch::EndsWith("did you mean `Dr Sam Khan`?"));
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: a role one person attends in is said with their name") {
    // "Depute Head" for Craig Munro, Depute Head Teacher, as a blind tester's minutes gave
    // it: the role by its first words, and the one who holds it.
    const std::string people =
        attendance + "- Present: Craig Munro, Depute Head Teacher, Greenfield Primary School\n";
    const CheckResult result = check_expected_of(
        action_rules,
        minutes(people, "- Share attendance each fortnight\n  - Owner: Depute Head\n" +
                            owner_not_person + "  - Due: 2026-11-30\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-NOT-PERSON")[0].message,
               Catch::Contains("`Depute Head` is a role, not a named person: write their name, "
                               "`Craig Munro`"));
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: a role or agency the attendance names, or an "
          "organisation's name") {
    for (const std::string owner : {"Health Visitor", "NHS Lanarkshire", "Carluke Health Centre",
                                    "School Nurse", "Greenfield Primary School"}) {
        INFO(owner);
        check_expected_of(action_rules, actions("- Weigh Megan\n  - Owner: " + owner + "\n" +
                                                owner_not_person + "  - Due: 2026-11-30\n"));
    }
}

TEST_CASE("an action typed as a paragraph, its owner and due date on lines of their own") {
    check_expected_of(action_rules, actions("Book a joint visit with police\nOwner: Tom Clarke\n"
                                            "Due: 27/11/2026\n\n"
                                            "Refer Mum to the Freedom Programme\nOwner: all\n"
                                            "Due: 30/11/2026\n\n"
                                            "<!-- expect@-3: ACTION-OWNER-NOT-PERSON:8 -->\n"));
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: a role that opens an action's sentence, however written") {
    check_expected_of(action_rules,
                      actions("- Housing officer to complete the assessment by 30/11/2026\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"
                              "- The family support worker to visit by 30/11/2026\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"
                              "- Chair to circulate the minutes by 30/11/2026\n"
                              "  <!-- expect: ACTION-OWNER-NOT-PERSON:3 -->\n"));
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: a role no one in the minutes holds, by its last word") {
    for (const std::string owner : {"Housing officer", "Family Support Worker",
                                    "Community Paediatrician", "Substance misuse practitioner"}) {
        INFO(owner);
        check_expected_of(action_rules, actions("- Weigh Megan\n  - Owner: " + owner + "\n" +
                                                owner_not_person + "  - Due: 2026-11-30\n"));
    }
    const CheckResult result =
        check_expected_of(action_rules, actions("- Weigh Megan\n  - Owner: Housing officer\n" +
                                                owner_not_person + "  - Due: 2026-11-30\n"));
    CHECK_THAT(findings(result, "ACTION-OWNER-NOT-PERSON")[0].message,
               Catch::Contains("`Housing officer` is a role, not a named person"));
    // A person whose surname is a worker's word is a person when the minutes name them.
    check_expected_of(action_rules,
                      minutes(attendance + "- Present: Jo Visitor, Housing Officer, Housing\n",
                              "- Weigh Megan\n  - Owner: Jo Visitor\n  - Due: 2026-11-30\n"));
}

TEST_CASE("ACTION-DUE-MISSING: words where the due date should be are DATE-INVALID's, said once") {
    // Each due date, then what it raises: DATE-INVALID, or ACTION-DUE-MISSING with it off.
    const auto with_dues = [](const std::string& words, const std::string& date) {
        return actions("- Visit\n  - Owner: Tom Clarke\n  - Due: ASAP\n" + words +
                       "- Call\n  - Owner: Tom Clarke\n  - Due: next core group\n" + words +
                       "- Write\n  - Owner: Tom Clarke\n  - Due: 20/11/26\n" + date);
    };
    const std::vector<std::string> due_rules = {"ACTION-DUE-MISSING", "DATE-INVALID"};
    const std::string invalid = "    <!-- expect: DATE-INVALID:10 -->\n";
    check_expected_of(due_rules, with_dues(invalid, invalid));
    // With DATE-INVALID off, this rule says that words are not a due date.
    const std::string text = with_dues("    <!-- expect: ACTION-DUE-MISSING:10 -->\n", "");
    ParseResult parsed = parse_document(text);
    CheckOptions options;
    options.severity_overrides["DATE-INVALID"] = Severity::off;
    const CheckResult off = check_document(*parsed.document, packs(), options);
    compare_expected(text, off, due_rules);
    CHECK_THAT(findings(off, "ACTION-DUE-MISSING")[0].message,
               Catch::StartsWith("`ASAP` is not a due date"));
}

TEST_CASE("CHAIR-MISSING: a chair that names nobody") {
    for (const std::string chair : {"TBC", "Social Work", "N/A"}) {
        INFO(chair);
        check_expected_of(
            chair_rules,
            minutes("- Chair: " + chair + "\n  <!-- expect: CHAIR-MISSING:10 -->\n", good_actions));
    }
}

TEST_CASE("CHAIR-NOT-MANAGER: a manager's role however it is written") {
    for (const std::string chair :
         {"Fiona Gallacher, Team Manager (Social Work)",
          "Fiona Gallacher \xE2\x80\x93 Team Manager \xE2\x80\x93 Social Work",
          "Fiona Gallacher, Child Protection Co-ordinator, Social Work", "Fiona Gallacher, TM, SW",
          "Fiona Gallacher, CP Chair, SW", "Fiona Gallacher, Senior SW, Social Work"}) {
        INFO(chair);
        const CheckResult result =
            check(minutes(chaired("- Chair: " + chair + "\n"), good_actions));
        CHECK(summary(result, chair_rules).empty());
    }
}

TEST_CASE("an attendance table converted from Word is read as the attendance") {
    const std::string table =
        "| Attendance | Name | Role | Agency |\n"
        "| --- | --- | --- | --- |\n"
        "| Chair | Alison Reid | Team Manager | Social Work |\n"
        "| Present | Tom Clarke | Social Worker | Social Work |\n"
        "|  | Jane Doe | Health Visitor | NHS Lanarkshire |\n"
        "| Apologies | Mark Evans | Head Teacher | Greenfield Primary School |\n";
    const CheckResult result = check(minutes(table, good_actions));
    CHECK(summary(result, chair_rules).empty());
    CHECK(summary(result, action_rules).empty());
    check_expected_of(chair_rules, minutes("| Name | Role | Agency | Attended as |\n|-|-|-|-|\n"
                                           "| Tom Clarke | Social Worker | Social Work | Chair |\n"
                                           "| Jane Doe | Health Visitor | NHS Lanarkshire | |\n"
                                           "<!-- expect@-2: CHAIR-NOT-MANAGER:3 -->\n",
                                           good_actions));
}

TEST_CASE("attendance written as labelled lines, as Word converts it, is read as fields") {
    const std::string lines = "**Chair:** Alison Reid, Team Manager, Social Work  \n"
                              "**Present:** Tom Clarke, Social Worker, Social Work  \n"
                              "Present: Jane Doe, Health Visitor, NHS Lanarkshire\n";
    const CheckResult result = check(minutes(lines, good_actions));
    CHECK(summary(result, chair_rules).empty());
    CHECK(summary(result, action_rules).empty());
    check_expected_of(chair_rules, minutes("Minutes of the meeting.\n"
                                           "**Chair:** Tom Clarke, Social Worker, Social Work\n"
                                           "<!-- expect: CHAIR-NOT-MANAGER:12 -->\n",
                                           good_actions));
}

TEST_CASE("CHAIR-NOT-MANAGER: managers of every agency may chair") {
    for (const std::string chair : {"Fiona Bell, Detective Inspector, Police Scotland",
                                    "Mark Evans, Head Teacher, Greenfield Primary School",
                                    "Ruth Ames, Lead Nurse, NHS Lanarkshire"}) {
        INFO(chair);
        CHECK(
            summary(check(minutes(chaired("- Chair: " + chair + "\n"), good_actions)), chair_rules)
                .empty());
    }
}

TEST_CASE("an actions table with Word's headers: person responsible, target date") {
    std::vector<std::string> rules = action_rules;
    rules.insert(rules.end(), {"DATE-INVALID", "FIELD-MISSING"});
    check_expected_of(rules, actions("| Action | Person responsible | Target date |\n"
                                     "| --- | --- | --- |\n"
                                     "| Book a joint visit | Jane Doe | 2026-11-27 |\n"
                                     "| Chase the GP | Jane Dow | by 30 November 2026 |\n"
                                     "<!-- expect: ACTION-OWNER-UNKNOWN:18 -->\n"));
}

TEST_CASE("ACTION-OWNER: a parent written 'Mum (Chelsea Barrow)' is the person in brackets") {
    const std::string family = attendance + "- Family: Chelsea Barrow (mother)\n";
    const CheckResult named = check(minutes(family, "- Take Megan to the dentist\n"
                                                    "  - Owner: Mum (Chelsea Barrow)\n"
                                                    "  - Due: 2026-11-30\n"));
    CHECK(summary(named, action_rules).empty());
    // Not named in the attendance: the person is still Chelsea Barrow, and is unknown.
    const CheckResult unknown =
        check_expected_of(action_rules, actions("- Take Megan to the dentist\n"
                                                "  - Owner: Mum (Chelsea Barrow)\n" +
                                                owner_unknown + "  - Due: 2026-11-30\n"));
    REQUIRE(findings(unknown, "ACTION-OWNER-UNKNOWN").size() == 1);
    CHECK_THAT(findings(unknown, "ACTION-OWNER-UNKNOWN")[0].message,
               Catch::StartsWith("`Chelsea Barrow` is not named in the attendance"));
    // A relation alone is still no named person.
    check_expected_of(action_rules,
                      minutes(family, "- Take Megan to the dentist\n"
                                      "  - Owner: Mum\n" +
                                          owner_not_person + "  - Due: 2026-11-30\n"));
}

TEST_CASE("a list item saying nothing was recorded is not a record missing its fields") {
    check_expected(actions("- No new actions were agreed at this meeting\n"));
    // Something to do, in a list item that also says there is nothing new, is an action.
    check_expected_of(action_rules,
                      actions("- No new actions; Tom Clarke to keep visiting weekly until the "
                              "review conference in January and report back\n"
                              "  <!-- expect: ACTION-OWNER-MISSING:3, ACTION-DUE-MISSING:3 -->\n"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: everyone a one-line attendance lists is named") {
    const std::string one_line = "- Chair: Alison Reid, Team Manager, Social Work\n"
                                 "- Present: Tom Clarke (SW), Jane Doe (HV), Mark Evans (HT)\n";
    const CheckResult result =
        check(minutes(one_line, good_actions + "- Share the plan with the school\n"
                                               "  - Owner: Mark Evans\n"
                                               "  - Due: 2026-11-30\n"));
    CHECK(summary(result, action_rules).empty());
}

TEST_CASE("an attendance and actions written with the headers minute takers use") {
    const std::string in_attendance = "- Chair: Alison Reid, Team Manager, Social Work\n"
                                      "- In attendance: Tom Clarke, Social Worker, Social Work\n"
                                      "- Attendees: Jane Doe, Health Visitor, NHS Lanarkshire\n";
    const CheckResult result =
        check(minutes(in_attendance, "| Action | Who | When |\n| --- | --- | --- |\n"
                                     "| Book a joint visit | Tom Clarke | 2026-11-27 |\n"
                                     "| Offer a clinic appointment | Jane Doe | 2026-11-30 |\n"));
    CHECK(summary(result, action_rules).empty());
}

TEST_CASE("CHAIR-NOT-MANAGER: a chair marked beside their name in an attendance table") {
    const std::string table = "| Name | Role | Agency |\n| --- | --- | --- |\n"
                              "| Jo Bell (Chair) | Social Worker | Social Work |\n"
                              "| Tom Clarke | Social Worker | Social Work |\n"
                              "| Jane Doe | Health Visitor | NHS Lanarkshire |\n";
    const CheckResult result = check_expected_of(
        chair_rules, minutes(table + "<!-- expect@-3: CHAIR-NOT-MANAGER:3 -->\n", good_actions));
    CHECK_THAT(findings(result, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("the chair, Jo Bell, is a Social Worker"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a parent the plan's named people list may own an objective") {
    const std::string objective = "## Objectives\n- Megan's teeth are treated\n"
                                  "  - Need: untreated tooth decay\n"
                                  "  - Outcome: Megan's decayed teeth are treated\n"
                                  "  - Measure: dentist's letter confirming treatment\n"
                                  "  - Owner: Ms Hughes\n  - Due: 2027-01-15\n";
    const std::string people = "# Plan\n## Named people\n"
                               "- Lead professional: Alison Reid, Social Worker, Social Work\n";
    const std::string front = "date: 2026-11-02\nnext-review: 2027-02-01\n";
    check_expected_of({"ACTION-OWNER-UNKNOWN"},
                      document("child-plan", "test-all-rules",
                               people + objective + "<!-- expect@-2: ACTION-OWNER-UNKNOWN:12 -->\n",
                               front));
    const CheckResult named =
        check(document("child-plan", "test-all-rules",
                       people + "- Family: Chelsea Hughes, mother\n" + objective, front));
    CHECK(summary(named, {"ACTION-OWNER-UNKNOWN"}).empty());
}

TEST_CASE("CHAIR-NOT-MANAGER: standing in for a manager is not being one, acting as one is") {
    for (const auto& [chair, reported] : std::vector<std::pair<std::string, bool>>{
             {"Jo Bell, Social Worker (chairing for Team Manager), Social Work", true},
             {"Jo Bell, Social Worker (on behalf of the Team Manager), Social Work", true},
             {"Jo Bell, Senior Practitioner (acting Team Manager), Social Work", false},
             {"Jo Bell, Team Manager (Children and Families), Social Work", false}}) {
        const CheckResult result =
            check(minutes(chaired("- Chair: " + chair + "\n"), good_actions));
        CAPTURE(chair);
        CHECK(findings(result, "CHAIR-NOT-MANAGER").size() == (reported ? 1u : 0u));
    }
}
