// One slip, one finding (dialect spec 1.1 section 3): a date that is written but cannot be
// read is one DATE-INVALID, at the value; the rules that need the date say nothing more.
// Each case changes one value of an example that passes its policy and lists every finding.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::string minutes = "core-group-minutes-lanarkshire.md"; // significant issues: yes
const std::string plan = "child-plan-lanarkshire.md";
const std::string chronology = "chronology-lanarkshire.md";

// The example with `from` (which must be in it) replaced by `to`, checked as
// `cpdoc check --today 2026-11-25` checks it.
CheckResult example_with(const std::string& example, const std::string& from,
                         const std::string& to) {
    std::string text = read_text(source_path("examples/" + example));
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    ParseResult parsed = parse_document(text);
    REQUIRE(parsed.document);
    CheckOptions options;
    options.today = Date{2026, 11, 25};
    return check_document(*parsed.document, packs(), options);
}

using Summary = std::vector<std::string>;

} // namespace

TEST_CASE("date slips: the examples changed here have no findings as they are") {
    for (const std::string& example : {minutes, plan, chronology}) {
        INFO(example);
        CHECK(summary(example_with(example, "---", "---")).empty());
    }
}

TEST_CASE("date slips: a UK date is a date wherever a date is read") {
    CHECK(summary(example_with(minutes, "date: 2026-11-16", "date: 16/11/2026")).empty());
    CHECK(summary(example_with(minutes, "  - Due: 2026-11-17", "  - Due: 17/11/2026")).empty());
    CHECK(summary(example_with(minutes, "  - Date: 2026-11-16", "  - Date: 16/11/2026")).empty());
    CHECK(
        summary(example_with(plan, "next-review: 2027-01-07", "next-review: 07/01/2027")).empty());
    CHECK(summary(example_with(chronology, "| 2026-01-12 |", "| 12/01/2026 |")).empty());
}

TEST_CASE("date slips: an unreadable meeting date is not a missing one") {
    // CPCC-NOTIFY needs the meeting's date to count its 3 days; it does not claim there is none.
    const CheckResult result = example_with(minutes, "date: 2026-11-16", "date: 16/11/26");
    CHECK(summary(result) == Summary{"DATE-INVALID@5:7"});
    CHECK_THAT(findings(result, "DATE-INVALID")[0].message,
               Catch::Contains("did you mean 16 November 2026?"));
    CHECK(summary(example_with(plan, "date: 8 October 2026", "date: 08/10/26")) ==
          Summary{"DATE-INVALID@5:7"});
    CHECK(summary(example_with(plan, "next-review: 2027-01-07", "next-review: 07.01.2027")) ==
          Summary{"DATE-INVALID@8:14"});
    CHECK(summary(example_with(minutes, "next-meeting: 7 December 2026", "next-meeting: TBC")) ==
          Summary{"DATE-INVALID@9:15"});
}

TEST_CASE("date slips: words in an action's or an objective's Due are one finding") {
    for (const std::string due : {"ongoing", "next core group", "TBC", "17/11/26"}) {
        INFO(due);
        CHECK(summary(example_with(minutes, "  - Due: 2026-11-17", "  - Due: " + due)) ==
              Summary{"DATE-INVALID@140:10"});
        CHECK(summary(example_with(plan, "  - Due: 2026-12-18", "  - Due: " + due)) ==
              Summary{"DATE-INVALID@59:10"});
    }
}

TEST_CASE("date slips: a notification dated TBC is one finding, not a missing date too") {
    for (const std::string date : {"TBC", "16/11/26"}) {
        INFO(date);
        CHECK(summary(example_with(minutes, "  - Date: 2026-11-16", "  - Date: " + date)) ==
              Summary{"DATE-INVALID@164:11"});
    }
}

TEST_CASE("date slips: a chronology date in another form is one finding") {
    const CheckResult result = example_with(chronology, "| 2026-01-12 |", "| 12.01.2026 |");
    CHECK(summary(result) == Summary{"CHRONOLOGY-DATE@12:3"});
    CHECK_THAT(findings(result, "CHRONOLOGY-DATE")[0].message,
               Catch::Contains("did you mean 12 January 2026?"));
}
