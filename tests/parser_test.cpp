// Every construct of the dialect (spec sections 1-7), with exact lines and columns.
#include "layer_support.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;
using cpdoc::test::parse;

namespace {
Position at(int line, int column) {
    return {line, column};
}
} // namespace

TEST_CASE("front matter: keys, values, comments, quotes and positions") {
    const Document doc = parse("---\n"
                               "document: child-plan\n"
                               "# a comment\n"
                               "policy: \"lanarkshire-2019\"\n"
                               "\n"
                               "child:   C-104233\n"
                               "---\n");
    REQUIRE(doc.front_matter.present);
    CHECK(doc.front_matter.pos == at(1, 1));
    REQUIRE(doc.front_matter.entries.size() == 3);
    CHECK(doc.front_matter.entries[0].key == "document");
    CHECK(doc.front_matter.entries[0].value.text == "child-plan");
    CHECK(doc.front_matter.entries[0].value.pos == at(2, 11));
    CHECK(doc.front_matter.entries[1].value.text == "lanarkshire-2019");
    CHECK(doc.front_matter.entries[2].pos == at(6, 1));
    CHECK(doc.front_matter.entries[2].value.pos == at(6, 10));
    CHECK(doc.problems.empty());
}

TEST_CASE("front matter that is never closed is a problem at its opening line") {
    const Document doc = parse("---\ndocument: child-plan\n## Objectives\n- Owner: A\n");
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(1, 1));
    CHECK_THAT(doc.problems[0].message, Catch::Contains("never closed"));
    // The body is still read from the first line that is not front matter.
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.sections[1].heading.text == "Objectives");
}

TEST_CASE("a front matter line that is not key: value is a problem at that line") {
    const Document doc = parse("---\ndocument: child-plan\nthis is not a key\n---\n");
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(3, 1));
}

TEST_CASE("a front matter key quoted or in braces is read as its key, and is a problem") {
    // YAML reads `"document": child-plan` and `{document: child-plan}` as the key; the dialect
    // does not write them so. Read as the key, the document is checked and its audit fails.
    const Document doc = parse("---\n\"document\": child-plan\n'policy': base\n"
                               "{child: C-104233}\n---\n");
    REQUIRE(doc.front_matter.entries.size() == 3);
    CHECK(doc.front_matter.entries[0].key == "document");
    CHECK(doc.front_matter.entries[0].value.text == "child-plan");
    CHECK(doc.front_matter.entries[0].value.pos == at(2, 13));
    CHECK(doc.front_matter.entries[1].key == "policy");
    CHECK(doc.front_matter.entries[2].key == "child");
    CHECK(doc.front_matter.entries[2].value.text == "C-104233");
    REQUIRE(doc.problems.size() == 3);
    CHECK(doc.problems[0].pos == at(2, 1));
    CHECK_THAT(doc.problems[0].message, Catch::Contains("quoted or in braces"));
}

TEST_CASE("title and sections, with the preamble first") {
    const Document doc =
        parse("# Child's Plan\n\n## Objectives\n\ntext\n\n## Contingency plan ##\n");
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Child's Plan");
    CHECK(doc.title->pos == at(1, 3));
    REQUIRE(doc.sections.size() == 3);
    CHECK(doc.sections[0].is_preamble());
    CHECK(doc.sections[1].heading.text == "Objectives");
    CHECK(doc.sections[1].heading.pos == at(3, 4));
    CHECK(doc.sections[1].end_line == 6);
    CHECK(doc.sections[2].heading.text == "Contingency plan");
    CHECK(doc.sections[2].end_line == 7);
}

TEST_CASE("setext headings and deeper headings") {
    const Document doc = parse("Minutes\n=======\n\nAttendance\n----------\n### Present\n");
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Minutes");
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.sections[1].heading.text == "Attendance");
    REQUIRE(doc.sections[1].prose.size() == 1);
    CHECK(doc.sections[1].prose[0].text == "Present");
    CHECK(doc.sections[1].prose[0].kind == Prose::Kind::heading);
}

TEST_CASE("fields: plain, bold key, continuation lines and value positions") {
    const Document doc = parse("## Attendance\n"
                               "- Chair: Alison Reid, Team Manager, Social Work\n"
                               "- **Minute taker:** Joe Bloggs, Administrator,\n"
                               "  Social Work\n"
                               "* **Present**: Sam Khan\n"
                               "- Empty:\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.fields.size() == 4);
    CHECK(s.fields[0].key.text == "Chair");
    CHECK(s.fields[0].key.pos == at(2, 3));
    CHECK(s.fields[0].value.text == "Alison Reid, Team Manager, Social Work");
    CHECK(s.fields[0].value.pos == at(2, 10));
    CHECK(s.fields[1].key.text == "Minute taker");
    CHECK(s.fields[1].key.pos == at(3, 5));
    CHECK(s.fields[1].value.text == "Joe Bloggs, Administrator, Social Work");
    CHECK(s.fields[1].value.pos == at(3, 21));
    CHECK(s.fields[2].key.text == "Present");
    CHECK(s.fields[2].value.text == "Sam Khan");
    CHECK(s.fields[3].value.text.empty());
}

TEST_CASE("a field with nested items is one field per item (repeatable keys)") {
    const Document doc = parse("## Attendance\n- Present:\n  - Sam Khan, GP, Health\n"
                               "  - Jane Doe, Health Visitor, Health\n- Present: Ann Lee\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.fields.size() == 3);
    CHECK(s.fields[0].value.text == "Sam Khan, GP, Health");
    CHECK(s.fields[0].pos == at(3, 5));
    CHECK(s.fields[1].value.text == "Jane Doe, Health Visitor, Health");
    CHECK(s.fields[2].value.text == "Ann Lee");
}

TEST_CASE("records: title, nested fields, notes and checklist, numbered lists too") {
    const Document doc = parse("## Actions\n"
                               "1. Book a joint unannounced visit with police\n"
                               "   before the weekend\n"
                               "   - Owner: Alison Reid\n"
                               "   - Due: 2026-11-27\n"
                               "   - Discussed with the family on the day\n"
                               "     - they disagreed\n"
                               "   - [x] Police informed\n"
                               "2. Refer: to the parenting group\n"
                               "   - Owner: Jane Doe\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.records.size() == 2);
    const Record& r = s.records[0];
    CHECK(r.title.text == "Book a joint unannounced visit with police before the weekend");
    CHECK(r.title.pos == at(2, 4));
    REQUIRE(r.fields.size() == 2);
    CHECK(r.fields[0].key.text == "Owner");
    CHECK(r.fields[0].key.pos == at(4, 6));
    CHECK(r.fields[1].value.text == "2026-11-27");
    CHECK(r.fields[1].value.pos == at(5, 11));
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].text == "Discussed with the family on the day");
    CHECK(r.notes[1].text == "they disagreed");
    REQUIRE(r.checklist.size() == 1);
    CHECK(r.checklist[0].checked);
    CHECK(r.checklist[0].text.text == "Police informed");
    // A title with a colon is still a record when it has fields under it.
    CHECK(s.records[1].title.text == "Refer: to the parenting group");
    CHECK(s.fields.empty());
}

TEST_CASE("checklist answers at section level") {
    const Document doc = parse("## Worker safety\n- [x] Threats made\n- [ ] Weapons in the home\n"
                               "- [X] Dogs\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.checklist.size() == 3);
    CHECK(s.checklist[0].checked);
    CHECK(s.checklist[0].text.text == "Threats made");
    CHECK(s.checklist[0].text.pos == at(2, 7));
    CHECK_FALSE(s.checklist[1].checked);
    CHECK(s.checklist[2].checked);
}

TEST_CASE("prose paragraphs, lazy continuation and code blocks") {
    const Document doc = parse("## Child's views\n"
                               "Megan said she likes nursery.\n"
                               "She drew her family.\n"
                               "\n"
                               "```\n"
                               "## not a heading\n"
                               "- Owner: nobody\n"
                               "```\n"
                               "After.\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.prose.size() == 3);
    CHECK(s.prose[0].text == "Megan said she likes nursery. She drew her family.");
    CHECK(s.prose[0].pos == at(2, 1));
    CHECK(s.prose[1].text == "## not a heading\n- Owner: nobody");
    CHECK(s.prose[2].text == "After.");
    CHECK(s.prose[0].kind == Prose::Kind::paragraph);
    CHECK(s.prose[1].kind == Prose::Kind::code);
    CHECK(s.prose[2].kind == Prose::Kind::paragraph);
    CHECK(s.fields.empty());
    CHECK(doc.sections.size() == 2);
}

TEST_CASE("GFM pipe tables with positions, escaped pipes and short rows") {
    const Document doc = parse("## Chronology\n"
                               "| Date | Type | Event | Source |\n"
                               "|:-----|------|-------|-------:|\n"
                               "| 2026-11-01 | visit-seen | Seen \\| well | SW |\n"
                               "2026-11-02 | visit-no-access | No answer\n");
    const Section& s = doc.sections[1];
    REQUIRE(s.tables.size() == 1);
    const Table& t = s.tables[0];
    CHECK(t.pos == at(2, 1));
    REQUIRE(t.header.size() == 4);
    CHECK(t.header[3].text == "Source");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 4);
    CHECK(t.rows[0].cells[0].text == "2026-11-01");
    CHECK(t.rows[0].cells[0].pos == at(4, 3));
    CHECK(t.rows[0].cells[2].text == "Seen \\| well");
    CHECK(t.rows[1].cells[3].text.empty());
    CHECK(doc.problems.empty());
}

TEST_CASE("a table row with too many cells is a problem at the first extra cell") {
    const Document doc = parse("| A | B |\n| - | - |\n| 1 | 2 | 3 |\n");
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(3, 11));
    CHECK_THAT(doc.problems[0].message, Catch::Contains("3 cells"));
}

TEST_CASE("suppression comments, with and without reasons") {
    const Document doc = parse("<!-- cpdoc-disable CHILD-VIEWS-MISSING: Megan is 4 months old -->\n"
                               "## Actions\n"
                               "  <!--cpdoc-disable ACTION-DUE-MISSING-->\n"
                               "<!-- cpdoc-disable -->\n");
    REQUIRE(doc.sections[0].suppressions.size() == 1);
    CHECK(doc.sections[0].suppressions[0].rule_id == "CHILD-VIEWS-MISSING");
    CHECK(doc.sections[0].suppressions[0].reason == "Megan is 4 months old");
    CHECK(doc.sections[0].suppressions[0].pos == at(1, 1));
    REQUIRE(doc.sections[1].suppressions.size() == 1);
    CHECK(doc.sections[1].suppressions[0].rule_id == "ACTION-DUE-MISSING");
    CHECK(doc.sections[1].suppressions[0].reason.empty());
    CHECK(doc.sections[1].suppressions[0].pos == at(3, 3));
    REQUIRE(doc.problems.size() == 1);
    CHECK(doc.problems[0].pos == at(4, 1));
}

TEST_CASE("other comments are skipped, an unclosed one is a problem") {
    const Document hidden = parse("## A\n<!-- guidance\n- Owner: x\n-->\n- Owner: y\n");
    REQUIRE(hidden.sections[1].fields.size() == 1);
    CHECK(hidden.sections[1].fields[0].value.text == "y");
    const Document unclosed = parse("## A\n<!-- guidance\n- Owner: x\n");
    REQUIRE(unclosed.problems.size() == 1);
    CHECK(unclosed.problems[0].pos == at(2, 1));
}

TEST_CASE("placeholders anywhere, with positions") {
    const Document doc = parse("---\nchild: {{ case reference }}\n---\n## A\n"
                               "- Chair: {{ name }}, Team Manager, {{agency}}\n");
    REQUIRE(doc.placeholders.size() == 3);
    CHECK(doc.placeholders[0].text == "{{ case reference }}");
    CHECK(doc.placeholders[0].pos == at(2, 8));
    CHECK(doc.placeholders[1].pos == at(5, 10));
    CHECK(doc.placeholders[2].text == "{{agency}}");
    CHECK(doc.placeholders[2].pos == at(5, 36));
}

TEST_CASE("columns count characters, not bytes") {
    const Document doc =
        parse("## Child\xE2\x80\x99s views\n- Seen \xE2\x80\x94 at home\n- K\xC3\xA9y: v\n");
    REQUIRE(doc.sections[1].fields.size() == 1);
    CHECK(doc.sections[1].fields[0].value.pos == at(3, 8));
}

TEST_CASE("10,000-deep nesting is flattened with one problem, without recursion") {
    std::string text = "## Actions\n";
    for (int depth = 0; depth < 10000; ++depth)
        text += std::string(static_cast<std::size_t>(depth) * 2, ' ') + "- level\n";
    Limits roomy; // the indentation alone is 100 MB: over the default limit, tested elsewhere
    roomy.max_bytes = std::size_t{256} << 20;
    ParseResult parsed = parse_document(text, roomy);
    REQUIRE(parsed.document);
    const Document& doc = *parsed.document;
    REQUIRE(doc.problems.size() == 1);
    CHECK_THAT(doc.problems[0].message, Catch::Contains("nested more than"));
    REQUIRE(doc.sections[1].records.size() == 1);
    CHECK(doc.sections[1].records[0].notes.size() == 9999);
}

TEST_CASE("a heading ends a list, a blank line and an unindented line end an item") {
    const Document doc = parse("## A\n- Item one\n  - Owner: X\n\nParagraph.\n## B\n- Item two\n");
    REQUIRE(doc.sections[1].records.size() == 1);
    REQUIRE(doc.sections[1].prose.size() == 1);
    CHECK(doc.sections[1].prose[0].text == "Paragraph.");
    REQUIRE(doc.sections[2].records.size() == 1);
}

TEST_CASE("an item continued after a blank line by indented text") {
    const Document doc = parse("## A\n- Owner: Alison\n\n  Reid\n");
    REQUIRE(doc.sections[1].fields.size() == 1);
    CHECK(doc.sections[1].fields[0].value.text == "Alison Reid");
}

TEST_CASE("URLs and times are not field keys") {
    const Document doc = parse("## A\n- https://example.org/x\n- 10:30 meeting started\n");
    CHECK(doc.sections[1].fields.empty());
    CHECK(doc.sections[1].records.size() == 2);
}

TEST_CASE("10,000 list markers or quote markers on one line are read as text") {
    std::string markers;
    for (int i = 0; i < 10000; ++i)
        markers += "- ";
    const Document lists = parse("## A\n" + markers + "x\n" + std::string(10000, '>') + " y\n");
    REQUIRE(lists.sections[1].records.size() == 1);
    CHECK(lists.sections[1].records[0].title.text.size() == 20000 - 2 + 1 + 1 + 10002);
}

TEST_CASE("inline Markdown is read once into the model, and plain text stores nothing") {
    const Document doc = parse("---\n"
                               "child: *C-1*\n"
                               "---\n"
                               "# Plan for **Megan**\n"
                               "## Actions\n"
                               "- Ring the `GP`\n"
                               "  - Owner: _Karen_\n"
                               "  - Due: 3 * 4\n"
                               "\n"
                               "| Who | What |\n"
                               "| --- | --- |\n"
                               "| **HV** | visit |\n"
                               "\n"
                               "Plain words, file_name and [the guidance](https://example.org).\n"
                               "\n"
                               "```\n"
                               "**not read**\n"
                               "```\n");
    const auto text = [](std::string t) { return Inline{Inline::Kind::text, std::move(t), {}}; };
    const auto strong = [](Inlines c) { return Inline{Inline::Kind::strong, {}, std::move(c)}; };
    const auto emph = [](Inlines c) { return Inline{Inline::Kind::emph, {}, std::move(c)}; };
    CHECK(doc.front_matter.entries[0].value.inlines == Inlines{emph({text("C-1")})});
    REQUIRE(doc.title);
    CHECK(doc.title->inlines == Inlines{text("Plan for "), strong({text("Megan")})});
    const Section& actions = doc.sections[1];
    CHECK(actions.heading.inlines.empty());
    REQUIRE(actions.records.size() == 1);
    const Record& action = actions.records[0];
    CHECK(action.title.inlines == Inlines{text("Ring the "), {Inline::Kind::code, "GP", {}}});
    REQUIRE(action.fields.size() == 2);
    CHECK(action.fields[0].key.inlines.empty());
    CHECK(action.fields[0].value.inlines == Inlines{emph({text("Karen")})});
    CHECK(action.fields[1].value.text == "3 * 4");
    CHECK(action.fields[1].value.inlines.empty()); // markup characters that mark nothing up
    REQUIRE(actions.tables.size() == 1);
    CHECK(actions.tables[0].header[0].inlines.empty());
    CHECK(actions.tables[0].rows[0].cells[0].inlines == Inlines{strong({text("HV")})});
    CHECK(actions.tables[0].rows[0].cells[1].inlines.empty());
    REQUIRE(actions.prose.size() == 2);
    CHECK(actions.prose[0].inlines == Inlines{text("Plain words, file_name and "),
                                              text("the guidance"),
                                              text(" (https://example.org).")});
    CHECK(actions.prose[1].kind == Prose::Kind::code);
    CHECK(actions.prose[1].inlines.empty());
}

TEST_CASE("inline Markdown that shows nothing is kept apart from plain text") {
    const Document doc = parse("[]()\n");
    REQUIRE(doc.sections[0].prose.size() == 1);
    CHECK(doc.sections[0].prose[0].inlines == Inlines{Inline{}});
}

TEST_CASE("inline Markdown is found at every place in a long text, not only in its first bytes") {
    // The markup scan reads sixteen bytes at a time and the rest one by one: a mark in the
    // first block, on a block's edge, in a later block and in the tail is found alike.
    const std::string plain(40, 'a');
    for (std::size_t at = 0; at + 3 <= plain.size(); ++at) {
        std::string line = plain;
        line.replace(at, 3, "*b*");
        const Document doc = parse(line + "\n");
        REQUIRE(doc.sections[0].prose.size() == 1);
        INFO("emphasis at byte " << at);
        CHECK(doc.sections[0].prose[0].inlines.size() >= 2);
    }
    const Document unmarked = parse(plain + "\n");
    CHECK(unmarked.sections[0].prose[0].inlines.empty());
}
