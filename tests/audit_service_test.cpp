// `cpdoc audit` as a QA auditor uses it: a service of 45 documents in five team folders,
// audited at three dates with edits between them. The HTML report (read in headless
// Chromium), the JSON and the CSV must each answer the auditor's questions: which team is
// weakest on which rule, which five documents to read first, and what is new and what was
// fixed since the last audit.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

using namespace cpdoc::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::vector<std::string> teams = {"central", "east", "north", "south", "west"};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Removes every line that starts with `prefix`.
std::string without_lines(const std::string& text, const std::string& prefix) {
    std::istringstream in(text);
    std::string out;
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) != 0)
            out += line + "\n";
    return out;
}

// The Lanarkshire core group minutes of the examples (no finding), for another child, with
// its next meeting after every audit date.
std::string minutes(const std::string& child) {
    static const std::string example =
        read_text(source_path("examples/core-group-minutes-lanarkshire.md"));
    return replaced(replaced(example, "C-104871", child), "next-meeting: 7 December 2026",
                    "next-meeting: 2027-03-01");
}

// The variations a service's documents have.
// A social worker in the chair; the manager the threat was shared with attends.
std::string chair_not_manager(const std::string& text) {
    return replaced(replaced(text, "- Chair: Graham Tennant, Team Manager, Social Work\n",
                             "- Chair: Graham Tennant, Social Worker, Social Work\n"
                             "- Present: Anne Gray, Team Manager, Social Work\n"),
                    "Shared with manager: 9 November 2026, Graham Tennant",
                    "Shared with manager: 9 November 2026, Anne Gray");
}
// The next minutes, four weeks on, with the meeting after on 4 January 2027.
std::string next_minutes(const std::string& text) {
    std::string later = replaced(text, "date: 2026-11-16", "date: 2026-12-07");
    later = replaced(later, "next-meeting: 2027-03-01", "next-meeting: 2027-01-04");
    later = replaced(later, "significant-issues: yes", "significant-issues: no");
    later = replaced(later, "Due: 2026-11-", "Due: 2026-12-");
    return replaced(later, "Due: 20 November 2026", "Due: 20 December 2026");
}
std::string child_unseen(const std::string& text) {
    return without_lines(without_lines(without_lines(text, "- Last seen:"), "- Seen alone:"),
                         "- Seen by:");
}
std::string worker_threat_unshared(const std::string& text) {
    return without_lines(without_lines(text, "- Shared with manager:"), "- Safety plan:");
}
std::string no_sharing_reason(const std::string& text) {
    return without_lines(text, "  - Reason: The neighbour asked not to be named");
}
std::string date_slips(const std::string& text) { // six DATE-INVALID errors
    return replaced(text, "Due: 2026-11-", "Due: 2026-13-");
}

struct Service {
    fs::path root;
    fs::path path(const std::string& team, int n) const {
        return root / team / ("minutes-" + std::to_string(n) + ".md");
    }
    void write(const std::string& team, int n, const std::string& text) const {
        write_file(path(team, n), text);
    }
    std::string child(const std::string& team, int n) const {
        std::string upper = team;
        std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
        return "C-" + upper + std::to_string(n);
    }
};

// Nine minutes a team. east is the weakest: six of its chairs are not managers. The five
// documents of most risk: an unseen child (west 1 and 2, north 1), a threat to a worker not
// shared with a manager (south 1 and central 1: warnings), and both at once (west 1). south 2
// has more errors than any of them (six date slips) and less risk.
Service write_service(const fs::path& root) {
    Service service{root / "service"};
    for (const std::string& team : teams)
        for (int n = 1; n <= 9; ++n)
            service.write(team, n, minutes(service.child(team, n)));
    for (int n = 1; n <= 6; ++n)
        service.write("east", n, chair_not_manager(minutes(service.child("east", n))));
    service.write("north", 1, child_unseen(minutes(service.child("north", 1))));
    service.write("north", 2, no_sharing_reason(minutes(service.child("north", 2))));
    service.write("north", 3, no_sharing_reason(minutes(service.child("north", 3))));
    service.write("south", 1, worker_threat_unshared(minutes(service.child("south", 1))));
    service.write("central", 1, worker_threat_unshared(minutes(service.child("central", 1))));
    service.write("south", 2, date_slips(minutes(service.child("south", 2))));
    service.write("west", 1,
                  worker_threat_unshared(child_unseen(minutes(service.child("west", 1)))));
    service.write("west", 2, child_unseen(minutes(service.child("west", 2))));
    // central 9's next meeting is on 7 December 2026, when the next minutes are written.
    service.write("central", 9,
                  replaced(minutes(service.child("central", 9)), "next-meeting: 2027-03-01",
                           "next-meeting: 2026-12-07"));
    return service;
}

struct Audit {
    Run run;
    json data;
    std::string csv;
    std::string documents_csv;
    std::string html;
};

Audit audit(const fs::path& target, const fs::path& out, const std::string& date,
            const fs::path& history) {
    fs::create_directories(out);
    Audit result;
    result.run =
        run_cpdoc({"audit", "-q", "--today", date, target.string(), "--history", history.string(),
                   "--report", (out / "r.html").string(), "--json", (out / "r.json").string(),
                   "--csv", (out / "r.csv").string(), "--documents-csv", (out / "d.csv").string()});
    if (result.run.status != 0)
        return result;
    result.data = json::parse(read_text((out / "r.json").string()));
    result.csv = read_text((out / "r.csv").string());
    result.documents_csv = read_text((out / "d.csv").string());
    result.html = read_text((out / "r.html").string());
    return result;
}

// CSV rows as fields (quoted fields may hold commas), the header first, byte order mark gone.
std::vector<std::vector<std::string>> rows(std::string text) {
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
    text.erase(0, 3);
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\r') {
        } else if (c == '\n') {
            row.push_back(std::move(field));
            field.clear();
            out.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    return out;
}

// Each row as column name → value.
std::vector<std::map<std::string, std::string>> records(const std::string& csv) {
    const auto table = rows(csv);
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t r = 1; r < table.size(); ++r) {
        REQUIRE(table[r].size() == table[0].size());
        std::map<std::string, std::string> record;
        for (std::size_t c = 0; c < table[0].size(); ++c)
            record[table[0][c]] = table[r][c];
        out.push_back(std::move(record));
    }
    return out;
}

std::string relative(const Service& service, const std::string& team, int n) {
    return service.path(team, n).string();
}

const json& document(const json& data, const std::string& path) {
    for (const json& entry : data["documents"])
        if (entry["path"] == path)
            return entry;
    FAIL("no document " << path);
    static const json none;
    return none;
}

std::string dom_of(const fs::path& report, const fs::path& profile) {
    REQUIRE(fs::exists("/usr/bin/chromium")); // scripts/install-test-tools installs it
    const Run browser = run_program(
        {"/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + profile.string(), "--dump-dom",
         "file://" + report.string()});
    REQUIRE(browser.status == 0);
    return browser.out;
}

} // namespace

TEST_CASE("an audit of a service in team folders answers the auditor, three audits running") {
    const TempDir root("service");
    const Service service = write_service(root.path());
    const fs::path history = root / "history.sqlite";
    const std::set<std::string> five_first = {
        relative(service, "west", 1), relative(service, "west", 2), relative(service, "north", 1),
        relative(service, "south", 1), relative(service, "central", 1)};

    // ---- the first audit
    const Audit first = audit(service.root, root / "first", "2026-11-25", history);
    REQUIRE(first.run.status == 0);
    CHECK(first.data["audit"]["documents"] == 45);
    CHECK(first.data["changes"].is_null()); // nothing to compare with yet

    // Which team is weakest, on which rule: JSON.
    const json& weakest = first.data["teams"][0];
    CHECK(weakest["team"] == "east");
    CHECK(weakest["compliant"] == 3);
    std::string weakest_rule;
    double worst_share = -1;
    for (const json& rule : weakest["rules"])
        if (rule["checked"] > 0 &&
            rule["failing"].get<double>() / rule["checked"].get<double>() > worst_share) {
            worst_share = rule["failing"].get<double>() / rule["checked"].get<double>();
            weakest_rule = rule["rule"];
        }
    CHECK(weakest_rule == "CHAIR-NOT-MANAGER");
    CHECK(worst_share == Approx(6.0 / 9.0));

    // ... and CSV: a pivot of the findings by team and rule.
    std::map<std::pair<std::string, std::string>, int> pivot;
    for (const auto& row : records(first.csv))
        ++pivot[{row.at("team"), row.at("rule")}];
    const auto top = std::max_element(pivot.begin(), pivot.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
    });
    CHECK(top->first == std::make_pair(std::string("east"), std::string("CHAIR-NOT-MANAGER")));
    CHECK(top->second == 6);
    // No row for a document without findings.
    for (const auto& row : records(first.csv))
        CHECK_FALSE(row.at("rule").empty());

    // Which five documents first: those with an unseen child or an unshared threat, by risk,
    // though south 2 has more errors than any of them.
    const json& listed = first.data["first"];
    REQUIRE(listed.size() >= 6);
    CHECK(listed[0]["path"] == relative(service, "west", 1));
    std::set<std::string> leading;
    for (int i = 0; i < 5; ++i)
        leading.insert(listed[i]["path"].get<std::string>());
    CHECK(leading == five_first);
    const json& slips = document(first.data, relative(service, "south", 2));
    CHECK(slips["errors"] == 6);
    CHECK(slips["errors"] > document(first.data, relative(service, "north", 1))["errors"]);
    CHECK(slips["priority"] > 5);
    // ... the documents CSV says the same in its priority column.
    std::map<int, std::string> by_priority;
    for (const auto& row : records(first.documents_csv))
        if (!row.at("priority").empty())
            by_priority[std::stoi(row.at("priority"))] = row.at("path");
    for (int i = 1; i <= 5; ++i)
        CHECK(by_priority.at(i) == listed[i - 1]["path"]);
    CHECK(records(first.documents_csv).size() == 45);

    // ---- edits: three east chairs become managers; north 5 loses a reason; west 1 gains a
    // paragraph above its findings (which stay the same findings); central 9 gets its next
    // minutes, dated 7 December 2026 with the next meeting on 4 January 2027.
    for (int n = 1; n <= 3; ++n)
        service.write("east", n, minutes(service.child("east", n)));
    service.write("north", 5, no_sharing_reason(minutes(service.child("north", 5))));
    service.write("west", 1,
                  replaced(read_text(service.path("west", 1).string()), "## Attendance\n",
                           "## Attendance\n\nThe meeting started late.\n\nAttended:\n\n"));
    service.write("central", 10, next_minutes(minutes(service.child("central", 9))));

    // ---- the second audit
    const Audit second = audit(service.root, root / "second", "2026-12-10", history);
    REQUIRE(second.run.status == 0);
    const json& changes = second.data["changes"];
    CHECK(changes["since"] == "2026-11-25");
    CHECK(changes["new"] == 1);
    CHECK(changes["fixed"] == 3);
    CHECK(changes["documents_added"] == 1);
    for (const json& team : changes["teams"]) {
        if (team["team"] == "east")
            CHECK((team["fixed"] == 3 && team["new"] == 0 && team["unchanged"] == 3));
        if (team["team"] == "north")
            CHECK((team["new"] == 1 && team["fixed"] == 0));
        if (team["team"] == "west")
            CHECK((team["new"] == 0 && team["fixed"] == 0)); // the paragraph moved nothing
    }
    const json& north_5 = document(second.data, relative(service, "north", 5));
    CHECK(north_5["changes"]["new"] == 1);
    CHECK(north_5["findings"][0]["rule"] == "INFO-SHARING-REASON");
    CHECK(north_5["findings"][0]["change"] == "new");
    const json& east_1 = document(second.data, relative(service, "east", 1));
    CHECK(east_1["changes"]["fixed_findings"][0]["rule"] == "CHAIR-NOT-MANAGER");
    // CSV: a row per new finding and per fixed one, with the change.
    std::multiset<std::string> changed_rows;
    for (const auto& row : records(second.csv))
        if (row.at("change") == "new" || row.at("change") == "fixed")
            changed_rows.insert(row.at("change") + " " + row.at("team") + " " + row.at("rule"));
    CHECK(changed_rows == std::multiset<std::string>{
                              "fixed east CHAIR-NOT-MANAGER", "fixed east CHAIR-NOT-MANAGER",
                              "fixed east CHAIR-NOT-MANAGER", "new north INFO-SHARING-REASON"});

    // ---- edits: west 2's child is seen again; south 3's threat is not shared with a manager
    service.write("west", 2, minutes(service.child("west", 2)));
    service.write("south", 3, worker_threat_unshared(minutes(service.child("south", 3))));

    // ---- the third audit, run twice on the same day: the second run replaces the first
    REQUIRE(audit(service.root, root / "third", "2027-01-20", history).run.status == 0);
    const Audit third = audit(service.root, root / "third", "2027-01-20", history);
    REQUIRE(third.run.status == 0);
    const json& points = third.data["history"];
    REQUIRE(points.size() == 3);
    CHECK(points[0]["date"] == "2026-11-25");
    CHECK(points[1]["date"] == "2026-12-10");
    CHECK(points[2]["date"] == "2027-01-20");
    CHECK(third.data["changes"]["since"] == "2026-12-10");
    CHECK(third.data["changes"]["fixed"] == 1);
    // New: south 3's two WORKER-SAFETY warnings, and central 10's next meeting, which has
    // passed: the latest minutes are judged as of the audit.
    CHECK(third.data["changes"]["new"] == 3);
    const json& central_10 = document(third.data, relative(service, "central", 10));
    CHECK(central_10["findings"][0]["rule"] == "REVIEW-DATE-MISSING");
    CHECK(central_10["superseded"] == false);
    // central 9's next meeting has passed too, but the next minutes were written that day: it
    // is judged as of them, and has no finding. `check` still judges it as of today.
    const json& central_9 = document(third.data, relative(service, "central", 9));
    CHECK(central_9["superseded"] == true);
    CHECK(central_9["judged_as_of"] == "2026-12-07");
    CHECK(central_9["findings"].empty());
    CHECK(third.data["audit"]["judged_as_of_their_time"] == 1);
    CHECK_THAT(third.html, Catch::Contains(" 1 document that a later one of the same child and "
                                           "kind supersedes was judged as of"));
    const Run check =
        run_cpdoc({"check", "--today", "2027-01-20", service.path("central", 9).string()});
    CHECK(check.status == 1);
    CHECK_THAT(check.out, Catch::Contains("[REVIEW-DATE-MISSING]"));

    // An audit of one team is its own line in the history, not a point on the service's.
    const Audit east = audit(service.root / "east", root / "east", "2027-01-21", history);
    REQUIRE(east.run.status == 0);
    CHECK(east.data["history"].size() == 1);
    CHECK(east.data["changes"].is_null());

    // ---- the report, as a browser reads it
    const std::string dom = dom_of(root / "third" / "r.html", root / "profile");
    CHECK(dom.find("<script") == std::string::npos);
    // weakest team, on which rule: by the third audit, with three east chairs now managers
    // and a fourth north document without a reason to share, north leads the team table
    const std::size_t table = dom.find("<table class=\"team-rule\">");
    REQUIRE(table != std::string::npos);
    const std::size_t first_row = dom.find("<tr>", dom.find("</tr>", table));
    const std::string north = dom.substr(first_row, dom.find("</tr>", first_row) - first_row);
    CHECK_THAT(north, Catch::StartsWith("<tr><th>north</th>") &&
                          Catch::Contains("<code>INFO-SHARING-REASON</code> (3 of 9)"));
    const std::size_t east_row = dom.find("<tr><th>east</th>", table);
    REQUIRE(east_row != std::string::npos);
    CHECK_THAT(dom.substr(east_row, dom.find("</tr>", east_row) - east_row),
               Catch::Contains("<code>CHAIR-NOT-MANAGER</code> (3 of 9)"));
    CHECK(third.data["teams"][0]["team"] == "north");
    // the documents to look at first, each linked to its collapsed findings with the policy
    const std::size_t listing = dom.find("<table class=\"first\">");
    REQUIRE(listing != std::string::npos);
    // the header and five rows
    std::size_t sixth = listing;
    for (int row = 0; row < 7; ++row)
        sixth = dom.find("<tr>", sixth + 1);
    const std::string first_rows = dom.substr(listing, sixth - listing);
    for (const std::string& path : {relative(service, "west", 1), relative(service, "north", 1),
                                    relative(service, "south", 1), relative(service, "south", 3),
                                    relative(service, "central", 1)}) {
        INFO(path);
        const std::size_t link = first_rows.find("<code>" + path + "</code>");
        REQUIRE(link != std::string::npos);
        const std::size_t href = first_rows.rfind("href=\"#", link);
        REQUIRE(href != std::string::npos);
        const std::string anchor =
            first_rows.substr(href + 7, first_rows.find('"', href + 7) - href - 7);
        CHECK(dom.find("<details class=\"document\" id=\"" + anchor + "\">") != std::string::npos);
    }
    CHECK(dom.find("<details class=\"quote\"><summary>Policy: ") != std::string::npos);
    // what is new and what was fixed
    CHECK_THAT(dom, Catch::Contains("<h2>Changes since 2026-12-10</h2>"));
    CHECK_THAT(dom, Catch::Contains("<b>3</b>new findings") && Catch::Contains("<b>1</b>fixed"));
    CHECK_THAT(dom, Catch::Contains("<div class=\"fixed\"><code>CHILD-SEEN-MISSING</code>"));
    CHECK_THAT(dom, Catch::Contains("<span class=\"new\">new</span>"));
}

TEST_CASE("gating: --fail-under and --max-errors exit 1, and say why") {
    const TempDir root("gating");
    const Service service = write_service(root.path());
    auto run = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = {"audit", "-q", "--today", "2026-11-25",
                                         service.root.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cpdoc(args);
    };
    CHECK(run({}).status == 0);
    CHECK(run({"--fail-under", "70"}).status == 0); // 31 of 45 without errors: 68.9%
    const Run under = run({"--fail-under", "75"});
    CHECK(under.status == 1);
    CHECK_THAT(under.err, Catch::Contains("under --fail-under 75"));
    CHECK(run({"--max-errors", "20"}).status == 0);
    const Run over = run({"--max-errors", "5"});
    CHECK(over.status == 1);
    CHECK_THAT(over.err, Catch::Contains("more than --max-errors 5"));
    CHECK(run({"--fail-under", "101"}).status == 2);
}
