// The cpdoc document model: what the dialect grammar produces and what the checker and the
// renderer read. It knows Markdown shapes and dialect values, never policy: a section is a
// heading and its content, not "the contingency plan".
#pragma once

#include "grammar/source_format.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// 1-based line and column (column counts Unicode code points, not bytes).
struct Position {
    int line = 0;
    int column = 0;
    friend bool operator==(const Position&, const Position&) = default;
    friend auto operator<=>(const Position&, const Position&) = default;
};

// Where a continuation line's text starts within a Located's text.
struct LineStart {
    std::size_t offset = 0; // byte offset into the text
    Position pos;
};

// The inline Markdown within a text: **strong**, *emphasis*, `code`; everything else (a
// link's text, an escaped character) is text. Read by grammar/inlines.
struct Inline {
    enum class Kind { text, strong, emph, code };
    Kind kind = Kind::text;
    std::string text;             // text and code
    std::vector<Inline> children; // strong and emph
    friend bool operator==(const Inline&, const Inline&) = default;
};
using Inlines = std::vector<Inline>;

// Text with the place where it starts in the source file. Text continued over several lines
// (a wrapped paragraph or field) is joined with spaces; `continued` keeps where each further
// line starts, so any offset into the text has its place.
struct Located {
    std::string text;
    Position pos;
    std::vector<LineStart> continued = {};
    // The text as inline Markdown, read once by the reader that made it. Empty when the text
    // is plain (it shows as written), as most are: they cost no allocation.
    Inlines inlines = {};

    // The place of the byte at `offset` in the text.
    Position position_at(std::size_t offset) const;
};

struct FrontMatterEntry {
    std::string key; // as written, trimmed
    Located value;   // unquoted, trimmed
    Position pos;    // of the key
};

struct FrontMatter {
    bool present = false;
    Position pos; // of the opening ---
    std::vector<FrontMatterEntry> entries;

    const FrontMatterEntry* find(std::string_view canonical_key) const;
};

// `- Key: value` inside a section or nested under a record.
struct Field {
    Located key;            // the key as written, without the colon or emphasis
    Located value;          // continuation lines joined with a single space
    Position pos;           // of the list item's text
    std::string folded_key; // fold_key(key): how keys are matched (spec section 5)
};

// `- [x] text` / `- [ ] text`.
struct ChecklistAnswer {
    bool checked = false;
    Located text;
};

// A top-level list item that is not a field: its text is the title, nested `Key:` items are
// its fields, nested task items its checklist, other nested items its notes.
struct Record {
    Located title;
    std::vector<Field> fields;
    std::vector<ChecklistAnswer> checklist;
    std::vector<Located> notes;
    // The heading row above it in its table ("Home and school" across an actions table):
    // the group the minute taker put it in; empty text when none.
    Located group = {};
};

struct TableRow {
    std::vector<Located> cells;
    int line = 0;
    // One cell across the whole table ("2026 – Autumn" over a Word chronology's columns): a
    // heading among the rows, no entry or record of its own.
    bool divider = false;
};

struct Table {
    std::vector<Located> header;
    std::vector<TableRow> rows;
    Position pos;
};

// Free text in a section: a paragraph, a sub-heading (`###` and deeper) or a code block.
struct Prose : Located {
    enum class Kind { paragraph, heading, code };
    Kind kind = Kind::paragraph;
};

// `<!-- cpdoc-disable RULE-ID: reason -->`
struct Suppression {
    std::string rule_id;
    std::string reason; // empty when none was given
    Position pos;
};

// `{{ ... }}` anywhere outside comments and code.
struct Placeholder {
    std::string text; // including the braces
    Position pos;
};

struct Section {
    Located heading;            // empty text for the preamble (content before the first `##`)
    std::string folded_heading; // heading_key(heading): how sections are matched (spec section 4)
    int level = 2;              // 2 for `##` sections, 0 for the preamble
    int end_line = 0;           // last line that belongs to the section
    std::vector<Field> fields;
    std::vector<Record> records;
    std::vector<ChecklistAnswer> checklist;
    std::vector<Table> tables;
    std::vector<Prose> prose; // paragraphs, sub-headings and code, each one entry
    std::vector<Suppression> suppressions;

    bool is_preamble() const { return level == 0; }
    bool empty() const;
};

// Problems the grammar itself finds: they become PARSE-ERROR findings.
struct ParseProblem {
    Position pos;
    std::string message;
};

// Something in a Word document that must not circulate and is never read as content:
// unaccepted tracked changes, comments, hidden text, embedded files or OLE objects. `what`
// describes it by kind only ("a tracked deletion"), never by the text it holds.
struct WordHazard {
    enum class Kind { tracked_change, comment, hidden_text, embedded };
    Kind kind = Kind::tracked_change;
    Position pos;
    std::string what;
    std::string advice = {}; // what to do, when not the kind's own advice
};

// An element of the Word document's main part a place is made of, for a writer to find it
// again (to anchor a comment): its index among all the part's elements in document order,
// and the column its text starts at on the place's line.
struct WordElement {
    int index = 0;
    int column = 1;
    friend bool operator==(const WordElement&, const WordElement&) = default;
};

// A Word document has no lines: each paragraph and table row is given a line of its own, in
// order, and this says where that line is for a reader of the document in Word.
struct WordPlace {
    int line = 0;
    std::string section; // the section's heading, empty before the first
    std::string where;   // "paragraph 4" (numbered within the section), "table 2, row 3"
    std::string snippet; // the first words of the text, to find it with Find
    // The paragraph (w:p), or each cell (w:tc) of a table row; none for document properties.
    std::vector<WordElement> elements = {};
};

struct Document {
    FrontMatter front_matter;
    std::optional<Located> title;
    std::vector<Section> sections; // sections[0] is always the preamble
    std::vector<Placeholder> placeholders;
    std::vector<ParseProblem> problems;
    int line_count = 0;
    // Read from Word (.docx): where each synthetic line is, and what must not circulate.
    SourceFormat source_format = SourceFormat::markdown;
    std::vector<WordHazard> word_hazards;
    std::vector<WordPlace> word_places; // in line order

    const Section& preamble() const { return sections.front(); }
    // The place of a line of a Word document: the last place at or before it; nullptr for
    // a Markdown document or a line before the first place.
    const WordPlace* place_for_line(int line) const;
};

} // namespace cpdoc
