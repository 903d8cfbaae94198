// CPCC-NOTIFY, DEFAULTED-VISITS, SCRA-NOTIFY and past review dates: each at its edges, on
// the Scottish and the English calendars. Each document states the findings of the rule its
// case is about at their lines (tests/expected_findings.hpp).
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

CheckResult check_on(const std::string& text, const std::string& today,
                     const std::string& policy = "") {
    static PackStore& store = packs();
    ParseResult parsed = parse_document(text);
    REQUIRE(parsed.document);
    CheckOptions options;
    options.policy_override = policy;
    options.today = parse_date(today);
    return check_document(*parsed.document, store, options);
}

// The same, and the findings of `rules` are exactly those the text states.
CheckResult check_expected_on(const std::vector<std::string>& rules, const std::string& text,
                              const std::string& today, const std::string& policy = "") {
    CheckResult result = check_on(text, today, policy);
    compare_expected(text, result, rules);
    return result;
}

// Core group on Monday 16 November 2026, with `at_issues` after its `significant-issues:`
// line, then the notification (if any).
std::string core_group(const std::string& notification, const std::string& at_issues = "") {
    return document("core-group-minutes", "test-all-rules", "## Notifications\n" + notification,
                    "date: 2026-11-16\nsignificant-issues: yes\n" + at_issues);
}

// A notification of the chair on `date`, with `at_title` after its title.
std::string notification(const std::string& date, const std::string& at_title = "") {
    return "- Case conference chair told of the significant issues\n" + at_title +
           "  - To: case conference chair\n  - By: Alison Reid\n  - Date: " + date + "\n";
}

// Where the chair was not notified: at the `significant-issues:` value.
const std::string not_notified = "# expect: CPCC-NOTIFY:21\n";

// A registered or unregistered child's chronology: three defaulted visits, a fourth on
// `fourth`, then `meeting_row`; `after` follows the table (the expectations of its rows).
std::string chronology(const std::string& fourth, const std::string& meeting_row,
                       const std::string& registered, const std::string& after = "") {
    return document("chronology", "test-all-rules",
                    "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                    "| 2026-11-02 | visit-no-access | No answer | Social Work |\n"
                    "| 2026-11-05 | visit-cancelled-by-family | Mum cancelled | Social Work |\n"
                    "| 2026-11-09 | visit-no-access | No answer | Social Work |\n"
                    "| " +
                        fourth + " | visit-no-access | No answer | Social Work |\n" + meeting_row +
                        after,
                    "registered: " + registered + "\n");
}

std::string meeting(const std::string& date, const std::string& type) {
    return "| " + date + " | " + type + " | Meeting held | Social Work |\n";
}

} // namespace

TEST_CASE("CPCC-NOTIFY: told on the third calendar day is in time") {
    const CheckResult result = check_on(core_group(notification("2026-11-19")), "2026-11-25");
    CHECK(findings(result, "CPCC-NOTIFY").empty());
    REQUIRE(result.deadlines.size() == 1);
    CHECK(result.deadlines[0].due == Date{2026, 11, 19});
    CHECK(result.deadlines[0].met_on == Date{2026, 11, 19});
}

TEST_CASE("CPCC-NOTIFY: told on the fourth day is too late") {
    const CheckResult result = check_expected_on(
        {"CPCC-NOTIFY"},
        core_group(notification("2026-11-20", "  <!-- expect: CPCC-NOTIFY:3 -->\n")), "2026-11-25");
    const auto found = findings(result, "CPCC-NOTIFY");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains("told on 20 November 2026, too late") &&
                                     Catch::Contains("by 19 November 2026"));
}

TEST_CASE("CPCC-NOTIFY: not told, and the deadline has passed") {
    const CheckResult result =
        check_expected_on({"CPCC-NOTIFY"}, core_group("", not_notified), "2026-11-20");
    CHECK(findings(result, "CPCC-NOTIFY")[0].severity == Severity::error);
}

TEST_CASE("CPCC-NOTIFY: not told yet, and the deadline is still to come, is a note") {
    const CheckResult result = check_on(core_group(""), "2026-11-19");
    const auto found = findings(result, "CPCC-NOTIFY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::note);
    CHECK(found[0].message == "Notify the case conference chair by 19 November 2026");
}

TEST_CASE("CPCC-NOTIFY: only for core groups with significant issues") {
    const std::string no_issues = document("core-group-minutes", "test-all-rules", "",
                                           "date: 2026-11-16\nsignificant-issues: no\n");
    CHECK(findings(check_on(no_issues, "2026-12-25"), "CPCC-NOTIFY").empty());
}

TEST_CASE("DEFAULTED-VISITS: a registered child's core group, exactly on the third working day") {
    // Thursday 26 November: Fri 27, (Mon 30 St Andrew's Day), Tue 1, Wed 2 December.
    const CheckResult result = check_on(
        chronology("2026-11-26", meeting("2026-12-02", "core-group"), "yes"), "2026-12-10");
    CHECK(findings(result, "DEFAULTED-VISITS").empty());
    REQUIRE(result.deadlines.size() == 1);
    CHECK(result.deadlines[0].due == Date{2026, 12, 2});
    CHECK(result.deadlines[0].pos == Position{12, 3});
}

TEST_CASE("DEFAULTED-VISITS: the same dates are a day late in England") {
    // In England and Wales Monday 30 November is a working day: due Tuesday 1 December.
    const CheckResult result =
        check_expected_on({"DEFAULTED-VISITS"},
                          chronology("2026-11-26", meeting("2026-12-02", "core-group"), "yes",
                                     "<!-- expect@-2: DEFAULTED-VISITS:3 -->\n"),
                          "2026-12-10", "test-all-rules-england");
    const auto found = findings(result, "DEFAULTED-VISITS");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message,
               Catch::Contains("by 1 December 2026") &&
                   Catch::Contains("held on 2 December 2026, 4 working days after"));
}

TEST_CASE("DEFAULTED-VISITS: seven working days over Christmas and New Year") {
    // Monday 21 December 2026. England: due Monday 4 January; Scotland: Tuesday 5 January.
    const std::string text =
        chronology("2026-12-21", meeting("2027-01-05", "multi-agency-meeting"), "no");
    const CheckResult scotland = check_on(text, "2027-01-20");
    CHECK(findings(scotland, "DEFAULTED-VISITS").empty());
    REQUIRE(scotland.deadlines.size() == 1);
    CHECK(scotland.deadlines[0].due == Date{2027, 1, 5});
    const CheckResult england = check_on(text, "2027-01-20", "test-all-rules-england");
    REQUIRE(england.deadlines.size() == 1);
    CHECK(england.deadlines[0].due == Date{2027, 1, 4});
    CHECK(findings(england, "DEFAULTED-VISITS").size() == 1);
}

TEST_CASE("DEFAULTED-VISITS: no meeting yet is a note before the deadline, an error after") {
    const std::string text = chronology("2026-11-26", "", "yes");
    const auto before = findings(check_on(text, "2026-12-01"), "DEFAULTED-VISITS");
    REQUIRE(before.size() == 1);
    CHECK(before[0].severity == Severity::note);
    CHECK(before[0].message == "Core group due by 2 December 2026");
    const auto after = findings(check_on(text, "2026-12-03"), "DEFAULTED-VISITS");
    REQUIRE(after.size() == 1);
    CHECK(after[0].severity == Severity::error);
    CHECK_THAT(after[0].message, Catch::EndsWith("none is recorded"));
}

TEST_CASE("DEFAULTED-VISITS: three defaulted visits, or a meeting between, start no clock") {
    const std::string three = document("chronology", "test-all-rules",
                                       "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                       "| 2026-11-02 | visit-no-access | x | SW |\n"
                                       "| 2026-11-05 | visit-no-access | x | SW |\n"
                                       "| 2026-11-06 | multi-agency-meeting | x | SW |\n"
                                       "| 2026-11-09 | visit-no-access | x | SW |\n"
                                       "| 2026-11-12 | visit-no-access | x | SW |\n");
    const CheckResult result = check_on(three, "2027-01-01");
    CHECK(findings(result, "DEFAULTED-VISITS").empty());
    CHECK(result.deadlines.empty());
}

TEST_CASE(
    "DEFAULTED-VISITS: a date outside the calendar's years is a warning, not a silent count") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2031-03-03 | visit-no-access | x | SW |\n"
                                      "| 2031-03-04 | visit-no-access | x | SW |\n"
                                      "| 2031-03-05 | visit-no-access | x | SW |\n"
                                      "| 2031-03-06 | visit-no-access | x | SW |\n"
                                      "| 2031-03-07 | multi-agency-meeting | x | SW |\n");
    const auto found = findings(check_on(text, "2031-04-01"), "DEFAULTED-VISITS");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK_THAT(found[0].message, Catch::Contains("not in cpdoc's calendar (2020-2030)"));
}

TEST_CASE("SCRA-NOTIFY: a child under a CSO not seen for weeks, with resistance, and no Reporter") {
    const std::string body = "## Child seen\n- Last seen: 2026-10-20\n- Seen alone: yes\n"
                             "- Seen by: Alison Reid\n## Resistance\n- Visits refused\n"
                             "  - Type: failure-to-enable-contact\n";
    const std::string front = "date: 2026-11-16\ncso: yes\n";
    const CheckResult result = check_expected_on(
        {"SCRA-NOTIFY"},
        document("core-group-minutes", "test-all-rules",
                 edited(body, "- Last seen: 2026-10-20\n",
                        "- Last seen: 2026-10-20\n  <!-- expect: SCRA-NOTIFY:14 -->\n"),
                 front),
        "2026-11-25");
    CHECK_THAT(findings(result, "SCRA-NOTIFY")[0].message, Catch::Contains("27 days"));
    const std::string told = body +
                             "## Notifications\n- Reporter told\n  - To: Children's Reporter\n"
                             "  - By: Alison Reid\n  - Date: 2026-11-17\n";
    CHECK(findings(
              check_on(document("core-group-minutes", "test-all-rules", told, front), "2026-11-25"),
              "SCRA-NOTIFY")
              .empty());
    std::string recent = body;
    recent.replace(recent.find("2026-10-20"), 10, "2026-11-10");
    CHECK(findings(check_on(document("core-group-minutes", "test-all-rules", recent, front),
                            "2026-11-25"),
                   "SCRA-NOTIFY")
              .empty());
}

TEST_CASE("SCRA-NOTIFY: resistance told in the minutes' words, not in a Resistance section") {
    // "resistance remains a concern and agencies are unable to gain access": the minutes may
    // say so in their discussion ("apparent cooperation") rather than in records.
    const std::string body = "## Child seen\n- Last seen: 2026-10-20\n"
                             "  <!-- expect: SCRA-NOTIFY:14 -->\n- Seen alone: yes\n"
                             "- Seen by: Alison Reid\n## Progress\nMum shows apparent cooperation: "
                             "she agrees to every visit and is out when the worker calls.\n";
    check_expected_on(
        {"SCRA-NOTIFY"},
        document("core-group-minutes", "test-all-rules", body, "date: 2026-11-16\ncso: yes\n"),
        "2026-11-25");
}

TEST_CASE("SCRA-NOTIFY: a chronology of a child under a CSO, unseen since visits were refused") {
    const auto chronology_of = [](const std::string& rows, const std::string& after) {
        return document("chronology", "test-all-rules",
                        "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                        "| 2026-09-15 | visit-seen-alone | Seen alone at home | Social Work |\n" +
                            rows + after,
                        "date: 2026-11-16\ncso: yes\n");
    };
    const std::string refused =
        "| 2026-10-01 | visit-no-access | No answer | Social Work |\n"
        "| 2026-10-08 | Visit cancelled by Mum | Mum cancelled by text | Social Work |\n";
    const CheckResult result = check_expected_on(
        {"SCRA-NOTIFY"}, chronology_of(refused, "<!-- expect@-3: SCRA-NOTIFY:3 -->\n"),
        "2026-11-25");
    CHECK_THAT(findings(result, "SCRA-NOTIFY")[0].message,
               Catch::Contains("last seen on 15 September 2026, 62 days before"));
    // The Reporter told after the child was last seen; or no visit refused since: nothing.
    check_expected_on({"SCRA-NOTIFY"},
                      chronology_of(refused + "| 2026-10-12 | notification | Children's "
                                              "Reporter told Sam is not being seen | Social "
                                              "Work |\n",
                                    ""),
                      "2026-11-25");
    check_expected_on(
        {"SCRA-NOTIFY"},
        chronology_of("| 2026-10-01 | school-change | Moved school | Education |\n", ""),
        "2026-11-25");
}

TEST_CASE("REVIEW-DATE-MISSING: a next review already past") {
    const std::string plan =
        document("child-plan", "test-all-rules", "",
                 "next-review: 2026-11-20\n# expect: REVIEW-DATE-MISSING:14\n");
    check_expected_on({"REVIEW-DATE-MISSING"}, plan, "2026-11-25");
    CHECK(findings(check_on(plan, "2026-11-20"), "REVIEW-DATE-MISSING").empty());
}

TEST_CASE("DEFAULTED-VISITS: a registered child needs a core group, a multi-agency meeting "
          "does not meet it") {
    // Thursday 26 November (Scotland): due Wednesday 2 December.
    const std::string text = chronology("2026-11-26",
                                        meeting("2026-11-27", "multi-agency-meeting") +
                                            meeting("2026-12-07", "core-group"),
                                        "yes", "<!-- expect@-3: DEFAULTED-VISITS:3 -->\n");
    const CheckResult result = check_expected_on({"DEFAULTED-VISITS"}, text, "2026-12-10");
    REQUIRE(result.deadlines.size() == 1);
    CHECK(result.deadlines[0].met_on == Date{2026, 12, 7});
    const auto found = findings(result, "DEFAULTED-VISITS");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains("a core group must be held within 3 working "
                                                 "days, by 2 December 2026; it was held on 7 "
                                                 "December 2026"));
}

TEST_CASE("DEFAULTED-VISITS: a case conference neither resets the count nor meets the clock") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2026-11-02 | visit-no-access | x | SW |\n"
                                      "| 2026-11-03 | visit-no-access | x | SW |\n"
                                      "| 2026-11-04 | case-conference | x | SW |\n"
                                      "| 2026-11-05 | visit-no-access | x | SW |\n"
                                      "| 2026-11-06 | visit-no-access | x | SW |\n"
                                      "| 2026-11-09 | case-conference | x | SW |\n"
                                      "<!-- expect@-2: DEFAULTED-VISITS:3 -->\n");
    const CheckResult result = check_expected_on({"DEFAULTED-VISITS"}, text, "2026-12-01");
    // The chair is told why the conference did not count.
    CHECK_THAT(findings(result, "DEFAULTED-VISITS")[0].message,
               Catch::EndsWith("none is recorded (a case conference was held on 9 November "
                               "2026, which is not a multi-agency meeting)"));
}

TEST_CASE("DEFAULTED-VISITS: one visit two agencies recorded is counted once") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source | Also reported by |\n"
                                      "|-|-|-|-|-|\n"
                                      "| 2026-11-02 | visit-no-access | x | SW | |\n"
                                      "| 2026-11-05 | visit-no-access | x | SW | |\n"
                                      "| 2026-11-09 | visit-no-access | x | SW | Health |\n"
                                      "| 2026-11-09 | visit-no-access | x | Health | SW |\n");
    const CheckResult result = check_on(text, "2027-01-01");
    CHECK(findings(result, "DEFAULTED-VISITS").empty());
    CHECK(result.deadlines.empty());
}

TEST_CASE("DEFAULTED-VISITS: two visits both agencies recorded are two, one recorded by three "
          "is one") {
    const std::string two_pairs = document("chronology", "test-all-rules",
                                           "| Date | Type | Event | Source | Also reported by |\n"
                                           "|-|-|-|-|-|\n"
                                           "| 2026-11-02 | visit-no-access | x | SW | |\n"
                                           "| 2026-11-05 | visit-no-access | x | SW | |\n"
                                           "| 2026-11-09 | visit-no-access | 10:00 | SW | HV |\n"
                                           "| 2026-11-09 | visit-no-access | 10:00 | HV | SW |\n"
                                           "| 2026-11-09 | visit-no-access | 16:00 | SW | HV |\n"
                                           "| 2026-11-09 | visit-no-access | 16:00 | HV | SW |\n"
                                           "<!-- expect@-2: DEFAULTED-VISITS:3 -->\n");
    // The 4th visit is the first record of the second pair.
    check_expected_on({"DEFAULTED-VISITS"}, two_pairs, "2027-01-01");

    const std::string three_agencies =
        document("chronology", "test-all-rules",
                 "| Date | Type | Event | Source | Also reported by |\n"
                 "|-|-|-|-|-|\n"
                 "| 2026-11-02 | visit-no-access | x | SW | |\n"
                 "| 2026-11-05 | visit-no-access | x | SW | |\n"
                 "| 2026-11-09 | visit-no-access | x | SW | HV; Police |\n"
                 "| 2026-11-09 | visit-no-access | x | HV | SW; Police |\n"
                 "| 2026-11-09 | visit-no-access | x | Police | SW; HV |\n");
    CHECK(findings(check_on(three_agencies, "2027-01-01"), "DEFAULTED-VISITS").empty());
}

TEST_CASE("DEFAULTED-VISITS: a chronology split into several tables is counted as one") {
    const std::string text = document("chronology", "test-all-rules",
                                      "### October\n"
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2026-11-02 | visit-no-access | x | SW |\n"
                                      "| 2026-11-05 | visit-no-access | x | SW |\n\n"
                                      "### November\n"
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2026-11-09 | visit-no-access | x | SW |\n"
                                      "| 2026-11-10 | visit-no-acess | x | |\n"
                                      "| 2026-11-12 | visit-no-access | x | SW |\n"
                                      "<!-- expect@-2: DEFAULTED-VISITS:3, CHRONOLOGY-TYPE:16, "
                                      "CHRONOLOGY-SOURCE:36 -->\n");
    check_expected_on({"DEFAULTED-VISITS", "CHRONOLOGY-TYPE", "CHRONOLOGY-SOURCE"}, text,
                      "2027-01-01");
}

TEST_CASE("DEFAULTED-VISITS: a misspelt defaulted visit is still counted, and CHRONOLOGY-TYPE "
          "says how it is read") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2026-11-02 | visit-no-access | x | SW |\n"
                                      "| 2026-11-03 | Visit no access | x | SW |\n"
                                      "| 2026-11-04 | visit-cancelled-by-famly | x | SW |\n"
                                      "| 2026-11-05 | visit-no-access | x | SW |\n"
                                      "| 2026-11-06 | core group | x | SW |\n"
                                      "<!-- expect@-4: CHRONOLOGY-TYPE:16 -->\n"
                                      "<!-- expect@-4: CHRONOLOGY-TYPE:16 -->\n"
                                      "<!-- expect@-3: CHRONOLOGY-TYPE:16 -->\n");
    const CheckResult result =
        check_expected_on({"DEFAULTED-VISITS", "CHRONOLOGY-TYPE"}, text, "2026-12-01");
    REQUIRE(result.deadlines.size() == 1);
    CHECK(result.deadlines.front().met_on == cpdoc::Date{2026, 11, 6});
    CHECK(findings(result, "CHRONOLOGY-TYPE").front().message ==
          "`Visit no access` is not an event type of this policy: did you mean "
          "`visit-no-access`? The timescale rules read it as `visit-no-access` until it is "
          "corrected");
}

TEST_CASE("DEFAULTED-VISITS: a visit dated in another form is still counted, and "
          "CHRONOLOGY-DATE says how it is read") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 02.11.2026 | visit-no-access | x | SW |\n"
                                      "| 2026-11-03 | visit-no-access | x | SW |\n"
                                      "| 4 Novmber 2026 | visit-no-access | x | SW |\n"
                                      "| 2026-11-05 | visit-no-access | x | SW |\n"
                                      "| 2026-11-06 | core group | x | SW |\n"
                                      "<!-- expect@-5: CHRONOLOGY-DATE:3 -->\n"
                                      "<!-- expect@-4: CHRONOLOGY-DATE:3 -->\n"
                                      "<!-- expect@-3: CHRONOLOGY-TYPE:16 -->\n");
    const CheckResult result = check_expected_on(
        {"DEFAULTED-VISITS", "CHRONOLOGY-TYPE", "CHRONOLOGY-DATE"}, text, "2026-12-01");
    REQUIRE(result.deadlines.size() == 1);
    CHECK(result.deadlines.front().due == cpdoc::Date{2026, 11, 16}); // the 4th on 5 November
    CHECK(result.deadlines.front().met_on == cpdoc::Date{2026, 11, 6});
    CHECK_THAT(findings(result, "CHRONOLOGY-DATE").front().message,
               Catch::EndsWith("; the timescale rules read it as 2 November 2026 until it is "
                               "corrected"));
}

TEST_CASE("DEFAULTED-VISITS: a deadline running into a year the calendar lacks says which") {
    const std::string text = document("chronology", "test-all-rules",
                                      "| Date | Type | Event | Source |\n|-|-|-|-|\n"
                                      "| 2030-12-16 | visit-no-access | x | SW |\n"
                                      "| 2030-12-17 | visit-no-access | x | SW |\n"
                                      "| 2030-12-18 | visit-no-access | x | SW |\n"
                                      "| 2030-12-24 | visit-no-access | x | SW |\n");
    const auto found = findings(check_on(text, "2030-12-25"), "DEFAULTED-VISITS");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::warning);
    CHECK_THAT(found[0].message, Catch::StartsWith("the bank holidays of 2031 are not in") &&
                                     Catch::Contains("counts only weekends in 2031"));
}

TEST_CASE("CPCC-NOTIFY: the guidance's own words name the case conference chair") {
    for (const std::string to : {"chair of the child protection case conference",
                                 "Chair of the Case Conference", "CPCC chair", "CP chair"}) {
        const std::string record =
            "- Chair told\n  - To: " + to + "\n  - By: Alison Reid\n  - Date: 2026-11-17\n";
        INFO(to);
        CHECK(findings(check_on(core_group(record), "2026-11-25"), "CPCC-NOTIFY").empty());
    }
}

TEST_CASE("CPCC-NOTIFY: a notification dated before the meeting does not count") {
    const CheckResult result = check_expected_on(
        {"CPCC-NOTIFY"}, core_group(notification("2026-10-02"), not_notified), "2026-11-25");
    const auto found = findings(result, "CPCC-NOTIFY");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains("was not notified"));
}

TEST_CASE("SCRA-NOTIFY: a Reporter told before the child stopped being seen is not told now") {
    const std::string body = "## Child seen\n- Last seen: 2026-10-20\n- Seen alone: yes\n"
                             "- Seen by: Alison Reid\n## Resistance\n- Visits refused\n"
                             "  - Type: failure-to-enable-contact\n"
                             "## Notifications\n- Reporter told\n  - To: SCRA\n"
                             "  - By: Alison Reid\n  - Date: 2026-06-02\n";
    check_expected_on(
        {"SCRA-NOTIFY"},
        document("core-group-minutes", "test-all-rules",
                 edited(body, "- Last seen: 2026-10-20\n",
                        "- Last seen: 2026-10-20\n  <!-- expect: SCRA-NOTIFY:14 -->\n"),
                 "date: 2026-11-16\ncso: yes\n"),
        "2026-11-25");
}

TEST_CASE("CPCC-NOTIFY: told in time, but not by the chair of the core group, is a warning") {
    const std::string body = "## Attendance\n- Chair: Alison Reid, Team Manager, Social Work\n"
                             "- Family: Donna McColl, Mother\n"
                             "## Notifications\n- Case conference chair told\n"
                             "  - To: case conference chair\n  - By: Donna McColl\n"
                             "  - Date: 2026-11-17\n";
    const CheckResult result = check_expected_on(
        {"CPCC-NOTIFY"},
        document("core-group-minutes", "test-all-rules",
                 edited(body, "  - By: Donna McColl\n",
                        "  - By: Donna McColl\n    <!-- expect: CPCC-NOTIFY:9 -->\n"),
                 "date: 2026-11-16\nsignificant-issues: yes\n"),
        "2026-11-25");
    const auto found = findings(result, "CPCC-NOTIFY");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK_THAT(found[0].message, Catch::Contains("the chair of the core group, Alison Reid"));
    std::string by_chair = body;
    by_chair.replace(by_chair.find("By: Donna McColl"), 16, "By: Alison");
    CHECK(findings(check_on(document("core-group-minutes", "test-all-rules", by_chair,
                                     "date: 2026-11-16\nsignificant-issues: yes\n"),
                            "2026-11-25"),
                   "CPCC-NOTIFY")
              .empty());
}
