// Findings on a Word document speak Word: a place, never a line, in every output, and what to
// add said as a Word user adds it. And the shapes Word minutes are typed in that the tester
// found unread: "(Chair)" beside a name in a table with a Present column, "Date to be
// completed by", a next meeting stated at the end.
#include "docx_package.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <tuple>

#include <algorithm>
#include <regex>

using namespace cpdoc;
using namespace cpdoc::test;
using nlohmann::json;

namespace {

DocxParts with_body(const std::string& body) {
    DocxParts parts;
    parts.styles = word_heading_styles();
    parts.body = body;
    return parts;
}

std::string details(const std::string& more = "") {
    return p("Document: core-group-minutes") + p("Child: C-104233") + p("Date: 2026-11-20") +
           p("Policy: base") + more;
}

// Minutes with no chair and an action with no owner: findings in the body and on the whole.
const std::string no_chair_body =
    styled("Title", "Core group minutes") + details(p("Next meeting: 2026-12-18")) +
    styled("Heading1", "Attendance") + p("Present: Jo Bell, Social Worker, Social Work") +
    styled("Heading1", "Actions") + p("Visit Megan at home");

std::vector<std::string> rule_ids(const std::string& json_text) {
    std::vector<std::string> ids;
    const json report = json::parse(json_text);
    for (const json& file : report.at("files"))
        for (const json& finding : file.at("findings"))
            ids.push_back(finding.at("rule").get<std::string>());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> checked_ids(const std::string& path) {
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", "--format", "json", path});
    REQUIRE(run.status != 2);
    return rule_ids(run.out);
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const json* finding_of(const json& report, const std::string& rule) {
    for (const json& finding : report.at("files").at(0).at("findings"))
        if (finding.at("rule") == rule)
            return &finding;
    return nullptr;
}

} // namespace

TEST_CASE("a Word document's findings have a place and no line in every output") {
    TempDir dir("word-report-places");
    const std::string file = write_file(dir / "minutes.docx", make_docx(with_body(no_chair_body)));

    const json report =
        json::parse(run_cpdoc({"check", "--today", "2026-11-25", "--format", "json", file}).out);
    const json& findings = report.at("files").at(0).at("findings");
    REQUIRE(!findings.empty());
    for (const json& finding : findings) {
        INFO(finding.dump());
        CHECK(!finding.contains("line"));
        CHECK(!finding.contains("column"));
        CHECK(finding.contains("place"));
    }
    const json* chair = finding_of(report, "CHAIR-MISSING");
    REQUIRE(chair != nullptr);
    CHECK(chair->at("place") ==
          json{{"section", "Attendance"}, {"where", "heading"}, {"snippet", "Attendance"}});

    // A deadline is at the place of the finding about it.
    const std::string notify = write_file(
        dir / "notify.docx",
        make_docx(with_body(styled("Title", "Core group minutes") +
                            details(p("Significant issues: yes") + p("Next meeting: 2026-12-18")) +
                            styled("Heading1", "Attendance") +
                            p("Chair: Sarah Khan, Team Manager, Social Work"))));
    const json deadlines = json::parse(run_cpdoc({"check", "--today", "2026-11-25", "--policy",
                                                  "lanarkshire-2019", "--format", "json", notify})
                                           .out)
                               .at("files")
                               .at(0)
                               .at("deadlines");
    REQUIRE(deadlines.size() == 1);
    CHECK(deadlines.at(0).at("rule") == "CPCC-NOTIFY");
    CHECK(!deadlines.at(0).contains("line"));
    CHECK(deadlines.at(0).at("place") ==
          json{{"section", ""}, {"where", "paragraph 5"}, {"snippet", "Significant issues: yes"}});

    const json sarif =
        json::parse(run_cpdoc({"check", "--today", "2026-11-25", "--format", "sarif", file}).out);
    for (const json& result : sarif.at("runs").at(0).at("results")) {
        INFO(result.dump());
        const json& location = result.at("locations").at(0);
        CHECK(!location.at("physicalLocation").contains("region"));
        CHECK(location.contains("logicalLocations"));
        if (result.at("ruleId") == "CHAIR-MISSING") {
            CHECK(location.at("logicalLocations").at(0).at("fullyQualifiedName") ==
                  "Attendance/heading");
            CHECK(location.at("message").at("text") == "Attendance, heading (\"Attendance\")");
            CHECK(location.at("properties").at("snippet") == "Attendance");
        }
    }

    const std::regex line_number(R"(minutes\.docx:\d)");
    for (const char* format : {"text", "github", "junit"}) {
        INFO(format);
        const Run run = run_cpdoc({"check", "--today", "2026-11-25", "--format", format, file});
        CHECK(!std::regex_search(run.out, line_number));
        CHECK_THAT(run.out, !Catch::Contains("line="));
    }
    CHECK_THAT(
        run_cpdoc({"check", "--format", "github", file}).out,
        Catch::Contains("minutes.docx,title=CHAIR-MISSING::Attendance, heading (\"Attendance\"): "
                        "the minutes do not say who chaired the meeting"));
}

TEST_CASE("a redacted audit of a Word document gives no line, and a place without its words") {
    TempDir dir("word-report-audit");
    write_file(dir / "team-a" / "minutes.docx", make_docx(with_body(no_chair_body)));
    TempDir out("word-report-audit-out");
    const std::string plain = (out / "plain.csv").string(),
                      redacted = (out / "redacted.csv").string();
    REQUIRE(
        run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25", "--csv", plain}).status !=
        2);
    REQUIRE(run_cpdoc({"audit", dir.path().string(), "--today", "2026-11-25", "--redact", "--csv",
                       redacted})
                .status != 2);
    CHECK_THAT(read_text(plain),
               Catch::Contains(",CHAIR-MISSING,error,,,Attendance,") &&
                   Catch::Contains(",\"Attendance, heading (\"\"Attendance\"\")\"\r\n"));
    const std::string redacted_csv = read_text(redacted);
    CHECK_THAT(redacted_csv, Catch::Contains(",CHAIR-MISSING,error,,,Attendance,") &&
                                 Catch::Contains(",\"Attendance, heading\"\r\n") &&
                                 !Catch::Contains("Jo Bell") && !Catch::Contains("Visit Megan"));
    // Every row of a Word document leaves line and column empty, redacted or not.
    const std::regex line_and_column(R"(,(error|warning|note),\d+,\d+,)");
    CHECK(!std::regex_search(read_text(plain), line_and_column));
    CHECK(!std::regex_search(redacted_csv, line_and_column));
}

TEST_CASE("what to add is said in Word's terms for a Word document") {
    TempDir dir("word-report-wording");
    const std::string minutes =
        write_file(dir / "minutes.docx", make_docx(with_body(no_chair_body)));
    const std::string text = run_cpdoc({"check", "--today", "2026-11-25", minutes}).out;
    CHECK_THAT(text, Catch::Contains("the minutes do not say who chaired the meeting: add a line "
                                     "\"Chair: Name, Role, Agency\" under Attendance "
                                     "[CHAIR-MISSING]") &&
                         Catch::Contains("the minutes do not say when the child was last seen: "
                                         "add a heading \"Child seen\" with \"Last seen\", \"Seen "
                                         "alone\" and \"Seen by\"") &&
                         !Catch::Contains("`## ") && !Catch::Contains("front matter"));

    const std::string no_child =
        write_file(dir / "no-child.docx",
                   make_docx(with_body(p("Document: core-group-minutes") + p("Date: 2026-11-20") +
                                       p("Policy: base") + styled("Heading1", "Attendance"))));
    CHECK_THAT(run_cpdoc({"check", no_child}).out,
               Catch::Contains("error: the details table has no \"Child\" row: give the "
                               "child's case reference, e.g. \"Child\" | \"C-104233\" "
                               "[FRONT-MATTER-KEY]") &&
                   Catch::Contains("no \"Next meeting\" date: record when the group will next "
                                   "meet [REVIEW-DATE-MISSING]"));

    const std::string no_details =
        write_file(dir / "no-details.docx",
                   make_docx(with_body(styled("Heading1", "Attendance") + p("Present: Jo Bell"))));
    CHECK_THAT(run_cpdoc({"check", "--policy", "base", no_details}).out,
               Catch::Contains("error: the document has no details table: put a two-column details "
                               "table before the first heading, with rows \"Document\", \"Policy\" "
                               "and \"Child\" [FRONT-MATTER-MISSING]"));
}

TEST_CASE("what a Word document lacks or gets wrong is named as a Word user types it") {
    TempDir dir("word-report-resistance");
    const std::string body =
        styled("Title", "Core group minutes") + p("Document: core-group-minutes") +
        p("Child: C-104233") + p("Date: 2026-11-20") + p("Policy: wos-portfolio-2016") +
        p("Status: maybe") + p("Next meeting: 9th Dec") + styled("Heading1", "Resistance") +
        list_item("Dad is non-engaging", 0) + styled("Heading1", "Information sharing") +
        list_item("Police record of the disturbance", 0) + list_item("Decision: discussed", 1) +
        list_item("With: Karen Doyle", 1) + list_item("Reason: relevant to Megan's safety", 1) +
        list_item("Family informed: no", 1) + styled("Heading1", "Actions") +
        list_item("Visit Megan at home", 0) + list_item("Owner: Social Work", 1) +
        list_item("Due: 2026-12-01", 1) + list_item("Visit school", 0) +
        list_item("Owner: Jo Bell", 1) + list_item("Due: 20/11/26", 1);
    const std::string minutes = write_file(dir / "minutes.docx", make_docx(with_body(body)));
    const std::string text = run_cpdoc({"check", "--today", "2026-11-25", minutes}).out;
    CHECK_THAT(text, Catch::Contains("resistance recorded by label only: add \"Who\", "
                                     "\"Explanation\", \"Impact on child\" so the next worker "
                                     "knows"));
    CHECK_THAT(text, Catch::Contains("\"discussed\" is not a decision: write \"share\" or \"do not "
                                     "share\" [INFO-SHARING-DECISION]"));
    CHECK_THAT(text, Catch::Contains("no reason is recorded: write \"no — why telling them would "
                                     "not be safe or appropriate\" [INFO-SHARING-FAMILY]"));
    CHECK_THAT(text, Catch::Contains("\"Status\" must be open or closing, not \"maybe\""));
    CHECK_THAT(text, Catch::Contains("owner is not one named person (\"Social Work\" is"));
    CHECK_THAT(text, Catch::Contains("\"9th Dec\" is not a date: it has no year; did you mean 9 "
                                     "December 2026? Write it as 2026-12-09") &&
                         Catch::Contains("\"20/11/26\" is not a date"));
    CHECK_THAT(text, !Catch::Contains("`"));

    // Resistance told as prose, and a pack's own requirement, are in Word's terms too.
    const std::string prose =
        write_file(dir / "prose.docx",
                   make_docx(with_body(
                       styled("Title", "Core group minutes") + p("Document: core-group-minutes") +
                       p("Child: C-104233") + p("Date: 2026-11-20") +
                       p("Policy: wos-portfolio-2016") + styled("Heading1", "Resistance") +
                       p("Mum refused entry on 17/11 and 24/11, saying we are ruining her "
                         "life; Megan has not been seen since."))));
    const std::string prose_text = run_cpdoc({"check", "--today", "2026-11-25", prose}).out;
    CHECK_THAT(prose_text, Catch::Contains("record \"Type\", \"Who\", \"Explanation\" (why, in "
                                           "this family) and \"Impact on child\""));
    CHECK_THAT(prose_text, !Catch::Contains("`"));

    // A pack that is not there, and a pack's own requirement of a section.
    const std::string unknown_pack =
        write_file(dir / "unknown-pack.docx",
                   make_docx(with_body(p("Document: core-group-minutes") + p("Child: C-104233") +
                                       p("Date: 2026-11-20") + p("Policy: lanarkshire-local"))));
    CHECK_THAT(run_cpdoc({"check", unknown_pack}).out,
               Catch::Contains("there is no policy pack \"lanarkshire-local\"; the packs "
                               "available are: base,") &&
                   !Catch::Contains("`"));
    const std::string no_named_person = write_file(
        dir / "no-named-person.docx",
        make_docx(with_body(styled("Title", "Child's plan") + p("Document: child-plan") +
                            p("Child: C-104233") + p("Date: 2026-11-20") +
                            p("Policy: lanarkshire-2019") + p("Registered: yes") +
                            styled("Heading1", "Named people") + p("Jo Bell, Social Worker"))));
    CHECK_THAT(run_cpdoc({"check", "--today", "2026-11-25", no_named_person}).out,
               Catch::Contains("error: \"Named people\" records no \"Named person\""));
}

TEST_CASE("the chair marked beside the name in a table with a Present column, in both formats") {
    TempDir dir("word-report-chair");
    const std::string docx =
        write_file(dir / "minutes.docx",
                   make_docx(with_body(
                       details(p("Next meeting: 2026-12-18")) + styled("Heading1", "Attendance") +
                       table({row({"Name", "Role", "Agency", "Present / Apologies"}),
                              row({"Sarah Khan (Chair)", "Team Manager", "Social Work", "Present"}),
                              row({"Lucy Moore", "Mother", "Family", "Apologies"})}) +
                       styled("Heading1", "Actions") +
                       table({row({"Action", "Who", "Date to be completed by"}),
                              row({"Visit Megan at home", "Sarah Khan", "2026-12-01"})}))));
    const std::string markdown = write_file(
        dir / "minutes.md",
        "---\ndocument: core-group-minutes\nchild: C-104233\ndate: 2026-11-20\npolicy: base\n"
        "next-meeting: 2026-12-18\n---\n## Attendance\n"
        "| Name | Role | Agency | Present / Apologies |\n| --- | --- | --- | --- |\n"
        "| Sarah Khan (Chair) | Team Manager | Social Work | Present |\n"
        "| Lucy Moore | Mother | Family | Apologies |\n\n## Actions\n"
        "| Action | Who | Date to be completed by |\n| --- | --- | --- |\n"
        "| Visit Megan at home | Sarah Khan | 2026-12-01 |\n");
    for (const std::string& file : {docx, markdown}) {
        INFO(file);
        const std::vector<std::string> ids = checked_ids(file);
        CHECK(!has(ids, "CHAIR-MISSING"));
        CHECK(!has(ids, "ACTION-OWNER-UNKNOWN"));
        CHECK(!has(ids, "ACTION-DUE-MISSING"));
        CHECK(has(ids, "SECTION-MISSING")); // the rest of the minutes are still asked for
    }
    CHECK(checked_ids(docx) == checked_ids(markdown));

    // Marked in the role column, or after a dash (a blind tester's minutes): the chair too,
    // and a manager.
    // Or in the Present column ("Present - Chair", round 8).
    for (const auto& [name, role, status] :
         {std::tuple{"Sarah Khan", "Team Manager (Chair)", "Present"},
          std::tuple{"Sarah Khan - Chair", "Team Manager", "Present"},
          std::tuple{"Sarah Khan", "Team Manager", "Present - Chair"},
          std::tuple{"Sarah Khan", "Team Manager", "Present (Chair)"}}) {
        INFO(name << " | " << role << " | " << status);
        const std::string marked = write_file(
            dir / "marked.docx",
            make_docx(with_body(
                details(p("Next meeting: 2026-12-18")) + styled("Heading1", "Attendance") +
                table({row({"Name", "Role", "Agency", "Present / Apologies"}),
                       row({name, role, "Social Work", status})}) +
                styled("Heading1", "Actions") +
                table({row({"Action", "Who", "Date to be completed by"}),
                       row({"Visit Megan at home", "Sarah Khan", "2026-12-01"})}))));
        const std::vector<std::string> ids = checked_ids(marked);
        CHECK(!has(ids, "CHAIR-MISSING"));
        CHECK(!has(ids, "CHAIR-NOT-MANAGER"));
        CHECK(!has(ids, "ACTION-OWNER-UNKNOWN"));
    }
}

TEST_CASE("a next meeting stated at the end of Word minutes is found") {
    TempDir dir("word-report-next");
    const std::string actions =
        styled("Heading1", "Attendance") + p("Chair: Sarah Khan, Team Manager, Social Work");
    const std::string section = write_file(
        dir / "section.docx",
        make_docx(with_body(details() + actions + styled("Heading1", "Date of next meeting") +
                            p("Tuesday 15th December 2026 at 10am, St Mary's Primary"))));
    const std::string aob = write_file(
        dir / "aob.docx",
        make_docx(with_body(details() + actions + styled("Heading1", "Any other business") +
                            p("None.") + p("Next meeting: Tuesday 15th December 2026 at 10am"))));
    const std::string undated = write_file(
        dir / "undated.docx",
        make_docx(with_body(details() + actions + styled("Heading1", "Date of next meeting") +
                            p("To be arranged"))));
    CHECK(!has(checked_ids(section), "REVIEW-DATE-MISSING"));
    CHECK(!has(checked_ids(aob), "REVIEW-DATE-MISSING"));
    CHECK(has(checked_ids(undated), "REVIEW-DATE-MISSING"));
    CHECK_THAT(run_cpdoc({"check", "--today", "2026-12-20", section}).out,
               Catch::Contains("\"Next meeting\" 15 December 2026 has already passed: record when "
                               "the group will next meet [REVIEW-DATE-MISSING]"));
}

TEST_CASE("render warns of a name in a Word title at the title, not at a line") {
    TempDir dir("word-report-render");
    const std::string file =
        write_file(dir / "minutes.docx",
                   make_docx(with_body(styled("Title", "Core Group Minutes \u2014 Ellie Brennan") +
                                       details() + styled("Heading1", "Attendance") +
                                       p("Chair: Sarah Khan, Team Manager, Social Work"))));
    const Run run =
        run_cpdoc({"render", file, "--draft", "--to", "docx", "-o", (dir / "out.docx").string()});
    REQUIRE(run.status != 2);
    CHECK_THAT(run.err, Catch::Contains("minutes.docx: the title: warning: the title holds `Ellie "
                                        "Brennan`, which \"Child\" would refuse as a "
                                        "name"));
}

TEST_CASE("an action typed with Shift+Enter lines, and an owner merged down two rows, are read") {
    TempDir dir("word-report-lines");
    const std::string line_break = "<w:r><w:br/></w:r>";
    const std::string attendance = styled("Heading1", "Attendance") +
                                   p("Chair: Sarah Khan, Team Manager, Social Work") +
                                   p("Present: Tom Price, Family Support Worker, Social Work") +
                                   p("Present: Jo Bell, Social Worker, Social Work");
    // Owner and due date on lines of their own in one numbered paragraph, as Word's Shift+Enter
    // types them: the action's fields, whatever the length of its title.
    DocxParts parts =
        with_body(details() + attendance + styled("Heading1", "Actions") +
                  list_item(r("Find a childminder for nights") + line_break +
                                r("Owner: Tom Price") + line_break + r("Due: 18/12/2026"),
                            0) +
                  list_item(r("Give Keira the ChildLine number and a named adult at school") +
                                line_break + r("Owner: all") + line_break + r("Due: 11/12/2026"),
                            0));
    parts.numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                      "<w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
                      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    const std::string typed = write_file(dir / "typed.docx", make_docx(parts));
    const auto action_findings = [](const std::string& path) {
        std::vector<std::string> ids = checked_ids(path);
        std::erase_if(ids, [](const std::string& id) { return !id.starts_with("ACTION-"); });
        return ids;
    };
    CHECK(action_findings(typed) == std::vector<std::string>{"ACTION-OWNER-NOT-PERSON"});
    // "Jo Bell" in a cell merged down over two actions owns both.
    const std::string merged = write_file(
        dir / "merged.docx",
        make_docx(with_body(
            details() + attendance + styled("Heading1", "Actions") +
            table({row({"Action", "Owner", "Due"}, "<w:tblHeader/>"),
                   row({"Complete the assessment", cell("Jo Bell", "<w:vMerge w:val=\"restart\"/>"),
                        "18/12/2026"}),
                   row({"Visit Keira after school", cell("", "<w:vMerge/>"), "10/12/2026"})}))));
    CHECK(action_findings(merged).empty());
}

TEST_CASE("a form with a label | answer table for each record checks every record") {
    TempDir dir("word-report-form-tables");
    int number = 0;
    const auto form = [&number](const std::vector<std::pair<std::string, std::string>>& rows) {
        // Each table titled by a row merged across it, as council forms number them.
        std::vector<std::string> made{
            row({cell(p(r("Contingency " + std::to_string(++number), "<w:b/>")),
                      "<w:gridSpan w:val=\"2\"/>")})};
        for (const auto& [label, answer] : rows)
            made.push_back(row({cell(p(r(label, "<w:b/>"))), answer}));
        return table(made);
    };
    const std::string plan = write_file(
        dir / "plan.docx",
        make_docx(with_body(
            styled("Title", "Child's plan") + p("Document: child-plan") + p("Child: C-104233") +
            p("Date: 2026-11-20") + p("Policy: base") + styled("Heading1", "Contingency plan") +
            form({{"Trigger", "Megan not seen by any agency for 7 days"},
                  {"Response", "Joint unannounced visit by Jo Bell and police the same day"},
                  {"Owner", "Jo Bell"}}) +
            form({{"Trigger", "if things deteriorate"},
                  {"Response", "Strategy discussion within one working day"},
                  {"Owner", "Jo Bell"}}))));
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", plan});
    // The second table is the second contingency, checked as the first is.
    CHECK_THAT(run.out, Catch::Contains("Contingency plan, table 2, row 2 (\"Trigger if things "
                                        "deteriorate\"): error:") &&
                            Catch::Contains("[CONTINGENCY-VAGUE]"));
    CHECK_THAT(run.out, !Catch::Contains("table 1, row"));
}

TEST_CASE("a Word table row merged across the table is a heading among the rows") {
    TempDir dir("word-report-divider");
    const std::string chronology =
        write_file(dir / "chronology.docx",
                   make_docx(with_body(
                       styled("Title", "Chronology") + p("Document: chronology") +
                       p("Child: C-104233") + p("Policy: base") + styled("Heading1", "Chronology") +
                       table({row({"Date", "Type", "Event", "Source"}, "<w:tblHeader/>"),
                              row({cell("2026 \u2013 Autumn", "<w:gridSpan w:val=\"4\"/>")}),
                              row({"2026-11-02", "visit-seen", "Megan seen at home", "SW record"}),
                              row({"Autumn", "", "", ""})}))));
    const Run run = run_cpdoc({"check", "--today", "2026-11-25", chronology});
    CHECK_THAT(run.out, !Catch::Contains("row 2 (") && Catch::Contains("row 4 (\"Autumn\")"));
    // Imported, it is a bold first cell alone, which the dialect reads as a heading row too.
    const std::string imported = (dir / "chronology.md").string();
    REQUIRE(run_cpdoc({"import", chronology, "-o", imported}).status == 0);
    CHECK_THAT(read_text(imported), Catch::Contains("| **2026 \u2013 Autumn** |"));
    const std::string again = run_cpdoc({"check", "--today", "2026-11-25", imported}).out;
    CHECK_THAT(again, Catch::Contains("`Autumn` is not a date"));
    CHECK(again.find("[CHRONOLOGY-DATE]") == again.rfind("[CHRONOLOGY-DATE]"));
}
