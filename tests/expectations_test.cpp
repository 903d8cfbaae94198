// The expectations a fixture document writes, compared with its findings (checker/
// expectations): the comparison `cpdoc policies test` makes, without reading a file.
#include "checker/expectations.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

Finding finding(const std::string& rule, int line, bool suppressed = false) {
    Finding f;
    f.rule_id = rule;
    f.pos = {line, 3};
    f.suppressed = suppressed;
    return f;
}

const std::vector<std::string_view> fixture = {
    "---",                                               // 1
    "document: core-group-minutes",                      // 2
    "policy: lanarkshire-2019",                          // 3
    "registerd: yes",                                    // 4
    "# expect: FRONT-MATTER-KEY",                        // 5
    "---",                                               // 6
    "<!-- expect-document: LOCAL-DISTRIBUTION -->",      // 7
    "## Actions",                                        // 8
    "- Visit",                                           // 9
    "  - Owner: Social Work",                            // 10
    "<!-- expect: action-owner-not-person, SMART-X -->", // 11
    "# expect: not an expectation outside front matter", // 12
};

} // namespace

TEST_CASE("expectations: at the line before, in front matter, and about the document") {
    const auto expectations = parse_expectations(fixture);
    REQUIRE(expectations.size() == 4);
    CHECK(expectations[0].rule_id == "FRONT-MATTER-KEY");
    CHECK(expectations[0].line == 4);
    CHECK(expectations[0].written_at == 5);
    CHECK(expectations[1].rule_id == "LOCAL-DISTRIBUTION");
    CHECK(expectations[1].line == 0);
    CHECK(expectations[2].rule_id == "ACTION-OWNER-NOT-PERSON"); // any case, as suppressions
    CHECK(expectations[2].line == 10);
    CHECK(expectations[3].rule_id == "SMART-X");
    CHECK(expectations[3].line == 10);
}

TEST_CASE("expectations: every finding expected and every expectation met") {
    const ExpectationResult result = compare_expectations(
        fixture, {finding("FRONT-MATTER-KEY", 4), finding("LOCAL-DISTRIBUTION", 1),
                  finding("ACTION-OWNER-NOT-PERSON", 10), finding("SMART-X", 10),
                  finding("SMART-X", 9, true)}); // suppressed: not counted
    CHECK(result.matched());
}

TEST_CASE("expectations: a miss and an extra, each with its line") {
    const ExpectationResult result = compare_expectations(
        fixture,
        {finding("FRONT-MATTER-KEY", 4), finding("LOCAL-DISTRIBUTION", 0),
         finding("ACTION-OWNER-NOT-PERSON", 9), finding("SMART-X", 10), finding("SMART-X", 10)});
    CHECK_FALSE(result.matched());
    REQUIRE(result.missed.size() == 1);
    CHECK(result.missed[0].rule_id == "ACTION-OWNER-NOT-PERSON");
    CHECK(result.missed[0].line == 10);
    CHECK(result.missed[0].written_at == 11);
    REQUIRE(result.extra.size() == 2);
    CHECK(result.extra[0].rule_id == "ACTION-OWNER-NOT-PERSON");
    CHECK(result.extra[0].pos.line == 9);
    CHECK(result.extra[1].rule_id == "SMART-X"); // expected once, raised twice
    CHECK(result.extra[1].pos.line == 10);
}

TEST_CASE("expectations: a document-level expectation is not met by a finding on a line") {
    const ExpectationResult result = compare_expectations(
        {"---", "document: chronology", "---", "<!-- expect-document: SECTION-MISSING -->"},
        {finding("SECTION-MISSING", 4)});
    REQUIRE(result.missed.size() == 1);
    CHECK(result.missed[0].line == 0);
    REQUIRE(result.extra.size() == 1);
}

TEST_CASE("expectations: RULE-ID:COLUMN is met only by a finding at that column") {
    const std::vector<std::string_view> lines = {
        "## Contingency plan",                                      // 1
        "  - Trigger: N/A",                                         // 2
        "<!-- expect: CONTINGENCY-VAGUE:14, CONTINGENCY-VAGUE -->", // 3
    };
    const auto expectations = parse_expectations(lines);
    REQUIRE(expectations.size() == 2);
    CHECK(expectations[0].rule_id == "CONTINGENCY-VAGUE");
    CHECK(expectations[0].line == 2);
    CHECK(expectations[0].column == 14);
    CHECK(expectations[1].column == 0);

    auto at = [](int column) {
        Finding f;
        f.rule_id = "CONTINGENCY-VAGUE";
        f.pos = {2, column};
        return f;
    };
    // The one at any column is left to the finding the column-bound one does not take.
    CHECK(compare_expectations(lines, {at(3), at(14)}).matched());
    const ExpectationResult wrong_column = compare_expectations(lines, {at(3), at(15)});
    REQUIRE(wrong_column.missed.size() == 1);
    CHECK(wrong_column.missed[0].column == 14);
    REQUIRE(wrong_column.extra.size() == 1);
    CHECK(wrong_column.extra[0].pos.column == 15);
}

TEST_CASE("expectations: expect@-N names the line N above, expect@+N the line N below") {
    const std::vector<std::string_view> lines = {
        "## Chronology",                          // 1
        "| Date | Type |",                        // 2
        "| --- | --- |",                          // 3
        "| early Nov | visit-seen |",             // 4
        "| 2026-11-03 | tea party |",             // 5
        "<!-- expect@-2: CHRONOLOGY-DATE:3 -->",  // 6
        "<!-- expect@-1: CHRONOLOGY-TYPE:16 -->", // 7
        "<!-- expect@+1: SECTION-MISSING, X -->", // 8
        "## Next",                                // 9
    };
    const auto expectations = parse_expectations(lines);
    REQUIRE(expectations.size() == 4);
    CHECK(expectations[0].rule_id == "CHRONOLOGY-DATE");
    CHECK(expectations[0].line == 4);
    CHECK(expectations[0].column == 3);
    CHECK(expectations[0].written_at == 6);
    CHECK(expectations[1].line == 6); // -1 is the plain form's line above
    CHECK(expectations[1].column == 16);
    CHECK(expectations[2].rule_id == "SECTION-MISSING");
    CHECK(expectations[2].line == 9);
    CHECK(expectations[3].rule_id == "X");
    CHECK(expectations[3].line == 9);

    Finding date;
    date.rule_id = "CHRONOLOGY-DATE";
    date.pos = {4, 3};
    CHECK(compare_expectations({lines.begin(), lines.begin() + 6}, {date}).matched());
    // The same finding one line further down does not meet it: a wrong offset fails.
    date.pos = {5, 3};
    const ExpectationResult wrong_line =
        compare_expectations({lines.begin(), lines.begin() + 6}, {date});
    REQUIRE(wrong_line.missed.size() == 1);
    CHECK(wrong_line.missed[0].line == 4);
    REQUIRE(wrong_line.extra.size() == 1);
    CHECK(wrong_line.extra[0].pos.line == 5);
}

TEST_CASE("expectations: an offset in front matter, and one that names no line, never met") {
    const std::vector<std::string_view> lines = {
        "---",                         // 1
        "date: 16/11/26",              // 2
        "next-meeting: TBC",           // 3
        "# expect@-2: DATE-INVALID:7", // 4
        "# expect: DATE-INVALID:15",   // 5 (about line 4, a comment: never raised)
        "---",                         // 6
        "<!-- expect@-9: A -->",       // 7: above line 1
        "<!-- expect@+5: B -->",       // 8: below the last line
        "<!-- expect@2: C -->",        // 9: no sign
        "<!-- expect@-0: D -->",       // 10: its own line
        "<!-- expect@-x: E -->",       // 11
        "<!-- expect@ -1: F -->",      // 12
    };
    const auto expectations = parse_expectations(lines);
    REQUIRE(expectations.size() == 8);
    CHECK(expectations[0].rule_id == "DATE-INVALID");
    CHECK(expectations[0].line == 2);
    CHECK(expectations[0].column == 7);
    CHECK(expectations[1].line == 4);
    for (std::size_t i = 2; i < expectations.size(); ++i) {
        CAPTURE(expectations[i].rule_id);
        CHECK(expectations[i].line == -1);
    }
    // A finding on line 1 (about the document) does not meet an offset reaching above it.
    Finding document;
    document.rule_id = "A";
    document.pos = {1, 1};
    const ExpectationResult result = compare_expectations(lines, {document});
    CHECK(result.missed.size() == 8);
    REQUIRE(result.extra.size() == 1);
    CHECK(result.extra[0].rule_id == "A");
}
