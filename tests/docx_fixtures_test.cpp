// Word documents made from the examples and the practitioner corpus (scripts/make-docx-fixtures)
// read into the model the Markdown source gives. Written by Pandoc (`.pandoc.docx`, front
// matter as custom properties) or typed as a Word user would (`.writer.docx`: Title, Heading 1
// sections, a details table), a document keeps its Markdown shapes: the same front matter,
// sections, fields, records and table cells. Written by cpdoc (`.cpdoc.docx`), fields are
// label/value tables, records and people are tables, values are in their long forms and the
// compliance sections follow: its checks are of what survives that.
#include "grammar/date.hpp"
#include "grammar/docx/docx_reader.hpp"
#include "grammar/folding.hpp"
#include "grammar/parser.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "layer_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace cpdoc;
namespace fs = std::filesystem;

namespace {

// Text as a reader sees it, whichever writer wrote it: Markdown emphasis, code marks and
// escapes dropped, case and spaces folded, a date in any accepted form as its ISO form, a
// yes or no as such.
std::string seen(std::string_view text) {
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size())
            continue;
        if (c == '*' || c == '`' ||
            (c == '_' &&
             (i == 0 || text[i - 1] == ' ' || i + 1 == text.size() || text[i + 1] == ' ')))
            continue;
        plain += c;
    }
    if (const auto date = parse_date(trim(plain)))
        return date->iso();
    const std::string folded = fold_name(plain);
    if (folded == "true")
        return "yes";
    if (folded == "false")
        return "no";
    return folded;
}

std::vector<std::string> fields_of(const std::vector<Field>& fields) {
    std::vector<std::string> out;
    for (const Field& field : fields)
        out.push_back(field.folded_key + "=" + seen(field.value.text));
    return out;
}

std::vector<std::string> records_of(const Section& section) {
    std::vector<std::string> out;
    for (const Record& record : section.records) {
        std::string text = seen(record.title.text);
        for (const std::string& field : fields_of(record.fields))
            text += " | " + field;
        for (const ChecklistAnswer& answer : record.checklist)
            text +=
                std::string(" | ") + (answer.checked ? "[x] " : "[ ] ") + seen(answer.text.text);
        out.push_back(text);
    }
    return out;
}

std::vector<std::string> tables_of(const Section& section) {
    std::vector<std::string> out;
    for (const Table& table : section.tables) {
        std::string text;
        for (const Located& cell : table.header)
            text += seen(cell.text) + " | ";
        for (const TableRow& row : table.rows) {
            text += "\n";
            for (const Located& cell : row.cells)
                text += seen(cell.text) + " | ";
        }
        out.push_back(text);
    }
    return out;
}

std::vector<std::string> checklist_of(const Section& section) {
    std::vector<std::string> out;
    for (const ChecklistAnswer& answer : section.checklist)
        out.push_back((answer.checked ? "[x] " : "[ ] ") + seen(answer.text.text));
    return out;
}

std::vector<const Section*> sections_of(const Document& doc) {
    std::vector<const Section*> out;
    for (const Section& section : doc.sections)
        if (!section.is_preamble())
            out.push_back(&section);
    return out;
}

std::vector<std::string> headings_of(const Document& doc) {
    std::vector<std::string> out;
    for (const Section* section : sections_of(doc))
        out.push_back(section->folded_heading);
    return out;
}

const Section* section_named(const Document& doc, const std::string& folded) {
    for (const Section* section : sections_of(doc))
        if (section->folded_heading == folded)
            return section;
    return nullptr;
}

// Every cell of every table in a section, as seen.
std::vector<std::string> cells_in(const Section& section) {
    std::vector<std::string> out;
    for (const Table& table : section.tables) {
        for (const Located& cell : table.header)
            out.push_back(seen(cell.text));
        for (const TableRow& row : table.rows)
            for (const Located& cell : row.cells)
                out.push_back(seen(cell.text));
    }
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

void check_front_matter(const Document& markdown, const Document& word) {
    // The dialect's keys; a misspelt one is not front matter once written as a table row.
    const std::vector<std::string> keys{
        "document",           "policy",      "child",        "date",   "registered", "cso",
        "significant-issues", "next-review", "next-meeting", "status", "agency",     "marking"};
    for (const FrontMatterEntry& entry : markdown.front_matter.entries) {
        const std::string key = front_matter_key(entry.key);
        if (!contains(keys, key))
            continue;
        INFO("front matter " << key);
        const FrontMatterEntry* read = word.front_matter.find(key);
        CHECK(read != nullptr);
        if (read != nullptr)
            CHECK(seen(read->value.text) == seen(entry.value.text));
    }
}

// Pandoc and a Word user keep the Markdown shapes: everything compares.
void check_same_shapes(const Document& markdown, const Document& word) {
    CHECK(headings_of(word) == headings_of(markdown));
    for (const Section* section : sections_of(markdown)) {
        INFO("section " << section->heading.text);
        const Section* read = section_named(word, section->folded_heading);
        CHECK(read != nullptr);
        if (read == nullptr)
            continue;
        CHECK(fields_of(read->fields) == fields_of(section->fields));
        CHECK(records_of(*read) == records_of(*section));
        CHECK(tables_of(*read) == tables_of(*section));
        CHECK(checklist_of(*read) == checklist_of(*section));
    }
}

// cpdoc's rendering: every section in order (its compliance sections after), every field
// key as a field or in a table of people, every record's title in its table, every table's
// cells in a table.
void check_cpdoc_rendering(const Document& markdown, const Document& word) {
    const std::vector<std::string> source = headings_of(markdown);
    std::vector<std::string> read = headings_of(word);
    std::erase_if(read, [&](const std::string& heading) { return !contains(source, heading); });
    CHECK(read == source);
    for (const Section* section : sections_of(markdown)) {
        INFO("section " << section->heading.text);
        const Section* rendered = section_named(word, section->folded_heading);
        CHECK(rendered != nullptr);
        if (rendered == nullptr)
            continue;
        const std::vector<std::string> cells = cells_in(*rendered);
        for (const Field& field : section->fields) {
            INFO("field " << field.key.text);
            const bool as_field =
                std::any_of(rendered->fields.begin(), rendered->fields.end(),
                            [&](const Field& f) { return f.folded_key == field.folded_key; });
            const Person person = parse_person(listed_people(field.value.text).front());
            CHECK((as_field || contains(cells, seen(person.name))));
        }
        // A checklist is written as `**Yes** — text` items, and read back as answers.
        CHECK(checklist_of(*rendered) == checklist_of(*section));
        for (const Record& record : section->records) {
            INFO("record " << record.title.text);
            CHECK(contains(cells, seen(record.title.text)));
        }
        for (const Table& table : section->tables)
            for (const TableRow& row : table.rows)
                for (const Located& cell : row.cells) {
                    INFO("cell " << cell.text);
                    CHECK(contains(cells, seen(cell.text)));
                }
    }
}

} // namespace

TEST_CASE("docx fixtures: each reads as its Markdown source does") {
    const fs::path fixtures = fs::path(test::source_path("tests/data/docx"));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fixtures))
        if (entry.path().extension() == ".docx")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 14);
    // Without the shared directory the practitioner fixtures have no source and are skipped
    // (shared_dir says so once); the examples' are still compared.
    const auto shared = test::shared_dir();
    int compared = 0;
    for (const fs::path& file : files) {
        const std::string stem = file.stem().stem().string(); // without .pandoc.docx
        const std::string writer = file.stem().extension().string();
        const std::string prefix = stem.substr(0, stem.find("--"));
        const std::string name = stem.substr(stem.find("--") + 2);
        if (prefix != "examples" && !shared)
            continue;
        const fs::path source = prefix == "examples"
                                    ? fs::path(test::source_path("examples")) / (name + ".md")
                                    : *shared / "corpus/practitioner" / (name + ".md");
        if (!fs::exists(source)) {
            WARN("skipped " << file.filename().string() << ": no source at " << source.string());
            continue;
        }
        INFO(file.filename().string());
        const ParseResult markdown = parse_document(test::read_text(source.string()));
        REQUIRE(markdown.document);
        const DocxResult word = read_docx(test::read_text(file.string()));
        if (word.error)
            FAIL(word.error->message);
        REQUIRE(word.document);
        // None of these writers leaves anything that must not circulate.
        CHECK(word.document->word_hazards.empty());
        CHECK(word.document->problems.empty());
        check_front_matter(*markdown.document, *word.document);
        if (writer == ".cpdoc")
            check_cpdoc_rendering(*markdown.document, *word.document);
        else
            check_same_shapes(*markdown.document, *word.document);
        ++compared;
    }
    CHECK(compared >= 14);
}
