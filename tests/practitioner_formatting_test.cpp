// How practitioners really write and paste: hard-wrapped lines, word-processor spaces and
// bullets, emphasis, comments and code inside lists, tables broken by a blank line. Each is
// read the way a Markdown reader shows it, or named as a problem; never silently misread.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using cpdoc::test::parse;

namespace {
Position at(int line, int column) {
    return {line, column};
}
} // namespace

TEST_CASE("a hard-wrapped line starting with a year is text, not a numbered item") {
    const Document doc = parse("## Actions\n"
                               "The core group agreed the actions below on 16 November\n"
                               "2026. Each has one owner.\n"
                               "\n"
                               "- Visit\n"
                               "  - Owner: Alison Reid\n"
                               "  continued to\n"
                               "2027) and beyond\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.prose.size() == 1);
    CHECK(s.prose[0].text ==
          "The core group agreed the actions below on 16 November 2026. Each has one owner.");
    REQUIRE(s.records.size() == 1);
    REQUIRE(s.records[0].fields.size() == 1);
    CHECK(s.records[0].fields[0].value.text == "Alison Reid continued to 2027) and beyond");
}

TEST_CASE("numbered items go on, and a list may start at 1 after a paragraph") {
    const Document doc = parse("## Objectives\n"
                               "Agreed:\n"
                               "1. First\n"
                               "2. Second\n"
                               "   - Owner: Jane Doe\n"
                               "3. Third\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.records.size() == 3);
    CHECK(s.records[2].title.text == "Third");
    CHECK(s.records[1].fields[0].value.text == "Jane Doe");
}

TEST_CASE("fields two columns under a numbered item belong to it, as its author meant") {
    const Document doc = parse("## Objectives\n"
                               "1. Megan is safe at night\n"
                               "  - Need: domestic abuse\n"
                               "  - Owner: Jane Doe\n"
                               "10. Megan is in nursery\n"
                               "   - Owner: Tom Price\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.records.size() == 2);
    CHECK(s.records[0].fields.size() == 2);
    CHECK(s.records[1].fields.size() == 1);
    CHECK(s.fields.empty());
}

TEST_CASE("no-break and zero-width spaces pasted from Word read as a space and as nothing") {
    const Document doc = parse("## Actions\n"
                               "- Visit\n"
                               "  - Owner:\xC2\xA0"
                               "Alison\xC2\xA0Reid\n"
                               "  - Due: 20\xC2\xA0November 2026\n"
                               "## \xE2\x80\x8B"
                               "Attendance\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.records.size() == 1);
    REQUIRE(s.records[0].fields.size() == 2);
    CHECK(s.records[0].fields[0].value.text == "Alison Reid");
    CHECK(s.records[0].fields[0].value.pos == at(3, 12));
    CHECK(parse_date(s.records[0].fields[1].value.text) == Date{2026, 11, 20});
    CHECK(doc.sections[2].heading.text == "Attendance");
}

TEST_CASE("old Mac line endings (a carriage return alone) end lines") {
    const Document doc = parse("---\rdocument: chronology\r---\r# Title\r");
    CHECK(doc.front_matter.present);
    REQUIRE(doc.front_matter.entries.size() == 1);
    REQUIRE(doc.title);
    CHECK(doc.title->pos == at(4, 3));
}

TEST_CASE("keys emphasised every way Markdown allows are fields, a value may follow the colon "
          "directly") {
    const Document doc = parse("## Actions\n"
                               "- Visit\n"
                               "  - __Owner:__ A\n"
                               "  - __Owner__: B\n"
                               "  - *Owner:* C\n"
                               "  - _Owner_: D\n"
                               "  - Owner:E\n"
                               "  - Meeting at 10:30 in school\n");
    const Record& r = doc.sections[1].records[0];
    REQUIRE(r.fields.size() == 5);
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(r.fields[i].folded_key == "owner");
    CHECK(r.fields[2].value.text == "C");
    CHECK(r.fields[4].value.text == "E");
    CHECK(r.fields[4].value.pos == at(7, 11));
    REQUIRE(r.notes.size() == 1);
}

TEST_CASE("word-processor bullets are read as list items, with one problem that says so") {
    const Document doc = parse("## Attendance\n"
                               "\xE2\x80\xA2 Chair: Alison Reid\n"
                               "\xE2\x80\xA2 Present: Jane Doe\n");
    REQUIRE(doc.sections[1].fields.size() == 2);
    CHECK(doc.sections[1].fields[0].value.text == "Alison Reid");
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(2, 1));
    CHECK_THAT(doc.problems[0].message, Catch::StartsWith("`\xE2\x80\xA2` is not a Markdown "
                                                          "list marker"));
}

TEST_CASE("a comment or a code fence inside a list item leaves the item whole") {
    const Document doc =
        parse("## Actions\n"
              "- Visit\n"
              "  <!-- cpdoc-disable ACTION-DUE-MISSING: agreed at the meeting -->\n"
              "  - Owner: Alison Reid\n"
              "    <!-- a note to the minute taker -->\n"
              "  ```\n"
              "  ## not a heading\n"
              "  ```\n"
              "  - Due: 2026-11-20\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.records.size() == 1);
    REQUIRE(s.records[0].fields.size() == 2);
    CHECK(s.records[0].fields[0].value.text == "Alison Reid");
    CHECK(s.records[0].fields[1].value.text == "2026-11-20");
    REQUIRE(s.suppressions.size() == 1);
    CHECK(s.suppressions[0].reason == "agreed at the meeting");
    REQUIRE(s.prose.size() == 1);
    CHECK(s.prose[0].kind == Prose::Kind::code);
    CHECK(s.prose[0].text == "## not a heading");
    CHECK(doc.sections.size() == 2);
}

TEST_CASE("an indented code block is code, not fields") {
    const Document doc = parse("## Actions\n"
                               "Pasted from the email:\n"
                               "\n"
                               "    - Owner: TBC\n"
                               "    - Due: ASAP\n"
                               "\n"
                               "- Visit\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.prose.size() == 2);
    CHECK(s.prose[1].kind == Prose::Kind::code);
    CHECK(s.prose[1].text == "- Owner: TBC\n- Due: ASAP");
    REQUIRE(s.records.size() == 1);
    CHECK(s.records[0].fields.empty());
    CHECK(s.fields.empty());
}

TEST_CASE("placeholders inside code and comments are not placeholders") {
    const Document doc = parse("## Notes\n"
                               "```\n{{ example }}\n```\n"
                               "<!-- {{ guidance }} -->\n"
                               "{{ real }}\n");
    REQUIRE(doc.placeholders.size() == 1);
    CHECK(doc.placeholders[0].pos == at(6, 1));
}

TEST_CASE("a table may follow a paragraph line directly, as GFM reads it") {
    const Document doc = parse("## Chronology\n"
                               "Events since the conference:\n"
                               "| Date | Type | Event | Source |\n"
                               "| --- | --- | --- | --- |\n"
                               "| 2026-11-02 | visit-no-access | No answer | SW |\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.prose.size() == 1);
    REQUIRE(s.tables.size() == 1);
    CHECK(s.tables[0].rows.size() == 1);
}

TEST_CASE("rows after a blank line are kept in the table, with a problem") {
    const Document doc = parse("| Date | Type |\n"
                               "| --- | --- |\n"
                               "| 2026-11-02 | visit-no-access |\n"
                               "\n"
                               "| 2026-11-05 | visit-no-access |\n"
                               "| 2026-11-09 | visit-no-access |\n"
                               "\n"
                               "| New | Table |\n"
                               "| --- | --- |\n"
                               "| a | b |\n");
    const Section& s = doc.sections[0];
    REQUIRE(s.tables.size() == 2);
    CHECK(s.tables[0].rows.size() == 3);
    CHECK(s.tables[1].rows.size() == 1);
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(5, 1));
    CHECK_THAT(doc.problems[0].message, Catch::StartsWith("a blank line ends a table"));
}

TEST_CASE("every unescaped pipe splits a cell, inside backticks too, as GFM does") {
    const Document doc =
        parse("| A | B | C |\n| - | - | - |\n| `x | y` | z |\n| a ` b | c | d |\n");
    const Table& t = doc.sections[0].tables[0];
    CHECK(t.rows[0].cells[0].text == "`x");
    CHECK(t.rows[0].cells[1].text == "y`");
    CHECK(t.rows[1].cells[2].text == "d");
}

TEST_CASE("front matter left open above a later `---` is never closed, not read as body") {
    const Document doc = parse("---\n"
                               "document: core-group-minutes\n"
                               "child: C-1\n"
                               "# Core group minutes\n"
                               "## Attendance\n"
                               "- Chair: Alison Reid\n"
                               "\n"
                               "---\n");
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(1, 1));
    CHECK_THAT(doc.problems[0].message,
               Catch::StartsWith("front matter is never closed before the document begins") &&
                   Catch::Contains("line 8"));
    CHECK(doc.front_matter.entries.size() == 2);
    REQUIRE(doc.title);
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.sections[1].fields.size() == 1);
}

TEST_CASE("front matter values in curly quotes are unquoted") {
    const Document doc = parse("---\npolicy: \xE2\x80\x9C"
                               "base\xE2\x80\x9D\n---\n");
    CHECK(doc.front_matter.entries[0].value.text == "base");
}

TEST_CASE("suppressions written with a dash, a space or in lower case") {
    const Document doc = parse("<!-- cpdoc-disable ACTION-DUE-MISSING \xE2\x80\x94 agreed -->\n"
                               "<!-- cpdoc-disable child-views-missing Megan is a baby -->\n"
                               "<!-- cpdoc-disable CHILD-SEEN-MISSING - seen by police -->\n");
    const auto& suppressions = doc.sections[0].suppressions;
    REQUIRE(suppressions.size() == 3);
    CHECK(suppressions[0].rule_id == "ACTION-DUE-MISSING");
    CHECK(suppressions[0].reason == "agreed");
    CHECK(suppressions[1].rule_id == "CHILD-VIEWS-MISSING");
    CHECK(suppressions[1].reason == "Megan is a baby");
    CHECK(suppressions[2].reason == "seen by police");
}

TEST_CASE("a date that names the wrong weekday or an impossible day says so") {
    CHECK(why_not_a_date("Monday 1 December 2026") ==
          "`Monday 1 December 2026` names the wrong day: 1 December 2026 is a Tuesday");
    CHECK(why_not_a_date("31 November 2026") ==
          "`31 November 2026` is not a real date: November 2026 has no day 31");
    CHECK(why_not_a_date("2026-13-01") == "`2026-13-01` is not a real date: there is no month 13");
    CHECK(why_not_a_date("next week") ==
          "`next week` is not a date: write it as 2026-11-20, 20 November 2026 or 20/11/2026");
}
