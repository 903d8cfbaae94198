// The dialect writer: what it writes reads back as the same model (a grammar-layer test: it
// links only cpdoc_grammar).
#include "grammar/dialect_writer.hpp"
#include "layer_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

namespace cpdoc {
namespace {

// Everything a reader of the model sees, positions left out.
std::string content(const Document& document) {
    std::ostringstream out;
    for (const FrontMatterEntry& entry : document.front_matter.entries)
        out << "front " << entry.key << '=' << entry.value.text << '\n';
    if (document.title)
        out << "title " << document.title->text << '\n';
    for (const Section& section : document.sections) {
        out << "section " << section.heading.text << '\n';
        for (const Field& field : section.fields)
            out << " field " << field.key.text << '=' << field.value.text << '\n';
        for (const Record& record : section.records) {
            out << " record " << record.title.text << '\n';
            for (const Field& field : record.fields)
                out << "  field " << field.key.text << '=' << field.value.text << '\n';
            for (const ChecklistAnswer& answer : record.checklist)
                out << "  task " << answer.checked << answer.text.text << '\n';
            for (const Located& note : record.notes)
                out << "  note " << note.text << '\n';
        }
        for (const ChecklistAnswer& answer : section.checklist)
            out << " task " << answer.checked << answer.text.text << '\n';
        for (const Table& table : section.tables) {
            out << " table";
            for (const Located& cell : table.header)
                out << " | " << cell.text;
            out << '\n';
            for (const TableRow& row : table.rows) {
                out << "  row";
                for (const Located& cell : row.cells)
                    out << " | " << cell.text;
                out << '\n';
            }
        }
        for (const Prose& prose : section.prose)
            out << " prose " << static_cast<int>(prose.kind) << ' ' << prose.text << '\n';
        for (const Suppression& suppression : section.suppressions)
            out << " suppress " << suppression.rule_id << ": " << suppression.reason << '\n';
    }
    for (const ParseProblem& problem : document.problems)
        out << "problem " << problem.message << '\n';
    return out.str();
}

void round_trips(const std::filesystem::path& file) {
    INFO(file.string());
    const Document original = test::parse(test::read_text(file.string()));
    const std::string written = write_dialect(original);
    INFO(written);
    CHECK(content(test::parse(written)) == content(original));
}

} // namespace

TEST_CASE("every example reads back the same after the dialect writer writes it") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("examples")))
        if (entry.path().extension() == ".md" && entry.path().filename() != "README.md") {
            round_trips(entry.path());
            ++files;
        }
    CHECK(files >= 7);
}

TEST_CASE("every practitioner document reads back the same after the dialect writer writes it") {
    const auto shared = test::shared_dir();
    if (!shared)
        return;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(*shared / "corpus/practitioner"))
        if (entry.path().extension() == ".md" && entry.path().filename() != "README.md") {
            round_trips(entry.path());
            ++files;
        }
    CHECK(files >= 19);
}

TEST_CASE("text that would start a block or split a cell is escaped, in one place") {
    CHECK(dialect_line("# not a heading") == "\\# not a heading");
    CHECK(dialect_line("- not an item") == "\\- not an item");
    CHECK(dialect_line("2026. A year") == "2026\\. A year");
    CHECK(dialect_line("2026.5 per cent") == "2026.5 per cent");
    CHECK(dialect_line("two\nlines") == "two lines");
    CHECK(dialect_cell("Police | Health") == "Police \\| Health");
    CHECK(dialect_cell("already \\| escaped") == "already \\| escaped");

    DialectWriter out;
    out.front_matter_entry("document", "chronology");
    out.section("Chronology");
    out.table({"Date", "Type", "Event", "Source"},
              {{"2026-11-02", "visit", "Seen with Police | Health", "SW"}});
    out.paragraph("# Not a heading");
    const Document read = test::parse(out.str());
    REQUIRE(read.sections.size() == 2);
    const Section& section = read.sections[1];
    REQUIRE(section.tables.size() == 1);
    REQUIRE(section.tables[0].rows.size() == 1);
    CHECK(section.tables[0].rows[0].cells.size() == 4);
    CHECK(section.tables[0].rows[0].cells[2].text == "Seen with Police \\| Health");
    REQUIRE(section.prose.size() == 1);
    CHECK(section.prose[0].kind == Prose::Kind::paragraph);
}

} // namespace cpdoc

namespace cpdoc {

TEST_CASE("an item's and a paragraph's lines are written as their continuation lines") {
    const Document original = test::parse("---\ndocument: core-group-minutes\n---\n## Actions\n"
                                          "- Find a childminder for nights\n  Owner: Tom Price\n\n"
                                          "Said on one line,\nthen another.\n");
    const std::string written = write_dialect(original);
    CHECK_THAT(written, Catch::Contains("- Find a childminder for nights\n  Owner: Tom Price\n") &&
                            Catch::Contains("Said on one line,\nthen another.\n"));
    const Document read = test::parse(written);
    CHECK(content(read) == content(original));
    REQUIRE(read.sections.size() == 2);
    REQUIRE(read.sections[1].records.size() == 1);
    CHECK(read.sections[1].records[0].title.continued.size() ==
          original.sections[1].records[0].title.continued.size());
    // Each line escaped, so that none starts a block; blank lines, which would end the item,
    // left out.
    DialectWriter out;
    out.item("Find a childminder\n# not a heading\n\n- not an item");
    CHECK(out.str() == "- Find a childminder\n  \\# not a heading\n  \\- not an item\n");
}

} // namespace cpdoc
