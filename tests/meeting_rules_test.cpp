// CHAIR-MISSING, CHAIR-NOT-MANAGER, ACTION-OWNER-MISSING, ACTION-OWNER-NOT-PERSON,
// ACTION-OWNER-UNKNOWN, ACTION-DUE-MISSING.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::vector<std::string> chair_rules = {"CHAIR-MISSING", "CHAIR-NOT-MANAGER"};
const std::vector<std::string> action_rules = {"ACTION-OWNER-MISSING", "ACTION-OWNER-NOT-PERSON",
                                               "ACTION-OWNER-UNKNOWN", "ACTION-DUE-MISSING"};

// Everything core group minutes need but their attendance and actions. The title is line 8;
// `## Attendance` is line 26, its first field line 27.
const std::string minute_sections = "# Core group meeting for Megan\n"
                                    "## Child seen\n"
                                    "- Last seen: 2026-11-12\n"
                                    "- Seen alone: yes\n"
                                    "- Seen by: Tom Clarke, Social Worker, Social Work\n"
                                    "## Child's views\n"
                                    "Megan told Tom on 12 November that she likes her new bedroom "
                                    "but is scared when Dad shouts.\n"
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
                                    "  - Owner: Tom Clarke\n";

// Lines 27-31.
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

std::string minutes(const std::string& attendance_fields, const std::string& actions,
                    const std::string& kind = "core-group-minutes") {
    return document(kind, "test-all-rules",
                    minute_sections + "## Attendance\n" + attendance_fields + "## Actions\n" +
                        actions,
                    "date: 2026-11-16\nnext-meeting: 2026-12-07\n");
}

// With the usual attendance, `## Actions` is line 32 and the first action's title line 33,
// its owner line 34 and its due date line 35.
std::string actions(const std::string& records) {
    return minutes(attendance, records);
}

// One action per owner: titles on lines 33, 36, 39, ..., owners on lines 34, 37, 40, ...
std::string owned_by(const std::vector<std::string>& owners) {
    std::string records;
    for (const std::string& owner : owners)
        records += "- Ask the school for Megan's attendance record\n  - Owner: " + owner +
                   "\n  - Due: 2026-11-27\n";
    return actions(records);
}

} // namespace

TEST_CASE("minutes chaired by a manager with owned, dated actions pass") {
    const CheckResult result = check(actions(good_actions));
    CHECK(summary(result).empty());
}

TEST_CASE("CHAIR-MISSING: no chair is reported at the attendance heading") {
    const CheckResult result = check(minutes("- Present: Alison Reid, Team Manager, Social Work\n"
                                             "- Present: Tom Clarke, Social Worker, Social Work\n",
                                             good_actions));
    CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-MISSING@26:4"});
    CHECK_THAT(findings(result, "CHAIR-MISSING")[0].message,
               Catch::Contains("`- Chair: Name, Role, Agency`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to CHAIR-MISSING
}

TEST_CASE("CHAIR-MISSING: an empty chair field is no chair") {
    const CheckResult result =
        check(minutes("- Chair:\n" + attendance.substr(attendance.find('\n') + 1), good_actions));
    CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-MISSING@26:4"});
}

TEST_CASE("CHAIR-MISSING: minutes with no attendance are reported at the title") {
    const CheckResult result = check(document("core-group-minutes", "test-all-rules",
                                              minute_sections + "## Actions\n" + good_actions,
                                              "date: 2026-11-16\nnext-meeting: 2026-12-07\n"));
    CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-MISSING@8:1"});
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
    const CheckResult result = check(minutes("- Chair: Jo Bell, Social Worker, Social Work\n" +
                                                 attendance.substr(attendance.find('\n') + 1),
                                             good_actions));
    CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-NOT-MANAGER@27:10"});
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
        const CheckResult result = check(minutes("- Chair: Jo Bell, " + role + ", Social Work\n" +
                                                     attendance.substr(attendance.find('\n') + 1),
                                                 good_actions));
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
        const CheckResult result = check(minutes("- Chair: " + std::string(chair) + "\n" +
                                                     attendance.substr(attendance.find('\n') + 1),
                                                 good_actions));
        CAPTURE(chair);
        CHECK(summary(result, chair_rules).empty());
    }
}

TEST_CASE("CHAIR-NOT-MANAGER: a chair's role is taken from where they are named in full") {
    const CheckResult named_elsewhere = check(minutes(
        "- Chair: Tom Clarke\n" + attendance.substr(attendance.find('\n') + 1), good_actions));
    CHECK(summary(named_elsewhere, chair_rules) ==
          std::vector<std::string>{"CHAIR-NOT-MANAGER@27:10"});
    CHECK_THAT(findings(named_elsewhere, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("is a Social Worker"));

    const CheckResult manager_elsewhere =
        check(minutes("- Chair: Alison Reid\n- Present: Alison Reid, Team Manager, Social Work\n" +
                          attendance.substr(attendance.find('\n') + 1),
                      good_actions));
    CHECK(summary(manager_elsewhere, chair_rules).empty());

    const CheckResult no_role = check(minutes(
        "- Chair: Alison Reid\n" + attendance.substr(attendance.find('\n') + 1), good_actions));
    CHECK(summary(no_role, chair_rules) == std::vector<std::string>{"CHAIR-NOT-MANAGER@27:10"});
    CHECK_THAT(findings(no_role, "CHAIR-NOT-MANAGER")[0].message,
               Catch::Contains("role is not recorded"));
}

TEST_CASE("chair rules read the chair under the pack's aliases") {
    const CheckResult manager =
        check(minutes("- Chaired by: Alison Reid, Team Manager, Social Work\n" +
                          attendance.substr(attendance.find('\n') + 1),
                      good_actions));
    CHECK(summary(manager).empty());
    const CheckResult practitioner =
        check(document("core-group-minutes", "test-all-rules",
                       minute_sections +
                           "## Those present\n- Chairperson: Jo Bell, Social Worker, Social Work\n"
                           "- Attended: Tom Clarke, Social Worker, Social Work\n" +
                           "## Actions\n" + good_actions,
                       "date: 2026-11-16\nnext-meeting: 2026-12-07\n"));
    CHECK(summary(practitioner, chair_rules) ==
          std::vector<std::string>{"CHAIR-NOT-MANAGER@27:16"});
}

TEST_CASE("ACTION-OWNER-MISSING: an action with no owner is reported at its title") {
    const CheckResult result =
        check(actions("- Book a joint unannounced visit with police\n  - Due: 2026-11-27\n"
                      "- Offer Ms Hughes an appointment at the clinic\n  - Owner:\n"
                      "  - Due: 2026-11-30\n"));
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-MISSING@33:3", "ACTION-OWNER-MISSING@35:3"});
    CHECK_THAT(findings(result, "ACTION-OWNER-MISSING")[0].message, Catch::Contains("no `Owner:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to ACTION-OWNER-MISSING
}

TEST_CASE("ACTION-OWNER-NOT-PERSON: agencies, roles, everyone and two people") {
    const CheckResult result = check(owned_by(
        {"Health", "all agencies", "Team Manager", "Tom Clarke / Jane Doe", "TBC", "Jane Doe"}));
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@34:12", "ACTION-OWNER-NOT-PERSON@37:12",
                                   "ACTION-OWNER-NOT-PERSON@40:12", "ACTION-OWNER-NOT-PERSON@43:12",
                                   "ACTION-OWNER-NOT-PERSON@46:12"});
    const auto found = findings(result, "ACTION-OWNER-NOT-PERSON");
    CHECK_THAT(found[0].message, Catch::Contains("`Health` is not a named person"));
    CHECK_THAT(found[2].message, Catch::Contains("`Team Manager` is a role"));
    CHECK_THAT(found[3].message, Catch::Contains("more than one person"));
    CHECK_THAT(found[4].message, Catch::Contains("name the person accountable"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a misspelt name gets a suggestion") {
    const CheckResult result = check(owned_by({"Jane Dow", "Sarah Lee, Family Support Worker, "
                                                           "Action for Children"}));
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@34:12", "ACTION-OWNER-UNKNOWN@37:12"});
    const auto found = findings(result, "ACTION-OWNER-UNKNOWN");
    CHECK_THAT(found[0].message, Catch::Contains("`Jane Dow` is not named in the attendance") &&
                                     Catch::Contains("did you mean `Jane Doe`?"));
    CHECK_THAT(found[1].message, Catch::Contains("`Sarah Lee`") &&
                                     Catch::Contains("add them there") &&
                                     !Catch::Contains("did you mean"));
}

TEST_CASE("ACTION-OWNER-UNKNOWN: anyone named in the minutes may own an action") {
    // The chair, a name with a title, a role and agency, apologies, whoever saw the child, and
    // a first name only when just one person has it.
    const CheckResult result =
        check(owned_by({"Alison Reid", "Dr Jane Doe", "jane  DOE, Health Visitor, NHS Lanarkshire",
                        "Mark Evans", "Tom", "Priya Shah"}));
    CHECK(summary(result, action_rules).empty());
}

TEST_CASE("ACTION-OWNER-UNKNOWN: a first name shared by two people is not enough") {
    const CheckResult result =
        check(minutes(attendance + "- Present: Alison Grant, Family Support Worker, Social Work\n",
                      "- Book a joint unannounced visit with police\n  - Owner: Alison\n"
                      "  - Due: 2026-11-27\n"));
    CHECK(summary(result, action_rules) == std::vector<std::string>{"ACTION-OWNER-UNKNOWN@35:12"});
}

TEST_CASE("ACTION-OWNER-UNKNOWN: an owner that is no person is left to ACTION-OWNER-NOT-PERSON") {
    const CheckResult result = check(owned_by({"Social Work"}));
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@34:12"});
}

TEST_CASE("ACTION-DUE-MISSING: an action with no due date is reported at its title") {
    const CheckResult result =
        check(actions("- Book a joint unannounced visit with police\n  - Owner: Tom Clarke\n"
                      "- Offer Ms Hughes an appointment at the clinic\n  - Owner: Jane Doe\n"
                      "  - Due:\n"
                      "- Chase the GP for Megan's immunisation record\n  - Owner: Jane Doe\n"
                      "  - By when: 2026-12-01\n"));
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-DUE-MISSING@33:3", "ACTION-DUE-MISSING@35:3"});
    CHECK_THAT(findings(result, "ACTION-DUE-MISSING")[0].message, Catch::Contains("no `Due:`"));
    CHECK(findings(result, "FIELD-MISSING").empty()); // left to ACTION-DUE-MISSING
}

TEST_CASE("ACTION-DUE-MISSING: a due date before the meeting that agreed the action") {
    // The meeting is on 2026-11-16; the first due date has last year's year.
    const CheckResult result =
        check(actions("- Book a joint unannounced visit with police\n  - Owner: Tom Clarke\n"
                      "  - Due: 2025-11-27\n"
                      "- Offer Ms Hughes an appointment at the clinic\n  - Owner: Jane Doe\n"
                      "  - Due: 16 November 2026\n"));
    CHECK(summary(result, action_rules) == std::vector<std::string>{"ACTION-DUE-MISSING@35:10"});
    CHECK(findings(result, "ACTION-DUE-MISSING")[0].message ==
          "due 27 November 2025, before the meeting that agreed it on 16 November 2026: check "
          "the date it will be done by");
}

TEST_CASE("action rules read the section and fields under the pack's aliases") {
    const std::string text = document(
        "multi-agency-minutes", "test-all-rules",
        minute_sections + "## Reason for meeting\nThree visits with no access since 2 November.\n" +
            "## Attendance\n" + attendance + "## Agreed actions\n" +
            "- Book a joint unannounced visit with police\n  - By whom: Tom Clarke\n"
            "  - By when: 2026-11-27\n"
            "- Offer Ms Hughes an appointment at the clinic\n  - Responsible: Jane Dow\n"
            "  - Timescale: 2026-11-30\n"
            "- Ask the school for Megan's attendance record\n  - Lead: all\n",
        "date: 2026-11-16\nnext-meeting: 2026-12-07\n");
    const CheckResult result = check(text);
    // `## Agreed actions` is line 34.
    CHECK(summary(result, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@39:18", "ACTION-DUE-MISSING@41:3",
                                   "ACTION-OWNER-NOT-PERSON@42:11"});
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
    const CheckResult no_chair =
        check(minutes("- Present: {{ Name, Role, Agency }}\n", "- {{ action }}\n"), "", true);
    CHECK(summary(no_chair, chair_rules) == std::vector<std::string>{"CHAIR-MISSING@26:4"});
}

TEST_CASE("an unfilled placeholder is not reported as a chair or an owner") {
    const CheckResult result =
        check(minutes("- Chair: {{ chair }}\n" + attendance.substr(attendance.find('\n') + 1),
                      "- Book a joint unannounced visit with police\n  - Owner: {{ owner }}\n"
                      "  - Due: 2026-11-27\n"));
    CHECK(summary(result, chair_rules).empty());
    CHECK(summary(result, action_rules).empty());
    CHECK(summary(result, {"PLACEHOLDER-UNFILLED"}) ==
          std::vector<std::string>{"PLACEHOLDER-UNFILLED@27:10", "PLACEHOLDER-UNFILLED@34:12"});
}

TEST_CASE("a suppression with a reason silences the meeting rules") {
    const CheckResult chair = check(minutes(
        "<!-- cpdoc-disable CHAIR-NOT-MANAGER: Team Manager off sick, agreed by Head of Service "
        "-->\n- Chair: Jo Bell, Social Worker, Social Work\n" +
            attendance.substr(attendance.find('\n') + 1),
        good_actions));
    CHECK(summary(chair).empty());
    REQUIRE(findings(chair, "CHAIR-NOT-MANAGER").empty());
    REQUIRE(chair.findings.size() == 1);
    CHECK(chair.findings[0].suppressed);

    const CheckResult owners =
        check(actions("<!-- cpdoc-disable ACTION-OWNER-UNKNOWN: Sarah Lee joins the core group "
                      "from December -->\n"
                      "- Offer Megan a place at the Saturday club\n  - Owner: Sarah Lee\n"
                      "  - Due: 2026-12-05\n"
                      "- Ask the school for Megan's attendance record\n  - Owner: Health\n"
                      "  - Due: 2026-11-27\n"));
    CHECK(summary(owners) == std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@38:12"});
}

TEST_CASE("actions written as a table are read as records, the header naming their fields") {
    const CheckResult result =
        check(document("core-group-minutes", "test-all-rules",
                       "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                       "- Present: Jane Doe, Health Visitor, NHS\n## Actions\n"
                       "| Action | Owner | Due |\n| --- | --- | --- |\n"
                       "| Book a joint visit | Jane Doe | 2026-11-27 |\n"
                       "| Refer to the family centre | Health | 2026-11-30 |\n"
                       "| Chase the GP | Jane Dow | |\n",
                       "date: 2026-11-16\nnext-meeting: 2026-12-14\n"));
    CHECK(summary(result,
                  {"ACTION-OWNER-NOT-PERSON", "ACTION-OWNER-UNKNOWN", "ACTION-DUE-MISSING"}) ==
          std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@15:32", "ACTION-DUE-MISSING@16:3",
                                   "ACTION-OWNER-UNKNOWN@16:18"});
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
    const CheckResult result =
        check(minutes(people, "- Review medication\n  - Owner: Jane\n  - Due: 2026-11-30\n"));
    CHECK(summary(result, action_rules) == std::vector<std::string>{"ACTION-OWNER-UNKNOWN@35:12"});
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

TEST_CASE("ACTION-OWNER-NOT-PERSON: a role or agency the attendance names, or an "
          "organisation's name") {
    for (const std::string owner : {"Health Visitor", "NHS Lanarkshire", "Carluke Health Centre",
                                    "School Nurse", "Greenfield Primary School"}) {
        INFO(owner);
        const CheckResult result = check(
            minutes(attendance, "- Weigh Megan\n  - Owner: " + owner + "\n  - Due: 2026-11-30\n"));
        CHECK(summary(result, action_rules) ==
              std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@34:12"});
    }
}

TEST_CASE("ACTION-DUE-MISSING: words where the due date should be are DATE-INVALID's, said once") {
    const std::string actions = "- Visit\n  - Owner: Tom Clarke\n  - Due: ASAP\n"
                                "- Call\n  - Owner: Tom Clarke\n  - Due: next core group\n"
                                "- Write\n  - Owner: Tom Clarke\n  - Due: 20/11/26\n";
    const CheckResult result = check(minutes(attendance, actions));
    CHECK(
        summary(result, {"ACTION-DUE-MISSING", "DATE-INVALID"}) ==
        std::vector<std::string>{"DATE-INVALID@35:10", "DATE-INVALID@38:10", "DATE-INVALID@41:10"});
    // With DATE-INVALID off, this rule says that words are not a due date.
    ParseResult parsed = parse_document(minutes(attendance, actions));
    CheckOptions options;
    options.severity_overrides["DATE-INVALID"] = Severity::off;
    const CheckResult off = check_document(*parsed.document, packs(), options);
    CHECK(summary(off, {"ACTION-DUE-MISSING", "DATE-INVALID"}) ==
          std::vector<std::string>{"ACTION-DUE-MISSING@35:10", "ACTION-DUE-MISSING@38:10"});
    CHECK_THAT(findings(off, "ACTION-DUE-MISSING")[0].message,
               Catch::StartsWith("`ASAP` is not a due date"));
}

TEST_CASE("CHAIR-MISSING: a chair that names nobody") {
    for (const std::string chair : {"TBC", "Social Work", "N/A"}) {
        INFO(chair);
        const CheckResult result = check(minutes("- Chair: " + chair + "\n", good_actions));
        CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-MISSING@27:10"});
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
            check(minutes("- Chair: " + chair + "\n" + attendance.substr(attendance.find('\n') + 1),
                          good_actions));
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
    const CheckResult social_worker_chair =
        check(minutes("| Name | Role | Agency | Attended as |\n|-|-|-|-|\n"
                      "| Tom Clarke | Social Worker | Social Work | Chair |\n"
                      "| Jane Doe | Health Visitor | NHS Lanarkshire | |\n",
                      good_actions));
    CHECK(summary(social_worker_chair, chair_rules) ==
          std::vector<std::string>{"CHAIR-NOT-MANAGER@29:3"});
}

TEST_CASE("attendance written as labelled lines, as Word converts it, is read as fields") {
    const std::string lines = "**Chair:** Alison Reid, Team Manager, Social Work  \n"
                              "**Present:** Tom Clarke, Social Worker, Social Work  \n"
                              "Present: Jane Doe, Health Visitor, NHS Lanarkshire\n";
    const CheckResult result = check(minutes(lines, good_actions));
    CHECK(summary(result, chair_rules).empty());
    CHECK(summary(result, action_rules).empty());
    const CheckResult social_worker = check(
        minutes("Minutes of the meeting.\n**Chair:** Tom Clarke, Social Worker, Social Work\n",
                good_actions));
    CHECK(summary(social_worker, chair_rules) ==
          std::vector<std::string>{"CHAIR-NOT-MANAGER@28:12"});
}

TEST_CASE("CHAIR-NOT-MANAGER: managers of every agency may chair") {
    for (const std::string chair : {"Fiona Bell, Detective Inspector, Police Scotland",
                                    "Mark Evans, Head Teacher, Greenfield Primary School",
                                    "Ruth Ames, Lead Nurse, NHS Lanarkshire"}) {
        INFO(chair);
        CHECK(summary(check(minutes("- Chair: " + chair + "\n" +
                                        attendance.substr(attendance.find('\n') + 1),
                                    good_actions)),
                      chair_rules)
                  .empty());
    }
}

TEST_CASE("an actions table with Word's headers: person responsible, target date") {
    const CheckResult result =
        check(document("core-group-minutes", "test-all-rules",
                       "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                       "- Present: Jane Doe, Health Visitor, NHS\n## Actions\n"
                       "| Action | Person responsible | Target date |\n| --- | --- | --- |\n"
                       "| Book a joint visit | Jane Doe | 2026-11-27 |\n"
                       "| Chase the GP | Jane Dow | by 30 November 2026 |\n",
                       "date: 2026-11-16\nnext-meeting: 2026-12-14\n"));
    CHECK(summary(result, action_rules) == std::vector<std::string>{"ACTION-OWNER-UNKNOWN@15:18"});
    CHECK(summary(result, {"DATE-INVALID", "FIELD-MISSING"}).empty());
}

TEST_CASE("ACTION-OWNER: a parent written 'Mum (Chelsea Barrow)' is the person in brackets") {
    const std::string family = attendance + "- Family: Chelsea Barrow (mother)\n";
    const CheckResult named = check(minutes(family, "- Take Megan to the dentist\n"
                                                    "  - Owner: Mum (Chelsea Barrow)\n"
                                                    "  - Due: 2026-11-30\n"));
    CHECK(summary(named, action_rules).empty());
    // Not named in the attendance: the person is still Chelsea Barrow, and is unknown.
    const CheckResult unknown = check(minutes(attendance, "- Take Megan to the dentist\n"
                                                          "  - Owner: Mum (Chelsea Barrow)\n"
                                                          "  - Due: 2026-11-30\n"));
    REQUIRE(summary(unknown, action_rules) ==
            std::vector<std::string>{"ACTION-OWNER-UNKNOWN@34:12"});
    CHECK_THAT(findings(unknown, "ACTION-OWNER-UNKNOWN")[0].message,
               Catch::StartsWith("`Chelsea Barrow` is not named in the attendance"));
    // A relation alone is still no named person.
    const CheckResult relation = check(
        minutes(family, "- Take Megan to the dentist\n  - Owner: Mum\n  - Due: 2026-11-30\n"));
    CHECK(summary(relation, action_rules) ==
          std::vector<std::string>{"ACTION-OWNER-NOT-PERSON@35:12"});
}

TEST_CASE("a list item saying nothing was recorded is not a record missing its fields") {
    std::string text = minutes(attendance, "- No new actions were agreed at this meeting\n");
    const CheckResult no_actions = check(text);
    CHECK(summary(no_actions, {"SECTION-MISSING", "FIELD-MISSING", "ACTION-OWNER-MISSING",
                               "ACTION-DUE-MISSING"})
              .empty());
    // Something to do, in a list item that also says there is nothing new, is an action.
    const CheckResult action =
        check(minutes(attendance, "- No new actions; Tom Clarke to keep visiting weekly until the "
                                  "review conference in January and report back\n"));
    CHECK(has(action, "ACTION-OWNER-MISSING", 33));
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
    const CheckResult result = check(minutes(table, good_actions));
    CHECK(summary(result, chair_rules) == std::vector<std::string>{"CHAIR-NOT-MANAGER@29:3"});
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
    const CheckResult unnamed =
        check(document("child-plan", "test-all-rules", people + objective, front));
    CHECK(summary(unnamed, {"ACTION-OWNER-UNKNOWN"}) ==
          std::vector<std::string>{"ACTION-OWNER-UNKNOWN@16:12"});
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
            check(minutes("- Chair: " + chair + "\n" + attendance.substr(attendance.find('\n') + 1),
                          good_actions));
        CAPTURE(chair);
        CHECK(findings(result, "CHAIR-NOT-MANAGER").size() == (reported ? 1u : 0u));
    }
}
