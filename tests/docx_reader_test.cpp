// The Word reader (spec section 9): packages made here from XML strings, read into the model
// exactly as the equivalent Markdown would be; everything that must not circulate noted as a
// hazard at its place and never read as text; every package it refuses, refused with a clear
// error.
#include "docx_package.hpp"
#include "grammar/docx/docx_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

using namespace cpdoc;
using namespace cpdoc::test;

namespace {

const std::string heading_styles = word_heading_styles();

const std::string bullets =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>";

DocxOptions with_sections(std::vector<std::string> names) {
    DocxOptions options;
    options.names_known_section = [names](std::string_view, std::string_view text) {
        return std::find(names.begin(), names.end(), std::string(text)) != names.end();
    };
    return options;
}

Document read(const DocxParts& parts, const DocxOptions& options = {}) {
    DocxResult result = read_docx(make_docx(parts), options);
    if (result.error)
        FAIL("refused: " << result.error->message);
    REQUIRE(result.document);
    return std::move(*result.document);
}

std::string refusal(const std::string& bytes, const DocxOptions& options = {}) {
    DocxResult result = read_docx(bytes, options);
    CHECK_FALSE(result.document);
    REQUIRE(result.error);
    return result.error->message;
}

std::vector<std::string> headings(const Document& doc) {
    std::vector<std::string> out;
    for (const Section& section : doc.sections)
        if (!section.is_preamble())
            out.push_back(section.heading.text);
    return out;
}

std::vector<std::string> fields(const std::vector<Field>& list) {
    std::vector<std::string> out;
    for (const Field& field : list)
        out.push_back(field.key.text + "=" + field.value.text);
    return out;
}

std::vector<std::string> cells(const TableRow& row) {
    std::vector<std::string> out;
    for (const Located& cell : row.cells)
        out.push_back(cell.text);
    return out;
}

std::vector<std::string> header(const Table& table) {
    std::vector<std::string> out;
    for (const Located& cell : table.header)
        out.push_back(cell.text);
    return out;
}

std::vector<std::string> hazards(const Document& doc) {
    std::vector<std::string> out;
    for (const WordHazard& hazard : doc.word_hazards)
        out.push_back(hazard.what + "@" + std::to_string(hazard.pos.line));
    return out;
}

// Every piece of text the document holds, wherever it is kept.
std::string all_text(const Document& doc) {
    std::string out;
    auto add = [&](const std::string& text) { out += text + "\n"; };
    for (const FrontMatterEntry& entry : doc.front_matter.entries)
        add(entry.key + ": " + entry.value.text);
    if (doc.title)
        add(doc.title->text);
    for (const Section& section : doc.sections) {
        add(section.heading.text);
        for (const Field& field : section.fields)
            add(field.key.text + ": " + field.value.text);
        for (const Record& record : section.records) {
            add(record.title.text);
            for (const Field& field : record.fields)
                add(field.key.text + ": " + field.value.text);
            for (const Located& note : record.notes)
                add(note.text);
            for (const ChecklistAnswer& answer : record.checklist)
                add(answer.text.text);
        }
        for (const ChecklistAnswer& answer : section.checklist)
            add(answer.text.text);
        for (const Table& table : section.tables) {
            for (const Located& cell : table.header)
                add(cell.text);
            for (const TableRow& row : table.rows)
                for (const Located& cell : row.cells)
                    add(cell.text);
        }
        for (const Prose& prose : section.prose)
            add(prose.text);
    }
    for (const Placeholder& placeholder : doc.placeholders)
        add(placeholder.text);
    for (const ParseProblem& problem : doc.problems)
        add(problem.message);
    for (const WordHazard& hazard : doc.word_hazards)
        add(hazard.what);
    for (const WordPlace& place : doc.word_places)
        add(place.section + " " + place.where + " " + place.snippet);
    return out;
}

} // namespace

TEST_CASE("docx: title, sections, fields, prose and a place for each line") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = styled("Title", "Core Group Minutes") + p("Document: Core group minutes") +
                 p("Child reference: C-104871") + p("") + styled("Heading1", "Attendance") +
                 p("Chair: Graham Tennant, Team Manager, Social Work") +
                 p("The family did not attend.") + styled("Heading1", "Child's views") +
                 styled("Heading2", "At school") + p("Megan said she feels safe at school.");
    const Document doc = read(parts);
    CHECK(doc.source_format == SourceFormat::docx);
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Core Group Minutes");
    CHECK(doc.title->pos == Position{1, 1});
    REQUIRE(doc.front_matter.present);
    REQUIRE(doc.front_matter.entries.size() == 2);
    CHECK(doc.front_matter.entries[0].key == "document");
    CHECK(doc.front_matter.entries[0].value.text == "core-group-minutes");
    CHECK(doc.front_matter.entries[1].key == "child");
    CHECK(doc.front_matter.entries[1].value.text == "C-104871");
    CHECK(doc.front_matter.find("child") != nullptr);
    CHECK(headings(doc) == std::vector<std::string>{"Attendance", "Child's views"});
    const Section& attendance = doc.sections[1];
    CHECK(attendance.folded_heading == "attendance");
    CHECK(attendance.level == 2);
    CHECK(attendance.heading.pos == Position{4, 1});
    CHECK(fields(attendance.fields) ==
          std::vector<std::string>{"Chair=Graham Tennant, Team Manager, Social Work"});
    CHECK(attendance.fields[0].folded_key == "chair");
    CHECK(attendance.fields[0].pos.line == 5);
    REQUIRE(attendance.prose.size() == 1);
    CHECK(attendance.prose[0].text == "The family did not attend.");
    CHECK(attendance.end_line == 6);
    const Section& views = doc.sections[2];
    REQUIRE(views.prose.size() == 2);
    CHECK(views.prose[0].kind == Prose::Kind::heading);
    CHECK(views.prose[0].text == "At school");
    CHECK(views.prose[1].kind == Prose::Kind::paragraph);
    CHECK(doc.line_count == 9);
    CHECK(views.end_line == 9);
    CHECK(doc.sections[0].end_line == 3);

    const WordPlace* place = doc.place_for_line(9);
    REQUIRE(place != nullptr);
    CHECK(place->section == "Child's views");
    CHECK(place->where == "paragraph 2");
    CHECK(place->snippet == "Megan said she feels safe at school.");
    CHECK(doc.place_for_line(4)->where == "heading");
    CHECK(doc.place_for_line(1)->where == "title");
    CHECK(doc.place_for_line(2)->section.empty());
}

TEST_CASE("docx: a single Heading 1 over Heading 2 sections is the title") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = styled("Heading1", "Child's plan") + styled("Heading2", "Objectives") + p("text") +
                 styled("Heading2", "Contingency plan");
    const Document doc = read(parts);
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Child's plan");
    CHECK(headings(doc) == std::vector<std::string>{"Objectives", "Contingency plan"});
    // A lone Heading 1 is the title too, as a lone `# ` heading is; a lone Heading 2 a section.
    parts.body = styled("Heading1", "Chronology") + p("text");
    CHECK(read(parts).title);
    CHECK(headings(read(parts)).empty());
    parts.body = styled("Heading2", "Chronology") + p("text");
    CHECK_FALSE(read(parts).title);
    CHECK(headings(read(parts)) == std::vector<std::string>{"Chronology"});
}

TEST_CASE("docx: Welsh style ids are headings by their outline level, not their name") {
    DocxParts parts;
    parts.styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Teitl\"><w:name w:val=\"Title\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Pennawd1\"><w:name w:val=\"heading 1\"/>"
        "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"PennawdAdran\"><w:name w:val=\"Pennawd adran\"/>"
        "<w:basedOn w:val=\"Pennawd1\"/></w:style>";
    parts.body = styled("Teitl", "Cynllun y plentyn") + styled("Pennawd1", "Amcanion") +
                 p("Owner: Alison Reid") + styled("PennawdAdran", "Cynllun wrth gefn") + p("text");
    const Document doc = read(parts);
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Cynllun y plentyn");
    CHECK(headings(doc) == std::vector<std::string>{"Amcanion", "Cynllun wrth gefn"});
    CHECK(fields(doc.sections[1].fields) == std::vector<std::string>{"Owner=Alison Reid"});
}

TEST_CASE("docx: a short wholly bold paragraph naming a known section is a heading") {
    DocxParts parts;
    parts.body = p("Document: child-plan") + p(r("Objectives", "<w:b/>")) +
                 p("Owner: Alison Reid") + p(r("Not a section", "<w:b/>")) +
                 p(r("Contingency plan:", "<w:b/>")) + p(r("Trigger", "<w:b/>") + r(": no access"));
    std::string kind_seen;
    DocxOptions options = with_sections({"Objectives", "Contingency plan"});
    auto known = options.names_known_section;
    options.names_known_section = [&](std::string_view kind, std::string_view text) {
        kind_seen = kind;
        return known(kind, text);
    };
    const Document doc = read(parts, options);
    CHECK(kind_seen == "child-plan");
    CHECK(headings(doc) == std::vector<std::string>{"Objectives", "Contingency plan:"});
    CHECK(doc.sections[2].folded_heading == "contingency plan");
    REQUIRE(doc.sections[1].prose.size() == 1);
    CHECK(doc.sections[1].prose[0].text == "Not a section");
    CHECK(fields(doc.sections[2].fields) == std::vector<std::string>{"Trigger=no access"});
    // Without a policy to ask, bold paragraphs stay paragraphs.
    CHECK(headings(read(parts)).empty());
}

TEST_CASE("docx: list levels make records with fields, notes and checklists") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.numbering = bullets;
    parts.body = styled("Heading1", "Actions") + list_item("Book a joint visit", 0) +
                 list_item("Owner: Alison Reid", 1) + list_item("Due: 2026-11-27", 1) +
                 list_item("A note", 1) + list_item("Present:", 0) + list_item("Jo Bell", 1) +
                 list_item("Sam Khan", 1) + styled("Heading1", "Worker safety") +
                 p(r("\u2612 Risk assessed")) + p(r("\u2610 Lone working plan"));
    const Document doc = read(parts);
    const Section& actions = doc.sections[1];
    REQUIRE(actions.records.size() == 1);
    CHECK(actions.records[0].title.text == "Book a joint visit");
    CHECK(fields(actions.records[0].fields) ==
          std::vector<std::string>{"Owner=Alison Reid", "Due=2026-11-27"});
    REQUIRE(actions.records[0].notes.size() == 1);
    CHECK(actions.records[0].notes[0].text == "A note");
    CHECK(fields(actions.fields) ==
          std::vector<std::string>{"Present=Jo Bell", "Present=Sam Khan"});
    const Section& safety = doc.sections[2];
    REQUIRE(safety.checklist.size() == 2);
    CHECK(safety.checklist[0].checked);
    CHECK(safety.checklist[0].text.text == "Risk assessed");
    CHECK_FALSE(safety.checklist[1].checked);
}

TEST_CASE("docx: a list continued across a table keeps its record's fields") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.numbering = bullets;
    parts.body = styled("Heading2", "Actions") + list_item("Book a joint visit", 0) +
                 list_item("Owner: Alison Reid", 1) +
                 table({row({"Date", "Event"}, "<w:tblHeader/>"), row({"2026-11-20", "Visit"})}) +
                 list_item("Due: 2026-11-27", 1) + list_item("Refer to nursery", 0, 1) +
                 list_item("Owner: Jo Bell", 1) + p("After the list.") +
                 list_item("A new list", 0, 2);
    const Document doc = read(parts);
    const Section& actions = doc.sections[1];
    REQUIRE(actions.records.size() == 3);
    CHECK(fields(actions.records[0].fields) ==
          std::vector<std::string>{"Owner=Alison Reid", "Due=2026-11-27"});
    CHECK(actions.records[1].title.text == "Refer to nursery");
    CHECK(actions.records[2].title.text == "A new list");
    REQUIRE(actions.tables.size() == 1);
    CHECK(header(actions.tables[0]) == std::vector<std::string>{"Date", "Event"});
    CHECK(doc.place_for_line(actions.tables[0].rows[0].line)->where == "table 1, row 2");
}

// Word's gallery styles for nested lists: "List Bullet 2" is level 0 of a numbering of its own,
// indented further than "List Bullet"; "List Continue 2" has no bullet at all.
std::string gallery_list_styles(bool with_indents) {
    auto style = [&](const char* id, const char* name, const char* num, int twips) {
        std::string properties =
            num[0] != '\0' ? std::string("<w:numPr><w:numId w:val=\"") + num + "\"/></w:numPr>"
                           : "";
        if (with_indents && num[0] == '\0')
            properties += "<w:ind w:left=\"" + std::to_string(twips) + "\"/>";
        return std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id +
               "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>" +
               properties + "</w:pPr></w:style>";
    };
    return heading_styles + style("ListBullet", "List Bullet", "11", 360) +
           style("ListBullet2", "List Bullet 2", "12", 720) +
           style("ListContinue2", "List Continue 2", "", 720);
}

std::string gallery_numbering(bool with_indents) {
    auto abstract = [&](int id, int twips) {
        return "<w:abstractNum w:abstractNumId=\"" + std::to_string(id) +
               "\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>" +
               (with_indents ? "<w:pPr><w:ind w:left=\"" + std::to_string(twips) +
                                   "\" w:hanging=\"360\"/></w:pPr>"
                             : std::string()) +
               "</w:lvl></w:abstractNum>";
    };
    return abstract(5, 360) + abstract(6, 720) +
           "<w:num w:numId=\"11\"><w:abstractNumId w:val=\"5\"/></w:num>"
           "<w:num w:numId=\"12\"><w:abstractNumId w:val=\"6\"/></w:num>";
}

TEST_CASE("docx: a list nests as it reads: List Bullet 2 and List Continue 2 under List Bullet") {
    const bool with_indents = GENERATE(true, false); // indents, else the styles' names
    DocxParts parts;
    parts.styles = gallery_list_styles(with_indents);
    parts.numbering = gallery_numbering(with_indents);
    parts.body = styled("Heading1", "Objectives") + styled("ListBullet", "Mum engages") +
                 styled("ListBullet2", "Owner: Priya Shah") +
                 styled("ListBullet2", "Due: 12/02/2027") + styled("ListBullet", "School daily") +
                 styled("ListContinue2", "Owner: Mark Ellis") + p("After the list.") +
                 styled("Heading1", "Contingency plan");
    const Document doc = read(parts);
    REQUIRE(doc.sections.size() == 3);
    const Section& objectives = doc.sections[1];
    REQUIRE(objectives.records.size() == 2);
    CHECK(objectives.records[0].title.text == "Mum engages");
    CHECK(fields(objectives.records[0].fields) ==
          std::vector<std::string>{"Owner=Priya Shah", "Due=12/02/2027"});
    CHECK(objectives.records[1].title.text == "School daily");
    CHECK(fields(objectives.records[1].fields) == std::vector<std::string>{"Owner=Mark Ellis"});
    CHECK(objectives.fields.empty());
    REQUIRE(objectives.prose.size() == 1);
    CHECK(objectives.prose[0].text == "After the list.");
}

TEST_CASE("docx: a paragraph's own indent decides its nesting over its numbering's") {
    DocxParts parts;
    parts.styles = gallery_list_styles(true);
    parts.numbering = gallery_numbering(true);
    parts.body =
        styled("Heading1", "Objectives") + styled("ListBullet", "Mum engages") +
        p(r("Owner: Priya Shah"), "<w:pStyle w:val=\"ListBullet2\"/><w:ind w:left=\"360\"/>") +
        styled("Heading1", "Contingency plan");
    const Document doc = read(parts);
    REQUIRE(doc.sections.size() == 3);
    const Section& objectives = doc.sections[1];
    REQUIRE(objectives.records.size() == 1);
    CHECK(objectives.records[0].fields.empty()); // two items side by side
    CHECK(fields(objectives.fields) == std::vector<std::string>{"Owner=Priya Shah"});
}

TEST_CASE("docx: tables: header and rows, merged cells in each row they span, breaks and tabs "
          "in cells") {
    DocxParts parts;
    parts.styles = heading_styles;
    const std::string two_lines = p(r("Home visit") + "<w:r><w:br/><w:t>seen alone</w:t></w:r>");
    parts.body = styled("Heading2", "Chronology") +
                 table({row({"Date", "Type", "Event", "Source"}, "<w:tblHeader/>"),
                        row({cell("2026-11-20", "<w:vMerge w:val=\"restart\"/>"), "visit-seen",
                             cell(two_lines), "SW"}),
                        row({cell("", "<w:vMerge/>"), "visit-seen",
                             cell(p(r("Name:") + "<w:r><w:tab/><w:t>Jo</w:t></w:r>")), "HV"}),
                        row({cell("Whole row", "<w:gridSpan w:val=\"3\"/>"), "Police"})});
    const Document doc = read(parts);
    REQUIRE(doc.sections.size() == 2);
    REQUIRE(doc.sections[1].tables.size() == 1);
    const Table& chronology = doc.sections[1].tables[0];
    CHECK(header(chronology) == std::vector<std::string>{"Date", "Type", "Event", "Source"});
    REQUIRE(chronology.rows.size() == 3);
    CHECK(cells(chronology.rows[0]) ==
          std::vector<std::string>{"2026-11-20", "visit-seen", "Home visit; seen alone", "SW"});
    // Merged down: the date Word shows beside both events is each one's date.
    CHECK(cells(chronology.rows[1]) ==
          std::vector<std::string>{"2026-11-20", "visit-seen", "Name: Jo", "HV"});
    CHECK(cells(chronology.rows[2]) == std::vector<std::string>{"Whole row", "", "", "Police"});
    CHECK(chronology.pos.line == 2);
    CHECK(chronology.rows[2].line == 5);
    CHECK(chronology.rows[0].cells[1].pos == Position{3, 16});
    CHECK(doc.place_for_line(5)->where == "table 1, row 4");
    CHECK(doc.place_for_line(5)->section == "Chronology");
}

std::vector<std::string> entries_of(const Document& doc) {
    std::vector<std::string> entries;
    for (const FrontMatterEntry& entry : doc.front_matter.entries)
        entries.push_back(entry.key + "=" + entry.value.text);
    return entries;
}

TEST_CASE("docx: details labels match the keys' readable forms with common words around them") {
    const std::vector<std::pair<std::string, std::string>> labels = {
        {"On CP register", "registered"},
        {"CP registered", "registered"},
        {"Registered (CP)", "registered"},
        {"Significant issues identified?", "significant-issues"},
        {"Any significant issues", "significant-issues"},
        {"Significant issues affecting the plan", "significant-issues"},
        {"Date plan agreed", "date"},
        {"Date of core group", "date"},
        {"Core group date", "date"},
        {"Date held:", "date"},
        {"Next core group", "next-meeting"},
        {"Date of next meeting", "next-meeting"},
        {"Child's name", "childs-name"}, // no key: kept as unknown
        {"Date of birth", "date-of-birth"},
        {"Registration date", "registration-date"}};
    for (const auto& [label, key] : labels) {
        DocxParts parts;
        parts.styles = heading_styles;
        parts.body = table({row({"Document", "Core group minutes"}), row({"Child", "C-1"}),
                            row({label, "Yes"})}) +
                     styled("Heading1", "Attendance") + styled("Heading1", "Actions");
        const Document doc = read(parts);
        INFO(label);
        CHECK(entries_of(doc) ==
              std::vector<std::string>{"document=core-group-minutes", "child=C-1", key + "=Yes"});
    }
}

TEST_CASE("docx: a details table with shaded labels, or of four columns, is the front matter") {
    const std::string shading = "<w:shd w:val=\"clear\" w:fill=\"D9D9D9\"/>";
    DocxParts parts;
    parts.styles = heading_styles;
    SECTION("two columns, labels shaded, not bold") {
        parts.body = table({row({cell(p("Document"), shading), "Child protection plan"}),
                            row({cell(p("Child reference"), shading), "C-2"}),
                            row({cell(p("Venue"), shading), "Civic Centre"})}) +
                     styled("Heading1", "Objectives") + styled("Heading1", "Contingency plan");
        const Document doc = read(parts);
        CHECK(entries_of(doc) ==
              std::vector<std::string>{"document=child-plan", "child=C-2", "venue=Civic Centre"});
        CHECK(doc.front_matter.entries[2].pos == Position{3, 3});
        CHECK(doc.front_matter.entries[2].value.pos == Position{3, 11});
    }
    SECTION("four columns: label | value | label | value") {
        parts.body = table({row({"Document", "Child protection plan", "Child reference", "C-2"}),
                            row({"Date", "12/11/2026", "Registered", "Yes"})}) +
                     styled("Heading1", "Objectives") + styled("Heading1", "Contingency plan");
        const Document doc = read(parts);
        CHECK(entries_of(doc) == std::vector<std::string>{"document=child-plan", "child=C-2",
                                                          "date=12/11/2026", "registered=Yes"});
        // At the columns of the row's cells: | Document | Child protection plan | Child ...
        CHECK(doc.front_matter.entries[1].pos == Position{1, 38});
        CHECK(doc.front_matter.entries[1].value.pos == Position{1, 56});
        CHECK(headings(doc) == std::vector<std::string>{"Objectives", "Contingency plan"});
    }
    SECTION("a chronology's first column of dates is no details table") {
        parts.body = table({row({"Date", "Event"}), row({"12/11/2026", "Visit"})}) +
                     styled("Heading1", "Objectives") + styled("Heading1", "Contingency plan");
        const Document doc = read(parts);
        CHECK_FALSE(doc.front_matter.present);
        CHECK(doc.sections[0].tables.size() == 1);
    }
}

TEST_CASE(
    "docx: a first Heading 1 over the details table is the title when sections are Heading 1") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = styled("Heading1", "Core group minutes - Megan") +
                 table({row({"Document", "Core group minutes"}), row({"Child reference", "C-3"})}) +
                 styled("Heading1", "Attendance") + p("Present: all") +
                 styled("Heading1", "Actions");
    const Document doc = read(parts);
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Core group minutes - Megan");
    CHECK(headings(doc) == std::vector<std::string>{"Attendance", "Actions"});
    CHECK(entries_of(doc) == std::vector<std::string>{"document=core-group-minutes", "child=C-3"});
}

TEST_CASE("docx: a two-column table of bold labels is fields, before any section, front matter") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = table({row({cell(p(r("Document", "<w:b/>"))), "Core group minutes"}),
                        row({cell(p(r("Child reference", "<w:b/>"))), "C-104871"}),
                        row({cell(p(r("Compulsory Supervision Order", "<w:b/>"))), "Yes"}),
                        row({cell(p(r("Policy", "<w:b/>"))),
                             "North and South Lanarkshire (lanarkshire-2019, version 1.0, shipped "
                             "with cpdoc)"}),
                        row({cell(p(r("Social worker", "<w:b/>"))), "Rachel Kerr"})}) +
                 styled("Heading1", "Child seen") +
                 table({row({"Last seen:", "12 November 2026"}), row({"Seen alone:", "Yes"})}) +
                 styled("Heading1", "Other");
    const Document doc = read(parts);
    std::vector<std::string> entries;
    for (const FrontMatterEntry& entry : doc.front_matter.entries)
        entries.push_back(entry.key + "=" + entry.value.text);
    // A label naming no key is kept as an unknown key (FRONT-MATTER-UNKNOWN-KEY reports a slip).
    CHECK(entries == std::vector<std::string>{"document=core-group-minutes", "child=C-104871",
                                              "cso=Yes", "policy=lanarkshire-2019",
                                              "social-worker=Rachel Kerr"});
    CHECK(doc.front_matter.entries[4].pos == Position{5, 3});
    CHECK(doc.place_for_line(5)->where == "table 1, row 5");
    CHECK(doc.sections[0].fields.empty());
    CHECK(fields(doc.sections[1].fields) ==
          std::vector<std::string>{"Last seen=12 November 2026", "Seen alone=Yes"});
    CHECK(doc.sections[1].fields[0].folded_key == "last seen");
    CHECK(doc.sections[1].tables.empty());
}

TEST_CASE("docx: custom properties are front matter where the body has none") {
    DocxParts parts;
    parts.custom = "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" "
                   "name=\"document\"><vt:lpwstr>child-plan</vt:lpwstr></property>"
                   "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" "
                   "name=\"Next review\"><vt:lpwstr>2027-01-10</vt:lpwstr></property>"
                   "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"4\" "
                   "name=\"registered\"><vt:bool>true</vt:bool></property>"
                   "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"5\" "
                   "name=\"child\"><vt:lpwstr>C-1</vt:lpwstr></property>"
                   "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"6\" "
                   "name=\"Author's note\"><vt:lpwstr>x</vt:lpwstr></property>";
    parts.body = p("Child reference: C-2");
    const Document doc = read(parts);
    std::vector<std::string> entries;
    for (const FrontMatterEntry& entry : doc.front_matter.entries)
        entries.push_back(entry.key + "=" + entry.value.text + "@" +
                          std::to_string(entry.pos.line));
    CHECK(entries == std::vector<std::string>{"child=C-2@1", "document=child-plan@0",
                                              "next-review=2027-01-10@0", "registered=yes@0"});
    REQUIRE(doc.place_for_line(0) != nullptr);
    CHECK(doc.place_for_line(0)->where == "document properties");
}

TEST_CASE("docx: content controls are read as their text, an unfilled one is a placeholder") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body =
        styled("Heading2", "Child seen") +
        "<w:sdt><w:sdtPr><w:alias w:val=\"Seen by\"/></w:sdtPr><w:sdtContent>" +
        p("Seen by: Rachel Kerr") + "</w:sdtContent></w:sdt>" +
        p(r("Last seen: ") + "<w:sdt><w:sdtPr/><w:sdtContent>" + r("12 November 2026") +
          "</w:sdtContent></w:sdt>") +
        p(r("Seen alone: ") + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" +
          r("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>") +
        p("<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>"
          "<w:sdtContent>" +
          r("\u2612") + "</w:sdtContent></w:sdt>" + r(" Child seen in the last 10 days"));
    const Document doc = read(parts);
    const Section& seen = doc.sections[1];
    CHECK(fields(seen.fields) ==
          std::vector<std::string>{"Seen by=Rachel Kerr", "Last seen=12 November 2026",
                                   "Seen alone={{ Click or tap here to enter text. }}"});
    REQUIRE(doc.placeholders.size() == 1);
    CHECK(doc.placeholders[0].text == "{{ Click or tap here to enter text. }}");
    CHECK(doc.placeholders[0].pos == Position{4, 13});
    REQUIRE(seen.checklist.size() == 1);
    CHECK(seen.checklist[0].checked);
    CHECK(seen.checklist[0].text.text == "Child seen in the last 10 days");
}

TEST_CASE("docx: a legacy form's check boxes (FORMCHECKBOX) answer as the boxes Word draws") {
    // State: w:checked when set, else w:default.
    const auto box = [](const std::string& state) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/>"
               "<w:checkBox><w:sizeAuto/>" +
               state +
               "</w:checkBox></w:ffData></w:fldChar></w:r>"
               "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
               "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    };
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body =
        styled("Heading2", "Child seen") +
        p(r("Seen alone? ") + box("<w:default w:val=\"0\"/>") + r(" Yes ") +
          box("<w:default w:val=\"1\"/>") + r(" No")) +
        p(r("Registered: ") + box("<w:default w:val=\"1\"/><w:checked w:val=\"0\"/>") + r("Yes ") +
          box("<w:default w:val=\"0\"/><w:checked/>") + r("No")) +
        p(box("<w:default w:val=\"1\"/>") + r(" Child seen in the last 10 days")) +
        table({row({"Question", "Yes", "No"}, "<w:tblHeader/>"),
               row({"Threats to a worker?", cell(p(box("<w:default w:val=\"1\"/>"))),
                    cell(p(box("<w:default w:val=\"0\"/>")))}),
               row({cell(p(r("Ben Carver") + "<w:r><w:br/></w:r>" + r("(SW)"))), "", ""})});
    const Document doc = read(parts);
    // A box alone in its cell is the cell's answer; a bracket on a line of its own goes on the
    // line before.
    REQUIRE(doc.sections[1].tables.size() == 1);
    CHECK(cells(doc.sections[1].tables[0].rows[0]) ==
          std::vector<std::string>{"Threats to a worker?", "\u2612", "\u2610"});
    CHECK(cells(doc.sections[1].tables[0].rows[1]).front() == "Ben Carver (SW)");
    const Section& seen = doc.sections[1];
    REQUIRE(seen.prose.size() == 1);
    CHECK(seen.prose[0].text == "Seen alone? \u2610  Yes \u2612  No");
    CHECK(fields(seen.fields) == std::vector<std::string>{"Registered=\u2610 Yes \u2612 No"});
    REQUIRE(seen.checklist.size() == 1);
    CHECK(seen.checklist[0].checked);
    CHECK(seen.checklist[0].text.text == "Child seen in the last 10 days");
}

TEST_CASE("docx: alternate content is read as Word shows it, its first choice, once") {
    DocxParts parts;
    parts.body = p(r("Response: visit today. ") +
                   "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
                   "markup-compatibility/2006\"><mc:Choice Requires=\"w14\">" +
                   r("To be discussed.") + "</mc:Choice><mc:Fallback>" + r("To be discussed.") +
                   r("Fallbacksecret", "<w:vanish/>") + "</mc:Fallback></mc:AlternateContent>");
    const Document doc = read(parts);
    CHECK(fields(doc.sections[0].fields) ==
          std::vector<std::string>{"Response=visit today. To be discussed."});
    // What the choice not shown hides is a hazard all the same, never text.
    REQUIRE(doc.word_hazards.size() == 1);
    CHECK(doc.word_hazards[0].kind == WordHazard::Kind::hidden_text);
    CHECK(all_text(doc).find("Fallbacksecret") == std::string::npos);
}

TEST_CASE("docx: a choice requiring markup Word does not know is not shown but its fallback") {
    // A red team's Requires="zz": Word shows the fallback, and so must cpdoc read it.
    for (const std::string& requires_ : {std::string("zz"), std::string("w14 zz"), std::string()}) {
        INFO(requires_);
        DocxParts parts;
        parts.body = p(r("Response: ") +
                       "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
                       "markup-compatibility/2006\" xmlns:zz=\"urn:example:unknown\"><mc:Choice "
                       "Requires=\"" +
                       requires_ + "\">" + r("Unannounced visit the same day.") +
                       "</mc:Choice><mc:Fallback>" + r("To be discussed.") +
                       "</mc:Fallback></mc:AlternateContent>");
        CHECK(fields(read(parts).sections[0].fields) ==
              std::vector<std::string>{"Response=To be discussed."});
    }
}

TEST_CASE("docx: what Word shows in place of the saved text is a hazard, not read as settled") {
    // A content control bound to data, a field marked dirty, and any field when the settings
    // ask Word to update them on opening: Word shows something other than what was saved.
    const std::string bound = "<w:sdt><w:sdtPr><w:dataBinding w:xpath=\"/root[1]/r[1]\" "
                              "w:storeItemID=\"{6C3C8BC8-F283-45AE-878A-BAB7291924A1}\"/>"
                              "</w:sdtPr><w:sdtContent>" +
                              r("Unannounced visit the same day.") + "</w:sdtContent></w:sdt>";
    const std::string dirty = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
                              "<w:r><w:instrText> QUOTE \"To be discussed.\" </w:instrText></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                              r("Unannounced visit the same day.") +
                              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    for (const std::string& shown : {bound, dirty}) {
        DocxParts parts;
        parts.body = p(r("Response: ") + shown);
        const Document doc = read(parts);
        REQUIRE(doc.word_hazards.size() == 1);
        CHECK(doc.word_hazards[0].kind == WordHazard::Kind::hidden_text);
        CHECK_THAT(doc.word_hazards[0].advice, Catch::Contains("update the fields"));
    }
    // Every field updated on opening, by the settings: a QUOTE is; a page number is layout.
    const std::string settings_relationship = relationship("rIdS", "settings", "settings.xml");
    const auto with_settings = [&](const std::string& field) {
        DocxParts parts;
        parts.body = p(r("Response: ") + "<w:fldSimple w:instr=\"" + field + "\">" +
                       r("Unannounced visit the same day.") + "</w:fldSimple>");
        parts.document_rels = settings_relationship;
        parts.extra = {{"word/settings.xml",
                        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                        "2006/main\"><w:updateFields w:val=\"true\"/></w:settings>"}};
        return read(parts).word_hazards.size();
    };
    CHECK(with_settings(" QUOTE &quot;To be discussed.&quot; ") == 1);
    // A page number or a date in a footer is expected there, settings or not.
    DocxParts footer;
    footer.body = p(r("Response: unannounced visit the same day."));
    footer.document_rels = settings_relationship + relationship("rIdF", "footer", "footer1.xml");
    footer.extra = {{"word/settings.xml",
                     "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                     "2006/main\"><w:updateFields w:val=\"true\"/></w:settings>"},
                    {"word/footer1.xml",
                     story_xml("ftr", p(r("Page ") + "<w:fldSimple w:instr=\" PAGE \">" + r("1") +
                                        "</w:fldSimple>" + "<w:fldSimple w:instr=\" DATE \">" +
                                        r("27/11/2026") + "</w:fldSimple>"))}};
    CHECK(read(footer).word_hazards.empty());
    // A DATE field shows the day Word opens the document, settings or not.
    DocxParts dated;
    dated.body = p(r("Due: ") + "<w:fldSimple w:instr=\" DATE \\@ &quot;dd/MM/yyyy&quot; \">" +
                   r("27/11/2026") + "</w:fldSimple>");
    REQUIRE(read(dated).word_hazards.size() == 1);
    CHECK(read(dated).word_hazards[0].kind == WordHazard::Kind::hidden_text);
    // So does a page number in the text: a red team saved a response as its result.
    DocxParts paged;
    paged.body = p(r("Response: ") + "<w:fldSimple w:instr=\" PAGE \">" +
                   r("Unannounced visit the same day.") + "</w:fldSimple>");
    CHECK(read(paged).word_hazards.size() == 1);
}

TEST_CASE("docx: text a table style hides is hidden text, not read") {
    // Word applies a table style's run properties to the text in the table: a red team hid a
    // contingency's response so. A vanish in a conditional part (the first row) counts too.
    const auto read_styled = [](const std::string& style_properties) {
        DocxParts parts;
        parts.styles = "<w:style w:type=\"table\" w:styleId=\"Plain\"><w:name w:val=\"Plain\"/>"
                       "</w:style><w:style w:type=\"table\" w:styleId=\"HidT\"><w:name "
                       "w:val=\"Hid\"/><w:basedOn w:val=\"Plain\"/>" +
                       style_properties + "</w:style>";
        std::string rows = table({row({"Response", "Unannounced visit the same day."})});
        rows.replace(rows.find("<w:tblPr/>"), 10,
                     "<w:tblPr><w:tblStyle w:val=\"HidT\"/></w:tblPr>");
        parts.body = p("Contingency") + rows;
        return read(parts);
    };
    for (const std::string& hiding :
         {std::string("<w:rPr><w:vanish/></w:rPr>"),
          std::string(
              "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>")}) {
        INFO(hiding);
        const Document doc = read_styled(hiding);
        REQUIRE_FALSE(doc.word_hazards.empty());
        CHECK(doc.word_hazards[0].kind == WordHazard::Kind::hidden_text);
        CHECK(all_text(doc).find("Unannounced") == std::string::npos);
    }
    const Document plain = read_styled("<w:rPr><w:b/></w:rPr>");
    CHECK(plain.word_hazards.empty());
    CHECK(all_text(plain).find("Unannounced") != std::string::npos);
}

TEST_CASE("docx: field results and hyperlink text are read, field instructions are not") {
    DocxParts parts;
    parts.body =
        p(r("Due: ") +
          "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
          "<w:r><w:instrText> DATE \\@ \"yyyy-MM-dd\" SECRETINSTRUCTION </w:instrText></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
          r("2026-11-27") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") +
        p("<w:fldSimple w:instr=\" AUTHOR \">" + r("Alison Reid") + "</w:fldSimple>") +
        p(r("See ") + "<w:hyperlink r:id=\"rIdLink\">" + r("the guidance") + "</w:hyperlink>");
    parts.document_rels = "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/"
                          "officeDocument/2006/relationships/hyperlink\" "
                          "Target=\"https://example.org/guidance\" TargetMode=\"External\"/>";
    const Document doc = read(parts);
    CHECK(fields(doc.sections[0].fields) == std::vector<std::string>{"Due=2026-11-27"});
    REQUIRE(doc.sections[0].prose.size() == 2);
    CHECK(doc.sections[0].prose[0].text == "Alison Reid");
    CHECK(doc.sections[0].prose[1].text == "See the guidance");
    CHECK(all_text(doc).find("SECRETINSTRUCTION") == std::string::npos);
    CHECK(all_text(doc).find("example.org") == std::string::npos);
}

TEST_CASE("docx: text is read as the dialect's inline Markdown, bold and italic runs as plain") {
    DocxParts parts;
    parts.body =
        p("Do *not* share") +
        p(r("Bold words", "<w:b/>") + r(" and ") + r("italic words", "<w:i/>")) +
        table({row({cell(p("Who")), cell(p("What"))}), row({cell(p("`HV`")), cell(p("visit"))})});
    const Document doc = read(parts);
    const Section& body = doc.sections[0];
    REQUIRE(body.prose.size() == 2);
    CHECK(body.prose[0].inlines ==
          Inlines{{Inline::Kind::text, "Do ", {}},
                  {Inline::Kind::emph, "", {{Inline::Kind::text, "not", {}}}},
                  {Inline::Kind::text, " share", {}}});
    CHECK(body.prose[1].text == "Bold words and italic words");
    CHECK(body.prose[1].inlines.empty());
    REQUIRE(body.tables.size() == 1);
    CHECK(body.tables[0].rows[0].cells[0].inlines == Inlines{{Inline::Kind::code, "HV", {}}});
    CHECK(body.tables[0].rows[0].cells[1].inlines.empty());
}

TEST_CASE("docx: tracked changes are read accepted, deleted words appear nowhere") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body =
        styled("Heading2", "Actions") +
        p(r("Owner: ") +
          "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Zebedee "
          "Deleted</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"A\">" +
          r("Alison Reid") + "</w:ins>") +
        p(r("Moved: ") + "<w:moveFrom w:id=\"3\" w:author=\"A\">" + r("Quentinmoved") +
          "</w:moveFrom><w:moveTo w:id=\"4\" w:author=\"A\">" + r("kept text") + "</w:moveTo>") +
        "<w:del w:id=\"5\" w:author=\"A\">" + p("Wholly Obliterated paragraph") + "</w:del>" +
        table({row({"Date", "Event"}, "<w:tblHeader/>"),
               row({"2026-11-01", "Rowdeleted secret"}, "<w:del w:id=\"6\" w:author=\"A\"/>"),
               row({"2026-11-02", "kept"})});
    const Document doc = read(parts);
    CHECK(fields(doc.sections[1].fields) ==
          std::vector<std::string>{"Owner=Alison Reid", "Moved=kept text"});
    REQUIRE(doc.sections[1].tables.size() == 1);
    REQUIRE(doc.sections[1].tables[0].rows.size() == 1);
    CHECK(cells(doc.sections[1].tables[0].rows[0]) ==
          std::vector<std::string>{"2026-11-02", "kept"});
    const std::string text = all_text(doc);
    for (const char* deleted : {"Zebedee", "Deleted", "Quentinmoved", "Obliterated", "Rowdeleted"})
        CHECK(text.find(deleted) == std::string::npos);
    // The deleted row at its own place, rows counted as Word shows them with the markup.
    CHECK(hazards(doc) == std::vector<std::string>{"a tracked deletion@2", "a tracked insertion@2",
                                                   "a tracked move@3", "a tracked deletion@4",
                                                   "a tracked deletion@5"});
    CHECK(doc.place_for_line(5)->where == "table 1, row 2 (a deleted row)");
    CHECK(doc.place_for_line(5)->snippet.empty());
    CHECK(doc.place_for_line(doc.sections[1].tables[0].rows[0].line)->where == "table 1, row 3");
    for (const WordHazard& hazard : doc.word_hazards)
        CHECK(hazard.kind == WordHazard::Kind::tracked_change);
}

TEST_CASE("docx: a comment is a hazard at its place, its text read nowhere") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = styled("Heading2", "Actions") +
                 p("<w:commentRangeStart w:id=\"0\"/>" + r("Owner: Alison Reid") +
                   "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>");
    parts.extra = {
        {"word/comments.xml", std::string("<w:comments xmlns:w=\"") + w_ns +
                                  "\"><w:comment w:id=\"0\"><w:p><w:r><w:t>Commentsecret: is she "
                                  "really?</w:t></w:r></w:p></w:comment></w:comments>"}};
    const Document doc = read(parts);
    CHECK(fields(doc.sections[1].fields) == std::vector<std::string>{"Owner=Alison Reid"});
    CHECK(hazards(doc) == std::vector<std::string>{"a comment@2"});
    CHECK(doc.word_hazards[0].kind == WordHazard::Kind::comment);
    CHECK(all_text(doc).find("Commentsecret") == std::string::npos);
}

TEST_CASE("docx: hidden text is a hazard, never text, whether hidden by run or by style") {
    DocxParts parts;
    parts.styles = heading_styles +
                   "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/>"
                   "<w:rPr><w:vanish/></w:rPr></w:style>";
    parts.body = styled("Heading2", "Child's views") +
                 p(r("Megan said she is happy.") + r(" Hiddenvanish words", "<w:vanish/>")) +
                 p(r("Stylehidden words", "<w:rStyle w:val=\"Secret\"/>")) +
                 p(r("Visible again") + r("Specvanished", "<w:specVanish/>")) +
                 p(r("Not hidden", "<w:vanish w:val=\"0\"/>"));
    const Document doc = read(parts);
    const Section& views = doc.sections[1];
    REQUIRE(views.prose.size() == 3);
    CHECK(views.prose[0].text == "Megan said she is happy.");
    CHECK(views.prose[1].text == "Visible again");
    CHECK(views.prose[2].text == "Not hidden");
    const std::string text = all_text(doc);
    for (const char* hidden : {"Hiddenvanish", "Stylehidden", "Specvanished"})
        CHECK(text.find(hidden) == std::string::npos);
    CHECK(hazards(doc) ==
          std::vector<std::string>{"hidden text@2", "hidden text@3", "hidden text@4"});
    CHECK(doc.place_for_line(3)->where == "paragraph 2");
}

TEST_CASE("docx: what Word fetches from outside when the document opens is a hazard") {
    DocxParts parts;
    parts.body = p("Minutes");
    parts.document_rels =
        relationship("rIdT", "attachedTemplate", "http://127.0.0.1:9/t.dotm", true) +
        relationship("rIdI", "image", "file:///etc/passwd", true) +
        relationship("rIdH", "hyperlink", "https://council.example", true);
    const Document doc = read(parts);
    const auto found = hazards(doc);
    const auto has = [&](const std::string& what) {
        return std::any_of(found.begin(), found.end(),
                           [&](const std::string& h) { return h.starts_with(what); });
    };
    CHECK(
        found ==
        std::vector<std::string>{
            "a link outside the document (an attached template, a linked file, or a field such as "
            "INCLUDEPICTURE) that Word fetches when the document opens@2"});
    CHECK_FALSE(has("a link to"));
    // The target is never shown; a hyperlink alone, followed only when clicked, is no hazard.
    CHECK(all_text(doc).find("t.dotm") == std::string::npos);
    parts.document_rels = relationship("rIdH", "hyperlink", "https://council.example", true);
    CHECK(read(parts).word_hazards.empty());
}

TEST_CASE("docx: hidden text in tables nested too deep to read is still a hazard") {
    // Past the depth read as text (48 levels of containers, about 24 tables), a table's
    // hazards are still found: hidden or deleted text there must not pass unseen.
    for (const int tables : {10, 25, 40}) {
        INFO(tables << " tables deep");
        std::string inner = p(r("Deepsecret", "<w:vanish/>"));
        for (int level = 0; level < tables; ++level)
            inner = "<w:tbl><w:tr><w:tc>" + inner + "</w:tc></w:tr></w:tbl>" + p("");
        DocxParts parts;
        parts.body = p("Minutes") + inner;
        const Document doc = read(parts);
        CHECK(all_text(doc).find("Deepsecret") == std::string::npos);
        const auto found = hazards(doc);
        CHECK(std::any_of(found.begin(), found.end(),
                          [](const std::string& h) { return h.starts_with("hidden text@"); }));
    }
}

TEST_CASE("docx: an embedded object is a hazard, shapes, text boxes and images are not text") {
    DocxParts parts;
    parts.styles = heading_styles;
    parts.body = styled("Heading2", "Contingency plan") +
                 p(r("Trigger: no access") +
                   "<w:r><w:object><v:shape id=\"_x0000_i1025\"/><o:OLEObject Type=\"Embed\" "
                   "ProgID=\"Excel.Sheet.12\" r:id=\"rIdOle\"/></w:object></w:r>") +
                 p(r("Response: visit") +
                   "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Textboxwords"
                   "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>") +
                 "<w:altChunk r:id=\"rIdChunk\"/>" + p("After the chunk");
    parts.document_rels =
        "<Relationship Id=\"rIdOle\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/oleObject\" Target=\"embeddings/oleObject1.bin\"/>"
        "<Relationship Id=\"rIdChunk\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/aFChunk\" Target=\"afchunk.mht\"/>";
    parts.extra = {{"word/embeddings/oleObject1.bin", "Embeddedsecret"},
                   {"word/afchunk.mht", "Chunksecret"}};
    const Document doc = read(parts);
    CHECK(fields(doc.sections[1].fields) ==
          std::vector<std::string>{"Trigger=no access", "Response=visit"});
    CHECK(hazards(doc) ==
          std::vector<std::string>{"an embedded object@2", "an embedded document (altChunk)@4"});
    CHECK(doc.word_hazards[0].kind == WordHazard::Kind::embedded);
    const std::string text = all_text(doc);
    for (const char* inside : {"Textboxwords", "Embeddedsecret", "Chunksecret"})
        CHECK(text.find(inside) == std::string::npos);
}

TEST_CASE("docx: a linked image's external target is never followed, nor shown") {
    DocxParts parts;
    parts.body = p(r("Photo: ") +
                   "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/"
                   "drawingml/2006/wordprocessingDrawing\"><a:graphic "
                   "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:blip "
                   "r:link=\"rIdImg\"/></a:graphic></wp:inline></w:drawing></w:r>" +
                   r("see file"));
    parts.document_rels =
        "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
        "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/attachedTemplate\" Target=\"\\\\server\\share\\t.dotm\"/>";
    const Document doc = read(parts);
    CHECK(fields(doc.sections[0].fields) == std::vector<std::string>{"Photo=see file"});
    // Word fetches both when the document opens (the template's TargetMode left out: its
    // target is no part's name): said, never shown or followed.
    REQUIRE(doc.word_hazards.size() == 1);
    CHECK(doc.word_hazards[0].what.starts_with("a link outside the document"));
    CHECK(all_text(doc).find("passwd") == std::string::npos);
    // A field that fetches when Word updates it, split over runs as Word writes it, or in a
    // simple field: fetched all the same. A PAGE field is not.
    for (const std::string& field :
         {std::string("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> INCLUDE"
                      "</w:instrText></w:r><w:r><w:instrText>PICTURE \"\\\\\\\\evil\\\\p.png\" \\d"
                      "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
          std::string("<w:fldSimple w:instr=\" DDEAUTO c:\\\\x.exe \"><w:r><w:t>x</w:t></w:r>"
                      "</w:fldSimple>"),
          // The name followed by a tab, a line break or the quote itself, as a red team wrote
          // them; Word's older INCLUDE; a DATABASE field naming a share.
          std::string("<w:fldSimple w:instr=\"INCLUDEPICTURE\t&quot;http://127.0.0.1:9/p.png&quot;"
                      "\"/>"),
          std::string("<w:fldSimple w:instr=\"INCLUDEPICTURE&#10;&quot;http://127.0.0.1:9/p.png"
                      "&quot;\"/>"),
          std::string("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                      "INCLUDETEXT\"\\\\evil\\t.docx\"</w:instrText></w:r><w:r><w:fldChar "
                      "w:fldCharType=\"end\"/></w:r>"),
          std::string("<w:fldSimple w:instr=\" INCLUDE \\\\evil\\t.docx \"/>"),
          // Round 6: a name another field spells (the 2017 DDEAUTO trick), RD, a no-break space
          // before the name, VML images and fills from a server.
          std::string("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:fldChar "
                      "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE 68 68 69 65 85 84 79"
                      "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r>"
                      "<w:instrText> c:\\x.exe</w:instrText></w:r><w:r><w:fldChar "
                      "w:fldCharType=\"end\"/></w:r>"),
          std::string("<w:fldSimple w:instr=\" RD &quot;\\\\evil\\x.docx&quot; \"/>"),
          std::string("<w:fldSimple w:instr=\"\xC2\xA0INCLUDEPICTURE &quot;http://127.0.0.1:9/p"
                      "&quot;\"/>"),
          std::string("<w:r><w:pict><v:image xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                      "src=\"http://127.0.0.1:9/i.png\"/></w:pict></w:r>"),
          std::string("<w:r><w:pict><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:fill "
                      "type=\"frame\" src=\"http://127.0.0.1:9/f.png\"/></v:rect></w:pict></w:r>"),
          std::string("<w:fldSimple w:instr=\" DATABASE \\c &quot;Data Source=\\\\evil\\"
                      "cases.accdb&quot; \\s &quot;SELECT 1&quot; \"/>")}) {
        DocxParts fetching;
        fetching.body = p(r("Minutes ") + field);
        const Document read_back = read(fetching);
        REQUIRE(read_back.word_hazards.size() == 1);
        CHECK_THAT(read_back.word_hazards[0].what, Catch::Contains("INCLUDEPICTURE"));
    }
    DocxParts page;
    page.body =
        p(r("Page ") + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    for (const WordHazard& hazard : read(page).word_hazards) // fetches nothing
        CHECK(hazard.kind != WordHazard::Kind::embedded);
    // The template alone, its TargetMode left out or in lower case: still outside.
    for (const std::string mode : {"", " TargetMode=\"external\""}) {
        DocxParts only_template;
        only_template.body = p("Minutes");
        only_template.document_rels =
            "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/attachedTemplate\" Target=\"http://127.0.0.1:9/t.dotm\"" +
            mode + "/>";
        CHECK(read(only_template).word_hazards.size() == 1);
    }
}

TEST_CASE("docx: strict namespaces read as transitional ones do") {
    DocxParts parts;
    parts.strict = true;
    parts.styles = heading_styles;
    parts.numbering = bullets;
    parts.custom = "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" "
                   "name=\"document\"><vt:lpwstr>child-plan</vt:lpwstr></property>";
    parts.body =
        styled("Title", "Plan") + styled("Heading1", "Objectives") +
        list_item("Keep Megan safe", 0) + list_item("Owner: Alison Reid", 1) +
        styled("Heading1", "Contingency plan") +
        p(r("Trigger: ") + "<w:ins w:id=\"1\" w:author=\"A\">" + r("no access") + "</w:ins>");
    const Document doc = read(parts);
    REQUIRE(doc.title);
    CHECK(doc.title->text == "Plan");
    CHECK(headings(doc) == std::vector<std::string>{"Objectives", "Contingency plan"});
    REQUIRE(doc.sections[1].records.size() == 1);
    CHECK(fields(doc.sections[1].records[0].fields) ==
          std::vector<std::string>{"Owner=Alison Reid"});
    CHECK(fields(doc.sections[2].fields) == std::vector<std::string>{"Trigger=no access"});
    REQUIRE(doc.front_matter.find("document"));
    CHECK(doc.front_matter.find("document")->value.text == "child-plan");
    CHECK(hazards(doc) == std::vector<std::string>{"a tracked insertion@6"});
}

TEST_CASE("docx: a Word template (.dotx) is read") {
    DocxParts parts;
    parts.main_type =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    parts.body = p("Owner: {{ name }}");
    const Document doc = read(parts);
    CHECK(fields(doc.sections[0].fields) == std::vector<std::string>{"Owner={{ name }}"});
    REQUIRE(doc.placeholders.size() == 1);
    CHECK(doc.placeholders[0].pos == Position{1, 8});
}

TEST_CASE("docx: limits on list items and table rows stop reading with a problem") {
    DocxParts parts;
    parts.numbering = bullets;
    for (int i = 0; i < 5; ++i)
        parts.body += list_item("item " + std::to_string(i), 0);
    DocxOptions options;
    options.limits.max_list_items = 3;
    const Document doc = read(parts, options);
    CHECK(doc.sections[0].records.size() == 3);
    REQUIRE(doc.problems.size() == 1);
    CHECK_THAT(doc.problems[0].message, Catch::Contains("--max-list-items"));
}

// ---- refusals -----------------------------------------------------------------------------

TEST_CASE("docx refused: not a zip") {
    CHECK_THAT(refusal("# Minutes\n\nplain text"), Catch::Contains("not a zip package"));
    CHECK_THAT(refusal(""), Catch::Contains("not a zip package"));
    CHECK_THAT(refusal("PK\x03\x04 truncated"), Catch::Contains("not a valid zip package"));
}

TEST_CASE("docx refused: an OLE compound file is encrypted or a legacy .doc") {
    const std::string ole =
        std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
    CHECK(refusal(ole) == "an encrypted or password-protected Word document, or a legacy .doc "
                          "(Word 97-2003), is not read: save it as a Word document (.docx) "
                          "without a password");
}

TEST_CASE("docx refused: macro-enabled documents") {
    DocxParts parts;
    parts.body = p("text");
    parts.main_type = "application/vnd.ms-word.document.macroEnabled.main+xml";
    CHECK_THAT(refusal(make_docx(parts)), Catch::Contains("macro-enabled"));
    parts.main_type = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";
    CHECK_THAT(refusal(make_docx(parts)), Catch::Contains("macro-enabled"));
    DocxParts with_project;
    with_project.body = p("text");
    with_project.extra = {{"word/vbaProject.bin", "macros"}};
    CHECK_THAT(refusal(make_docx(with_project)), Catch::Contains("macro-enabled"));
    CHECK(word_file_name("minutes.DOCM") == WordFileName::macro_enabled);
    CHECK(word_file_name("minutes.docx") == WordFileName::word);
    CHECK(word_file_name("template.dotx") == WordFileName::word);
    CHECK(word_file_name("minutes.md") == WordFileName::not_word);
    CHECK(looks_like_docx_name("a/b/minutes.docm"));
    CHECK_FALSE(looks_like_docx_name("minutes.doc"));
}

TEST_CASE("docx refused: a spreadsheet or a package without a main document") {
    DocxParts parts;
    parts.body = p("text");
    parts.main_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    CHECK_THAT(refusal(make_docx(parts)), Catch::Contains("not a word-processing document"));
    auto entries = docx_entries(DocxParts{});
    std::erase_if(entries, [](const auto& entry) { return entry.first == "word/document.xml"; });
    CHECK_THAT(refusal(zip_parts(entries)), Catch::Contains("no main document part"));
    CHECK_THAT(refusal(zip_parts({{"readme.txt", "hello"}})),
               Catch::Contains("no [Content_Types].xml"));
}

TEST_CASE("docx refused: more entries than the limit") {
    auto entries = docx_entries(DocxParts{});
    for (int i = 0; i < 20; ++i)
        entries.push_back({"customXml/item" + std::to_string(i) + ".xml", "<a/>"});
    DocxOptions options;
    options.max_entries = 10;
    CHECK_THAT(refusal(zip_parts(entries), options),
               Catch::Contains("24 entries") && Catch::Contains("limit of 10"));
    options.max_entries = 24;
    CHECK(read_docx(zip_parts(entries), options).document);
}

TEST_CASE("docx refused: a zip bomb, by declared size and by ratio") {
    auto entries = docx_entries(DocxParts{});
    entries.push_back({"word/media/zeros.bin", std::string(200u << 20, '\0')});
    CHECK_THAT(refusal(zip_parts(entries)), Catch::Contains("more than 64 MiB"));
    entries.back().second = std::string(16u << 20, '\0');
    CHECK_THAT(refusal(zip_parts(entries)), Catch::Contains("compressed more than 100 times"));
}

TEST_CASE("docx refused: an entry larger than its header says is not read past the header") {
    DocxParts parts;
    parts.body = p(std::string(4000, 'a'));
    std::string bytes = zip_parts(docx_entries(parts), true); // stored: sizes are the content's
    // Make the document part's headers (local and central) declare 100 bytes.
    const std::string name = "word/document.xml";
    std::size_t patched = 0;
    for (std::size_t at = bytes.find(name); at != std::string::npos;
         at = bytes.find(name, at + 1)) {
        for (const std::size_t header : {at - 30, at - 46}) {
            if (header > bytes.size())
                continue;
            if (bytes.compare(header, 4, "PK\x03\x04") == 0) {
                const std::uint32_t size = 100;
                std::memcpy(&bytes[header + 18], &size, 4); // compressed size
                std::memcpy(&bytes[header + 22], &size, 4); // uncompressed size
                ++patched;
            } else if (bytes.compare(header, 4, "PK\x01\x02") == 0) {
                const std::uint32_t size = 100;
                std::memcpy(&bytes[header + 20], &size, 4);
                std::memcpy(&bytes[header + 24], &size, 4);
                ++patched;
            }
        }
    }
    REQUIRE(patched == 2);
    const std::string message = refusal(bytes);
    CHECK((message.find("not well-formed") != std::string::npos ||
           message.find("more than its zip header") != std::string::npos ||
           message.find("cannot be read") != std::string::npos));
}

TEST_CASE("docx refused: any XML part with a DOCTYPE, entities or not") {
    DocxParts parts;
    parts.body = p("&xxe;");
    auto entries = docx_entries(parts);
    entries[2].second = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "
                        "\"file:///etc/passwd\">]>" +
                        entries[2].second.substr(entries[2].second.find("<w:document"));
    CHECK_THAT(refusal(zip_parts(entries)),
               Catch::Contains("word/document.xml") && Catch::Contains("DOCTYPE"));
    DocxParts styled_parts;
    styled_parts.body = p("x");
    styled_parts.styles = heading_styles;
    auto styles = docx_entries(styled_parts);
    styles.back().second = "<!doctype lol [<!ENTITY a \"aaaa\">]><w:styles/>";
    CHECK_THAT(refusal(zip_parts(styles)), Catch::Contains("DOCTYPE"));
}

TEST_CASE("docx refused: malformed XML in the main part") {
    auto entries = docx_entries(DocxParts{});
    entries[2].second = "<w:document><w:body><w:p>";
    CHECK_THAT(refusal(zip_parts(entries)), Catch::Contains("not well-formed"));
}

TEST_CASE("docx refused: text that is not XML 1.0, which pugixml would read") {
    // A byte that is not UTF-8, a control character, and a reference to one: each would be
    // written back into an annotated copy or an import that Word or cpdoc cannot open.
    for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
             {"Mum \xff said", "is not UTF-8"},
             {"Mum \x1b said", "is a control character XML does not allow"},
             {"Mum &#27; said", "is a reference to a character XML does not allow"},
             {"Mum &#x1B; said", "is a reference to a character XML does not allow"},
             {"Mum &#xFFFE; said", "is a reference to a character XML does not allow"},
             {"Mum \xEF\xBF\xBF said", "is U+FFFF, which is no character XML allows"},
             {"Mum \xEF\xBF\xBE said", "is U+FFFE, which is no character XML allows"},
             // What pugixml keeps as it is and Word refuses, as a red team wrote them.
             {"To be &bogus; discussed", "is an & that starts no reference XML knows"},
             {"Mum &#X41; said", "is an & that starts no reference XML knows"},
             {"Mum &#x; said", "is an & that starts no reference XML knows"},
             {"Mum &amp said", "is an & that starts no reference XML knows"}}) {
        INFO(text);
        DocxParts parts;
        parts.body = p(r(text));
        CHECK_THAT(refusal(make_docx(parts)),
                   Catch::Contains("word/document.xml is not well-formed XML (byte") &&
                       Catch::Contains(why));
    }
    DocxParts fine;
    fine.body = p(r("Mum &#233; &#x1F600; &amp; \xEF\xBF\xBD said")) +
                "<!-- a comment & more --><w:p><w:r><w:t><![CDATA[a & b]]></w:t></w:r></w:p>";
    const Document read_fine = read(fine);
    REQUIRE_FALSE(read_fine.sections.empty());
    REQUIRE_FALSE(read_fine.sections[0].prose.empty());
    CHECK(read_fine.sections[0].prose[0].text == "Mum \u00e9 \U0001F600 & \uFFFD said");
}

TEST_CASE("docx refused: two parts of one name, which readers differ on") {
    auto entries = docx_entries(DocxParts{});
    entries.push_back({"WORD/document.xml", entries[2].second});
    CHECK_THAT(refusal(zip_parts(entries)),
               Catch::Contains("has two parts named word/document.xml"));
}

TEST_CASE("docx refused: an entry another tool may take for a part of another name") {
    for (const auto& [name, why] : {std::pair{"/word/document.xml", "starts with /"},
                                    {"word\\document.xml", "holds a \\"},
                                    {"word/../word/document.xml", "has a .. in its path"},
                                    {"word/document.xml.", "has a name ending in a dot"},
                                    {"word//document.xml", "has an empty folder name"}}) {
        auto entries = docx_entries(DocxParts{});
        entries.push_back({name, entries[2].second});
        CHECK_THAT(refusal(zip_parts(entries)),
                   Catch::Contains(std::string("an entry named \"") + name + "\", which " + why));
    }
}

TEST_CASE("docx refused: a zip other readers read another way") {
    auto entries = docx_entries(DocxParts{});
    // Two zips joined: Python and unzip read the second's index, shifted.
    const std::string one = zip_parts(entries);
    CHECK_THAT(refusal(one + one), Catch::Contains("two zip files joined?"));
    // A NUL in a name: one reader stops at it, another does not.
    entries.push_back({"word/document.xmlQx", entries[2].second});
    std::string nul = zip_parts(entries);
    for (std::size_t at = nul.find("word/document.xmlQx"); at != std::string::npos;
         at = nul.find("word/document.xmlQx", at))
        nul[at + 17] = '\0';
    CHECK_THAT(refusal(nul), Catch::Contains("holds a NUL byte (\"word/document.xml\\x00x\")"));
    // A Unicode Path field (0x7075: version, CRC of the stored name, the new name) renaming an
    // entry. libzip writes no such field itself: written under another id, then relabelled.
    entries.pop_back();
    entries.push_back({"word/other.xml", entries[2].second});
    const auto renamed = [&](const std::string& name) {
        const std::string data = std::string("\x01\0\0\0\0", 5) + name;
        std::string zip = zip_parts(entries, ExtraField{"word/other.xml", 0xCAFE, data});
        const std::string field = std::string("\xFE\xCA") + static_cast<char>(data.size()) + '\0';
        const std::size_t at = zip.find(field + data);
        REQUIRE(at != std::string::npos);
        zip.replace(at, 2, "\x75\x70");
        return zip;
    };
    CHECK_THAT(refusal(renamed("word/document.xml")),
               Catch::Contains("stored as \"word/other.xml\" and renamed \"word/document.xml\""));
    // The field naming the entry as it is stored is no second name.
    CHECK(read_docx(renamed("word/other.xml")).document);
}

TEST_CASE("docx: headers, footers and notes are scanned for hazards, named, never read as text") {
    DocxParts parts;
    parts.styles = heading_styles;
    // Footnote 7 is referenced first, so Word shows it as 1; footnote 3 as 2.
    parts.body =
        styled("Heading2", "Actions") +
        p(r("Karen to visit weekly.") + note_reference("footnote", 7)) +
        p(r("Alison to refer.") + note_reference("footnote", 3) + note_reference("endnote", 1));
    parts.document_rels = relationship("rIdH", "header", "header1.xml") +
                          relationship("rIdF", "footer", "footer1.xml") +
                          relationship("rIdFn", "footnotes", "footnotes.xml") +
                          relationship("rIdEn", "endnotes", "endnotes.xml");
    parts.extra = {
        {"word/header1.xml",
         story_xml("hdr", p(r("Core group minutes ") +
                            "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Headersecret"
                            "</w:delText></w:r></w:del>"))},
        {"word/footer1.xml",
         story_xml("ftr", p("Page footer") +
                              table({row({"Footer cell",
                                          p(r("Seen") + r(" Footersecret", "<w:vanish/>"))})}))},
        {"word/footnotes.xml",
         story_xml(
             "footnotes",
             note("footnote", -1, p("<w:r><w:separator/></w:r>")) +
                 note("footnote", 3, p(r("Footnotetext plain"))) +
                 note("footnote", 7,
                      p(r("Agreed by phone") + "<w:r><w:commentReference w:id=\"0\"/></w:r>") +
                          p(r("Second") + "<w:r><w:object><o:OLEObject Type=\"Embed\" "
                                          "r:id=\"rIdOle\"/></w:object></w:r>")))},
        {"word/_rels/footnotes.xml.rels",
         relationships_xml(relationship("rIdOle", "oleObject", "embeddings/oleObject1.bin"))},
        {"word/endnotes.xml", story_xml("endnotes", note("endnote", 1,
                                                         p("<w:ins w:id=\"2\" w:author=\"A\">" +
                                                           r("Endnote added") + "</w:ins>")))},
    };
    const Document doc = read(parts);
    // The body reads as it would without its headers, footers and notes.
    REQUIRE(doc.sections[1].prose.size() == 2);
    CHECK(doc.sections[1].prose[0].text == "Karen to visit weekly.");
    CHECK(doc.sections[1].prose[1].text == "Alison to refer.");
    CHECK(doc.line_count == 8);
    CHECK(doc.sections[1].end_line == 3);
    CHECK(hazards(doc) == std::vector<std::string>{"a tracked deletion@4", "hidden text@5",
                                                   "a comment@6", "an embedded object@7",
                                                   "a tracked insertion@8"});
    auto place = [&](int line) {
        const WordPlace* at = doc.place_for_line(line);
        REQUIRE(at != nullptr);
        REQUIRE(at->line == line);
        return at->section + " | " + at->where + " | " + at->snippet;
    };
    CHECK(place(4) == "header | paragraph 1 | Core group minutes");
    CHECK(place(5) == "footer | table 1, row 1 | Footer cell Seen");
    CHECK(place(6) == "footnote 1 | paragraph 1 | Agreed by phone");
    CHECK(place(7) == "footnote 1 | paragraph 2 | Second");
    CHECK(place(8) == "endnote 1 | paragraph 1 | Endnote added");
    const std::string text = all_text(doc);
    for (const char* secret : {"Headersecret", "Footersecret", "Footnotetext"})
        CHECK(text.find(secret) == std::string::npos);
}

TEST_CASE("docx: a note no text refers to is named so, a comments part without anchors counts") {
    DocxParts parts;
    parts.body = p("Karen to visit.");
    parts.document_rels = relationship("rIdFn", "footnotes", "footnotes.xml") +
                          relationship("rIdC", "comments", "comments.xml");
    parts.extra = {
        {"word/footnotes.xml",
         story_xml("footnotes", note("footnote", 2, p(r("Gone", "<w:vanish/>"))))},
        {"word/comments.xml",
         story_xml("comments", "<w:comment w:id=\"0\">" + p("Commentsecret") + "</w:comment>")}};
    const Document doc = read(parts);
    CHECK(hazards(doc) == std::vector<std::string>{"hidden text@2", "a comment@3"});
    CHECK(doc.place_for_line(2)->section == "footnote (not referenced in the text)");
    CHECK(doc.place_for_line(3)->section == "end of the document");
    CHECK(doc.place_for_line(3)->where.empty());
    CHECK(all_text(doc).find("Commentsecret") == std::string::npos);
}

TEST_CASE("docx: a header outside the package or external is never read") {
    DocxParts parts;
    parts.body = p("Karen to visit.");
    parts.document_rels = relationship("rIdH1", "header", "../../outside.xml") +
                          relationship("rIdH2", "header", "file:///etc/passwd", true) +
                          relationship("rIdH3", "footer", "missing.xml");
    // Were the first target resolved outside word/, it would be this entry.
    parts.extra = {{"outside.xml", story_xml("hdr", p(r("x", "<w:vanish/>")))}};
    const Document doc = read(parts);
    // Neither is read (no hidden text from outside.xml); the external one is said to be a
    // link outside the document, at the end.
    CHECK(
        hazards(doc) ==
        std::vector<std::string>{
            "a link outside the document (an attached template, a linked file, or a field such as "
            "INCLUDEPICTURE) that Word fetches when the document opens@2"});
    CHECK(doc.word_places.size() == 2);
}

namespace {

const std::string deleted_words = "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>"
                                  "Glossarydeleted</w:delText></w:r></w:del>";
const std::string an_object =
    "<w:r><w:object><o:OLEObject Type=\"Embed\" r:id=\"rIdOle\"/></w:object></w:r>";

// A template's Quick Parts: the glossary part, its own styles (a hidden character style).
DocxParts with_glossary(const std::vector<std::string>& doc_parts) {
    DocxParts parts;
    parts.body = p("Karen to visit.");
    parts.document_rels = relationship("rIdG", "glossaryDocument", "glossary/document.xml");
    parts.extra = {
        {"word/glossary/document.xml", glossary_xml(doc_parts)},
        {"word/glossary/_rels/document.xml.rels",
         relationships_xml(relationship("rIdGS", "styles", "styles.xml"))},
        {"word/glossary/styles.xml",
         std::string("<?xml version=\"1.0\"?><w:styles xmlns:w=\"") + w_ns +
             "\"><w:style w:type=\"character\" w:styleId=\"Quiet\"><w:name w:val=\"Quiet\"/>"
             "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>"}};
    return parts;
}

std::string place_of(const Document& doc, int line) {
    const WordPlace* at = doc.place_for_line(line);
    REQUIRE(at != nullptr);
    REQUIRE(at->line == line);
    return at->section + " | " + at->where + " | " + at->snippet;
}

} // namespace

TEST_CASE("docx: the glossary's building blocks are scanned for each hazard, at their place") {
    const Document doc = read(with_glossary(
        {doc_part("Signature", p("Glossaryplain") + p(r("Chair signs ") + deleted_words)),
         doc_part("Notes", p(r("Seen at home") + "<w:r><w:commentReference w:id=\"0\"/></w:r>") +
                               p(r("Glossaryhidden", "<w:vanish/>")) +
                               table({row({"Visit", p(r("Glossarystyled",
                                                        "<w:rStyle w:val=\"Quiet\"/>"))})}) +
                               p(r("Logo") + an_object))}));
    CHECK(hazards(doc) == std::vector<std::string>{"a tracked deletion@2", "a comment@3",
                                                   "hidden text@4", "hidden text@5",
                                                   "an embedded object@6"});
    // Paragraphs are numbered through the building blocks, as one story.
    CHECK(place_of(doc, 2) == "glossary (building blocks) | paragraph 2 | Chair signs");
    CHECK(place_of(doc, 3) == "glossary (building blocks) | paragraph 3 | Seen at home");
    CHECK(place_of(doc, 4) == "glossary (building blocks) | paragraph 4 | ");
    CHECK(place_of(doc, 5) == "glossary (building blocks) | table 1, row 1 | Visit");
    CHECK(place_of(doc, 6) == "glossary (building blocks) | paragraph 5 | Logo");
    CHECK(doc.line_count == 6);
}

TEST_CASE("docx: the glossary's text is not content") {
    const Document doc = read(with_glossary(
        {doc_part("Signature", p("Glossaryplain") + p(r("Chair signs ") + deleted_words)),
         doc_part("Details", table({row({"Date:", "Glossarycell"})}))}));
    CHECK(doc.sections.size() == 1);
    REQUIRE(doc.preamble().prose.size() == 1);
    CHECK(doc.preamble().prose[0].text == "Karen to visit.");
    CHECK_FALSE(doc.front_matter.present);
    const std::string text = all_text(doc);
    for (const char* secret : {"Glossaryplain", "Glossarydeleted", "Glossarycell", "Signature"})
        CHECK(text.find(secret) == std::string::npos);
}

TEST_CASE("docx: the glossary's own relationships: an embedded file and a comments part count") {
    DocxParts parts = with_glossary({doc_part("Signature", p("Chair"))});
    parts.extra[1].second =
        relationships_xml(relationship("rIdOle", "oleObject", "../embeddings/oleObject1.bin") +
                          relationship("rIdGC", "comments", "comments.xml"));
    parts.extra.push_back(
        {"word/glossary/comments.xml",
         story_xml("comments", "<w:comment w:id=\"0\">" + p("Commentsecret") + "</w:comment>")});
    const Document doc = read(parts);
    // Neither is anchored in the text: both are at the end of the document.
    CHECK(hazards(doc) == std::vector<std::string>{"an embedded object@2", "a comment@2"});
    CHECK(doc.place_for_line(2)->section == "end of the document");
    CHECK(all_text(doc).find("Commentsecret") == std::string::npos);
}

TEST_CASE("docx: the glossary's own notes and headers are scanned, named within the glossary") {
    // A building block with footnote 4 and a section break with a first-page header; the
    // document's own footnote part is another part, named for the document.
    DocxParts parts = with_glossary(
        {doc_part("Sign-off", p(r("Agreed") + note_reference("footnote", 4)) +
                                  p(r("Chair"), "<w:sectPr><w:headerReference w:type=\"first\" "
                                                "r:id=\"rIdGH\"/><w:titlePg/></w:sectPr>"))});
    parts.document_rels += relationship("rIdFn", "footnotes", "footnotes.xml");
    parts.extra[1].second =
        relationships_xml(relationship("rIdGS", "styles", "styles.xml") +
                          relationship("rIdGF", "footnotes", "footnotes.xml") +
                          relationship("rIdGH", "header", "header1.xml") +
                          relationship("rIdGG", "glossaryDocument", "document.xml"));
    parts.extra.push_back(
        {"word/glossary/footnotes.xml",
         story_xml("footnotes",
                   note("footnote", 4, p(r("By phone") + r(" Notesecret", "<w:vanish/>"))))});
    parts.extra.push_back(
        {"word/glossary/header1.xml",
         story_xml("hdr", p(r("Cover ") + r("Headsecret", "<w:rStyle w:val=\"Quiet\"/>")))});
    parts.extra.push_back({"word/footnotes.xml",
                           story_xml("footnotes", note("footnote", 4, p(r("x", "<w:vanish/>"))))});
    const Document doc = read(parts);
    CHECK(hazards(doc) ==
          std::vector<std::string>{"hidden text@2", "hidden text@3", "hidden text@4"});
    // The glossary relates its own parts before it is read: they come first, as it does.
    CHECK(place_of(doc, 2) == "glossary (building blocks) footnote 1 | paragraph 1 | By phone");
    CHECK(place_of(doc, 3) == "glossary (building blocks) first-page header | paragraph 1 | Cover");
    CHECK(place_of(doc, 4) == "footnote (not referenced in the text) | paragraph 1 | ");
    CHECK(doc.line_count == 4);
    const std::string text = all_text(doc);
    for (const char* secret : {"Notesecret", "Headsecret", "Agreed"})
        CHECK(text.find(secret) == std::string::npos);
}

TEST_CASE("docx refused: a DOCTYPE in the glossary or in its relationships or styles") {
    for (const std::size_t entry : {4, 5, 6}) {
        auto entries = docx_entries(with_glossary({doc_part("Signature", p("Chair"))}));
        REQUIRE(entries[entry].first.starts_with("word/glossary/"));
        entries[entry].second = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" +
                                entries[entry].second.substr(entries[entry].second.find("?>") + 2);
        CHECK_THAT(refusal(zip_parts(entries)),
                   Catch::Contains(entries[entry].first) && Catch::Contains("DOCTYPE"));
    }
}

TEST_CASE("docx: a glossary outside the package or external is never read") {
    DocxParts parts = with_glossary({doc_part("Signature", p(r("x", "<w:vanish/>")))});
    parts.document_rels =
        relationship("rIdG1", "glossaryDocument", "../../glossary/document.xml") +
        relationship("rIdG2", "glossaryDocument", "file:///word/glossary/document.xml", true);
    // Were either target followed, it would find this part's hidden text.
    const Document doc = read(parts);
    const auto found = hazards(doc);
    CHECK(std::none_of(found.begin(), found.end(),
                       [](const std::string& h) { return h.starts_with("hidden text"); }));
    CHECK(found.size() == 1); // the external one, said to be a link outside the document
}

TEST_CASE("docx: first-page, even-page and default headers and footers are named apart") {
    DocxParts parts;
    const auto section = [](const std::string& references) {
        return "<w:sectPr>" + references + "<w:titlePg/></w:sectPr>";
    };
    const auto reference = [](const char* story, const char* type, const char* id) {
        return std::string("<w:") + story + "Reference w:type=\"" + type + "\" r:id=\"" + id +
               "\"/>";
    };
    // Section 1 shows header1 on its first page and header2 on the others; section 2 shows
    // header2 again (and so by a second relationship), header3 on even pages, and the footers.
    parts.body =
        p(r("Karen to visit."), section(reference("header", "first", "rIdH1") +
                                        reference("header", "default", "rIdH2"))) +
        p("Alison to refer.") +
        section(reference("header", "default", "rIdH2b") + reference("header", "even", "rIdH3") +
                reference("footer", "default", "rIdF1") + reference("footer", "first", "rIdF2") +
                reference("footer", "even", "rIdF3"));
    const auto hidden_in = [](const char* root, const char* words) {
        return story_xml(root, p(r(words) + r(" Storysecret", "<w:vanish/>")));
    };
    parts.document_rels = relationship("rIdH1", "header", "header1.xml") +
                          relationship("rIdH2", "header", "header2.xml") +
                          relationship("rIdH2b", "header", "header2.xml") +
                          relationship("rIdH3", "header", "header3.xml") +
                          relationship("rIdF1", "footer", "footer1.xml") +
                          relationship("rIdF2", "footer", "footer2.xml") +
                          relationship("rIdF3", "footer", "footer3.xml");
    parts.extra = {{"word/header1.xml", hidden_in("hdr", "Cover")},
                   {"word/header2.xml", hidden_in("hdr", "Running head")},
                   {"word/header3.xml", hidden_in("hdr", "Even head")},
                   {"word/footer1.xml", hidden_in("ftr", "Page")},
                   {"word/footer2.xml", hidden_in("ftr", "Cover foot")},
                   {"word/footer3.xml", hidden_in("ftr", "Even foot")}};
    const Document doc = read(parts);
    // header2 is scanned once, and reported once, however many sections show it.
    CHECK(hazards(doc) == std::vector<std::string>{"hidden text@3", "hidden text@4",
                                                   "hidden text@5", "hidden text@6",
                                                   "hidden text@7", "hidden text@8"});
    CHECK(place_of(doc, 3) == "first-page header | paragraph 1 | Cover");
    CHECK(place_of(doc, 4) == "header | paragraph 1 | Running head");
    CHECK(place_of(doc, 5) == "even-page header | paragraph 1 | Even head");
    CHECK(place_of(doc, 6) == "footer | paragraph 1 | Page");
    CHECK(place_of(doc, 7) == "first-page footer | paragraph 1 | Cover foot");
    CHECK(place_of(doc, 8) == "even-page footer | paragraph 1 | Even foot");
    CHECK(doc.line_count == 8);
    CHECK(all_text(doc).find("Storysecret") == std::string::npos);
}

TEST_CASE("docx: one reading of a package builds with either pack's bold headings") {
    DocxParts parts;
    parts.body = p("Document: child-plan") + p(r("Objectives", "<w:b/>")) +
                 p("Owner: Alison Reid") + p(r("Safety plan", "<w:b/>")) + p("Trigger: x");
    const WordSource source = open_docx(make_docx(parts));
    REQUIRE(source.content);
    const DocxResult one = build_docx(*source.content, with_sections({"Objectives"}));
    REQUIRE(one.document);
    CHECK(headings(*one.document) == std::vector<std::string>{"Objectives"});
    CHECK(one.bold_headings_asked.document_kind == "child-plan");
    CHECK(one.bold_headings_asked.paragraphs ==
          std::vector<std::string>{"Objectives", "Safety plan"});
    const DocxResult other =
        build_docx(*source.content, with_sections({"Objectives", "Safety plan"}));
    REQUIRE(other.document);
    CHECK(headings(*other.document) == std::vector<std::string>{"Objectives", "Safety plan"});
    CHECK(fields(other.document->sections[2].fields) == std::vector<std::string>{"Trigger=x"});
}

TEST_CASE("docx: a namespace bound again below the root is still read by its namespace") {
    DocxParts parts;
    // q is the main namespace here, declared on the paragraph, not the root: q:del is a
    // deletion all the same, and its words are not read.
    parts.body = std::string("<w:p xmlns:q=\"") + w_ns + "\">" + r("Karen to visit.") +
                 "<q:del q:id=\"1\" q:author=\"A\"><q:r><q:delText>Innersecret</q:delText>"
                 "</q:r></q:del></w:p>";
    const Document doc = read(parts);
    CHECK(hazards(doc) == std::vector<std::string>{"a tracked deletion@1"});
    CHECK(all_text(doc).find("Innersecret") == std::string::npos);
    CHECK(doc.preamble().prose.at(0).text == "Karen to visit.");
}
