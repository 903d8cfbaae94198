// `cpdoc audit`: discovery, the CSV and JSON outputs, redaction (no name or reference left
// in any output), history across audits, and the HTML report read by a real browser.
#include "support.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {

// Under one directory of the process's own, removed when the process ends.
fs::path temp_dir(const std::string& name) {
    static const TempDir root("audit");
    const fs::path dir = root / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Two children's minutes: one clean, one with a chair who is not a manager and an unknown owner.
fs::path corpus() {
    const fs::path dir = temp_dir("corpus");
    const std::string minutes =
        "---\ndocument: core-group-minutes\npolicy: test-all-rules\nchild: CHILDREF\n"
        "date: 2026-11-16\nnext-meeting: 2026-12-14\n---\n# Minutes\n## Attendance\n"
        "- Chair: CHAIRNAME, ROLE, Social Work\n- Present: Morag Quigley, Health Visitor, NHS\n"
        "## Child seen\n- Last seen: 2026-11-12\n- Seen alone: yes\n- Seen by: Morag Quigley\n"
        "## Child's views\nShe said she likes her new school.\n"
        "## Information sharing\n- Minutes shared\n  - Decision: share\n  - With: core group\n"
        "  - Reason: all agencies need the actions\n  - Family informed: yes\n"
        "## Contingency plan\n- Missed visit\n  - Trigger: a visit with no access\n"
        "  - Response: joint visit with police the same day\n  - Owner: Morag Quigley\n"
        "## Actions\n- Visit the family\n  - Owner: OWNER\n  - Due: 2026-11-27\n";
    auto make = [&](const std::string& child, const std::string& chair, const std::string& role,
                    const std::string& owner) {
        std::string text = minutes;
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {"CHILDREF", child}, {"CHAIRNAME", chair}, {"ROLE", role}, {"OWNER", owner}})
            text.replace(text.find(from), from.size(), to);
        return text;
    };
    write_file(dir / "team-a" / "C-771234-core-group.md",
               make("C-771234", "Bernadette Okonjo", "Team Manager", "Morag Quigley"));
    write_file(dir / "team-b" / "minutes.md",
               make("C-889911", "Zebedee Farquharson", "Social Worker", "Xanthe Pemberton"));
    write_file(dir / "team-b" / "notes.txt", "not a document\n");
    write_file(dir / ".git" / "HEAD", "---\ndocument: chronology\n---\n");
    return dir;
}

std::vector<std::string> audit_args(const fs::path& dir, const fs::path& out,
                                    std::vector<std::string> extra) {
    std::vector<std::string> args = {"audit",
                                     "--policy-dir",
                                     source_path("tests/data/packs"),
                                     "-q",
                                     "--today",
                                     "2026-11-25",
                                     dir.string(),
                                     "--report",
                                     (out / "report.html").string(),
                                     "--csv",
                                     (out / "audit.csv").string(),
                                     "--json",
                                     (out / "audit.json").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

pt::ptree parse_json(const std::string& text) {
    std::istringstream in(text);
    pt::ptree tree;
    pt::read_json(in, tree);
    return tree;
}

} // namespace

TEST_CASE("audit finds documents by front matter, skips other files and hidden directories") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("out");
    const Run run = run_cpdoc(audit_args(dir, out, {}));
    CHECK(run.status == 0);
    CHECK_THAT(run.out, Catch::StartsWith(
                            "2 documents checked (1 other file skipped): 50.0% without errors"));
    const pt::ptree json = parse_json(read_text((out / "audit.json").string()));
    CHECK(json.get<int>("audit.documents") == 2);
    CHECK(json.get<int>("audit.compliant") == 1);
    CHECK(json.get<int>("audit.skipped") == 1);
    CHECK(json.get<std::string>("audit.date") == "2026-11-25");
    int chair_failing = -1;
    for (const auto& [key, rule] : json.get_child("rules"))
        if (rule.get<std::string>("rule") == "CHAIR-NOT-MANAGER")
            chair_failing = rule.get<int>("failing");
    CHECK(chair_failing == 1);
}

TEST_CASE("audit does not pass without documents it could not find") {
    const fs::path out = temp_dir("out");
    // A directory named that does not exist: said, and the audit fails.
    const fs::path missing = temp_dir("gone") / "no-such-folder";
    const Run run = run_cpdoc(audit_args(missing, out, {}));
    CHECK(run.status == 2);
    CHECK_THAT(run.out, Catch::Contains("1 unreadable") &&
                            Catch::Contains(missing.string() + ": cannot open this folder"));
    // Front matter under a comment or a title is a document's, misplaced: audited, not skipped.
    const fs::path dir = temp_dir("misplaced");
    write_file(dir / "comment-first.md",
               "<!-- draft -->\n---\ndocument: chronology\npolicy: base\nchild: C-1\n---\n");
    write_file(dir / "title-first.md",
               "# Plan\n---\ndocument: child-plan\npolicy: base\nchild: C-1\n---\n");
    write_file(dir / "README.md", "# Templates\n\nHow to use them.\n");
    const Run misplaced = run_cpdoc(audit_args(dir, out, {}));
    CHECK(misplaced.status == 0);
    CHECK_THAT(misplaced.out, Catch::StartsWith("2 documents checked (1 other file skipped)") &&
                                  Catch::Contains("FRONT-MATTER-MISSING: 2 of 2 documents"));
    // Front matter meant for cpdoc whose `document:` line is misspelt or missing: audited, and
    // failed, not passed over as another file. Other Markdown with a date is another file.
    const fs::path slipped = temp_dir("slipped");
    write_file(slipped / "typo.md", "---\ndocumnet: child-plan\npolicy: base\nchild: C-1\n---\n");
    write_file(slipped / "no-kind.md", "---\npolicy: base\nchild: C-1\n---\n# Plan\n");
    write_file(slipped / "post.md", "---\ntitle: Team news\ndate: 2026-11-20\n---\nHello.\n");
    const Run typo = run_cpdoc(audit_args(slipped, out, {}));
    CHECK_THAT(typo.out, Catch::StartsWith("2 documents checked (1 other file skipped)") &&
                             Catch::Contains("FRONT-MATTER-KEY: 2 of 2 documents"));
}

TEST_CASE("audit CSV: a row per finding, a row for a document without one") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("out");
    REQUIRE(run_cpdoc(audit_args(dir, out, {})).status == 0);
    const std::string csv = read_text((out / "audit.csv").string());
    // UTF-8 with a byte order mark, for Excel; a row per finding and none for a document
    // without one, so a pivot table counts findings.
    CHECK_THAT(csv, Catch::StartsWith("\xEF\xBB\xBFpath,team,child,kind,date,policy,rule,severity,"
                                      "line,column,section,message,suppressed,"
                                      "suppression_reason,weight,document_risk,change,place\r\n"));
    CHECK(csv.find("C-771234-core-group.md") == std::string::npos);
    CHECK_THAT(csv, Catch::Contains((dir / "team-b" / "minutes.md").string() +
                                    ",team-b,C-889911,core-group-minutes,2026-11-16,test-all-rules,"
                                    "CHAIR-NOT-MANAGER,error,10,10,Attendance,\"the chair, "
                                    "Zebedee Farquharson, is a Social Worker"));
    CHECK_THAT(csv, Catch::Contains(",ACTION-OWNER-UNKNOWN,error,31,12,Actions,"));

    // --documents-csv: a row per document, the clean one too.
    const fs::path documents = out / "documents.csv";
    REQUIRE(run_cpdoc(audit_args(dir, out, {"--documents-csv", documents.string()})).status == 0);
    const std::string rows = read_text(documents.string());
    CHECK_THAT(rows, Catch::StartsWith("\xEF\xBB\xBFpath,team,child,kind,date,policy,judged_as_of,"
                                       "superseded,errors,warnings,notes,risk,priority,compliant,"
                                       "new,fixed,unchanged,unreadable\r\n"));
    CHECK_THAT(rows, Catch::Contains((dir / "team-a" / "C-771234-core-group.md").string() +
                                     ",team-a,C-771234,core-group-minutes,2026-11-16,"
                                     "test-all-rules,,no,0,0,0,0,,yes,,,,\r\n"));
    CHECK_THAT(rows, Catch::Contains(",team-b,C-889911,core-group-minutes,2026-11-16,"
                                     "test-all-rules,,no,2,0,0,6,1,no,,,,\r\n"));
}

TEST_CASE("redaction leaves no child reference or name in any output") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("redacted");
    const Run run = run_cpdoc(audit_args(dir, out, {"--redact"}));
    CHECK(run.status == 0);
    const std::vector<std::string> outputs = {
        run.out, run.err, read_text((out / "report.html").string()),
        read_text((out / "audit.csv").string()), read_text((out / "audit.json").string())};
    for (const char* secret : {"C-771234", "C-889911", "771234", "Bernadette", "Okonjo", "Zebedee",
                               "Farquharson", "Morag", "Quigley", "Xanthe", "Pemberton"})
        for (const std::string& output : outputs) {
            INFO(secret);
            CHECK(output.find(secret) == std::string::npos);
        }
    CHECK_THAT(outputs[3],
               Catch::Contains("Directory-0001/Team-0002/Child-0002/core-group-minutes-1,") &&
                   Catch::Contains(",\"A chair whose role is not a manager role in the policy. "
                                   "The policy asks for a manager to chair"));
}

TEST_CASE("history: each audit is appended and the report shows the trend") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("history");
    const std::string db = (out / "history.sqlite").string();
    REQUIRE(run_cpdoc(audit_args(dir, out, {"--history", db})).status == 0);
    std::vector<std::string> second = audit_args(dir, out, {"--history", db});
    second[5] = "2026-12-25";
    REQUIRE(run_cpdoc(second).status == 0);
    const pt::ptree json = parse_json(read_text((out / "audit.json").string()));
    const auto& history = json.get_child("history");
    REQUIRE(history.size() == 2);
    CHECK(history.begin()->second.get<std::string>("date") == "2026-11-25");
    CHECK(std::next(history.begin())->second.get<std::string>("date") == "2026-12-25");
    const std::string html = read_text((out / "report.html").string());
    CHECK_THAT(html, Catch::Contains("Trend across audits") &&
                         Catch::Contains("2026-11-25 (50%)") && Catch::Contains("2026-12-25 (0%)"));
}

TEST_CASE("a history file that is not a database is refused") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("badhistory");
    write_file(out / "history.sqlite", "this is not sqlite");
    const Run run =
        run_cpdoc(audit_args(dir, out, {"--history", (out / "history.sqlite").string()}));
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("--history"));
}

TEST_CASE("the report reads correctly in a real browser") {
    const fs::path dir = corpus();
    const fs::path out = temp_dir("browser");
    REQUIRE(run_cpdoc(audit_args(dir, out, {})).status == 0);
    REQUIRE(fs::exists("/usr/bin/chromium")); // scripts/install-test-tools installs it
    const Run browser = run_program(
        {"/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + (out / "profile").string(), "--dump-dom",
         "file://" + (out / "report.html").string()});
    REQUIRE(browser.status == 0);
    const std::string& dom = browser.out;
    CHECK_THAT(dom,
               Catch::Contains("<h1>Quality assurance audit of child protection records</h1>"));
    CHECK_THAT(dom, Catch::Contains("<b>50%</b>documents without errors"));
    CHECK_THAT(dom, Catch::Contains(
                        "<svg class=\"chart\" role=\"img\" aria-label=\"Compliance by rule\""));
    CHECK_THAT(dom, Catch::Contains(">CHAIR-NOT-MANAGER</text>"));
    CHECK_THAT(dom,
               Catch::Contains("<code>" + (dir / "team-b" / "minutes.md").string() + "</code>"));
    CHECK(dom.find("<script") == std::string::npos);
}

TEST_CASE("audit never writes an output over a document it audits") {
    const fs::path dir = corpus();
    const fs::path document = dir / "team-a" / "C-771234-core-group.md";
    const std::string before = read_text(document.string());
    for (const char* flag : {"--csv", "--json", "--report", "--history"}) {
        INFO(flag);
        const Run run = run_cpdoc({"audit", "--policy-dir", source_path("tests/data/packs"), "-q",
                                   dir.string(), flag, document.string()});
        CHECK(run.status == 2);
        CHECK(read_text(document.string()) == before);
    }
}

TEST_CASE("redaction hides the audited folder's name and tells findings in their rule's words") {
    const fs::path dir = corpus();
    const fs::path family = dir.parent_path() / "Okonjo";
    fs::remove_all(family);
    fs::rename(dir, family);
    write_file(family / "team-c" / "no-reason.md",
               "---\ndocument: core-group-minutes\npolicy: test-all-rules\nchild: C-123456\n"
               "date: 2026-11-16\nnext-meeting: 2026-12-14\n---\n# Minutes\n"
               "## Information sharing\n- Minutes shared\n  - Decision: share\n"
               "  - With: Ann Wu\n  - Family informed: yes\n");
    const fs::path out = temp_dir("redacted-folder");
    const std::string db = (out / "history.sqlite").string();
    REQUIRE(run_cpdoc(audit_args(family, out, {"--redact", "--history", db})).status == 0);
    const std::string csv = read_text((out / "audit.csv").string());
    for (const std::string& output : {read_text((out / "report.html").string()), csv,
                                      read_text((out / "audit.json").string()), read_text(db)})
        CHECK(output.find("Okonjo") == std::string::npos);
    CHECK_THAT(csv, Catch::Contains(",INFO-SHARING-REASON,error,10,3,Information sharing,"
                                    "\"A decision to share or not to share with no reason "
                                    "recorded. Record why the information is, or is not, "
                                    "shared.\",no,,3,"));
    CHECK((fs::status(db).permissions() & fs::perms::others_read) == fs::perms::none);
}

TEST_CASE("audit CSV and JSON give a suppressed finding's reason, and --redact hides it") {
    const fs::path dir = corpus();
    std::string minutes = read_text((dir / "team-b" / "minutes.md").string());
    minutes.replace(minutes.find("## Attendance\n"), 14,
                    "## Attendance\n<!-- cpdoc-disable CHAIR-NOT-MANAGER: Ms Pemberton's manager "
                    "was off sick -->\n");
    write_file(dir / "team-b" / "minutes.md", minutes);
    const fs::path out = temp_dir("suppressed");
    REQUIRE(run_cpdoc(audit_args(dir, out, {})).status == 0);
    CHECK_THAT(read_text((out / "audit.csv").string()),
               Catch::Contains(",yes,Ms Pemberton's manager was off sick,3,3,,\r\n"));
    CHECK_THAT(read_text((out / "audit.json").string()),
               Catch::Contains("\"suppression_reason\":\"Ms Pemberton's manager was off sick\""));

    const fs::path redacted = temp_dir("suppressed-redacted");
    REQUIRE(run_cpdoc(audit_args(dir, redacted, {"--redact"})).status == 0);
    const std::string csv = read_text((redacted / "audit.csv").string());
    CHECK_THAT(csv, Catch::Contains(",yes,(reason recorded in the document),3,3,,\r\n"));
    CHECK(csv.find("off sick") == std::string::npos);
}

TEST_CASE("teams: the first folder level by default, --team-depth or the config's [audit]") {
    const fs::path dir = corpus();
    write_file(dir / "team-a" / "north" / "deep.md",
               read_text((dir / "team-b" / "minutes.md").string()));
    const fs::path out = temp_dir("teams");
    auto teams = [&](std::vector<std::string> extra) {
        REQUIRE(run_cpdoc(audit_args(dir, out, extra)).status == 0);
        const pt::ptree json = parse_json(read_text((out / "audit.json").string()));
        std::vector<std::string> names;
        for (const auto& [key, team] : json.get_child("teams"))
            names.push_back(team.get<std::string>("team"));
        return names;
    };
    // Weakest first: team-b's one document has errors; team-a has one of two.
    CHECK(teams({}) == std::vector<std::string>{"team-b", "team-a"});
    CHECK(teams({"--team-depth", "2"}) ==
          std::vector<std::string>{"team-a/north", "team-b", "team-a"});
    CHECK(teams({"--team-depth", "0"}) == std::vector<std::string>{"(no team folder)"});
    write_file(dir / ".cpdoc.toml", "[audit]\nteam-depth = 2\n");
    CHECK(teams({}).size() == 3);
    CHECK(teams({"--team-depth", "1"}).size() == 2); // the command line wins

    write_file(dir / ".cpdoc.toml", "[audit]\nteam-depth = -1\n");
    Run run = run_cpdoc(audit_args(dir, out, {}));
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("`team-depth` must be a whole number from 0 to 16"));
    write_file(dir / ".cpdoc.toml", "[audit]\nteams = 2\n");
    run = run_cpdoc(audit_args(dir, out, {}));
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("unknown audit setting `teams` (known: team-depth)"));
}
