// One slip, one finding (dialect spec 1.1 section 3): a date that is written but cannot be
// read is one DATE-INVALID, at the value; the rules that need the date say nothing more.
// Each case changes one value of an example that passes its policy and lists every finding.
#include "expected_findings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::string minutes = "core-group-minutes-lanarkshire.md"; // significant issues: yes
const std::string plan = "child-plan-lanarkshire.md";
const std::string chronology = "chronology-lanarkshire.md";

// The example with `from` (which must be in it once) replaced by `to`.
std::string example_edited(const std::string& example, const std::string& from,
                           const std::string& to) {
    return edited(read_text(source_path("examples/" + example)), from, to);
}

// That text checked as `cpdoc check --today 2026-11-25` checks it.
CheckResult check_example(const std::string& text) {
    CheckOptions options;
    options.today = Date{2026, 11, 25};
    return check_document(parse(text), packs(), options);
}

// The same, and its findings are exactly those the edit states at its lines.
CheckResult example_with(const std::string& example, const std::string& from,
                         const std::string& to) {
    const std::string text = example_edited(example, from, to);
    const CheckResult result = check_example(text);
    compare_expected(text, result);
    return result;
}

const std::string date_invalid_in_field = "    <!-- expect: DATE-INVALID:10 -->\n";

} // namespace

TEST_CASE("date slips: the examples changed here have no findings as they are") {
    for (const std::string& example : {minutes, plan, chronology}) {
        INFO(example);
        const std::string text = read_text(source_path("examples/" + example));
        compare_expected(text, check_example(text));
    }
}

TEST_CASE("date slips: a UK date is a date wherever a date is read") {
    example_with(minutes, "date: 2026-11-16", "date: 16/11/2026");
    example_with(minutes, "  - Due: 2026-11-17", "  - Due: 17/11/2026");
    example_with(minutes, "  - Date: 2026-11-16", "  - Date: 16/11/2026");
    example_with(plan, "next-review: 2027-01-07", "next-review: 07/01/2027");
    example_with(chronology, "| 2026-01-12 |", "| 12/01/2026 |");
}

TEST_CASE("date slips: an unreadable meeting date is not a missing one") {
    // CPCC-NOTIFY needs the meeting's date to count its 3 days; it does not claim there is none.
    const CheckResult result =
        example_with(minutes, "date: 2026-11-16\n", "date: 16/11/26\n# expect: DATE-INVALID:7\n");
    CHECK_THAT(findings(result, "DATE-INVALID")[0].message,
               Catch::Contains("did you mean 16 November 2026?"));
    example_with(plan, "date: 8 October 2026\n", "date: 08/10/26\n# expect: DATE-INVALID:7\n");
    example_with(plan, "next-review: 2027-01-07\n",
                 "next-review: 07.01.2027\n# expect: DATE-INVALID:14\n");
    example_with(minutes, "next-meeting: 7 December 2026\n",
                 "next-meeting: TBC\n# expect: DATE-INVALID:15\n");
}

TEST_CASE("date slips: words in an action's or an objective's Due are one finding") {
    for (const std::string due : {"ongoing", "next core group", "TBC", "17/11/26"}) {
        INFO(due);
        example_with(minutes, "  - Due: 2026-11-17\n",
                     "  - Due: " + due + "\n" + date_invalid_in_field);
        // The first objective's due date (the plan has others on that day).
        const std::string first_due = "recorded in the session notes.\n  - Owner: Rachel Kerr\n";
        example_with(plan, first_due + "  - Due: 2026-12-18\n",
                     first_due + "  - Due: " + due + "\n" + date_invalid_in_field);
    }
}

TEST_CASE("date slips: a due date without a year is named in the year the plan's date gives") {
    // The plan is dated 8 October 2026: "9th Dec" is 9 December 2026, "14 Jan" next January.
    const std::string first_due = "recorded in the session notes.\n  - Owner: Rachel Kerr\n";
    const CheckResult december =
        example_with(plan, first_due + "  - Due: 2026-12-18\n",
                     first_due + "  - Due: 9th Dec\n" + date_invalid_in_field);
    CHECK_THAT(findings(december, "DATE-INVALID")[0].message,
               Catch::Contains("`9th Dec` is not a date: it has no year; did you mean 9 December "
                               "2026?"));
    const CheckResult january =
        example_with(plan, first_due + "  - Due: 2026-12-18\n",
                     first_due + "  - Due: 14 Jan\n" + date_invalid_in_field);
    CHECK_THAT(findings(january, "DATE-INVALID")[0].message,
               Catch::Contains("did you mean 14 January 2027?"));
    const CheckResult week =
        example_with(plan, first_due + "  - Due: 2026-12-18\n",
                     first_due + "  - Due: w/c 14/12/2026\n" + date_invalid_in_field);
    CHECK_THAT(findings(week, "DATE-INVALID")[0].message,
               Catch::StartsWith("`w/c 14/12/2026` is a week, not a date"));
}

TEST_CASE("date slips: a notification dated TBC is one finding, not a missing date too") {
    for (const std::string date : {"TBC", "16/11/26"}) {
        INFO(date);
        example_with(minutes, "  - Date: 2026-11-16\n",
                     "  - Date: " + date + "\n    <!-- expect: DATE-INVALID:11 -->\n");
    }
}

TEST_CASE("date slips: a chronology date in another form is one finding") {
    // A row of a table cannot be followed by an expectation: one before the table counts on
    // to the first row, past the header and its rule.
    const std::string text =
        edited(example_edited(chronology, "| 2026-01-12 |", "| 12.01.2026 |"), "## Chronology\n",
               "## Chronology\n<!-- expect@+3: CHRONOLOGY-DATE:3 -->\n");
    const CheckResult result = check_example(text);
    compare_expected(text, result);
    CHECK_THAT(findings(result, "CHRONOLOGY-DATE")[0].message,
               Catch::Contains("did you mean 12 January 2026?"));
}
