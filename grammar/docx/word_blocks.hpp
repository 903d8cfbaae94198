// A Word document's body as the text a reader sees, before it is given the dialect's meaning:
// paragraphs with what their styles say, and tables of cells. The body reader makes these
// from the XML; the model builder makes a Document of them.
#pragma once

#include "grammar/model.hpp"
#include "word_styles.hpp"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cpdoc::docx {

// A hazard before it has a place: its kind and how it is described.
struct Hazard {
    WordHazard::Kind kind;
    std::string what;
    std::string advice = {}; // WordHazard::advice
};

struct WordParagraph {
    int element = 0;                  // the w:p's index among the part's elements
    std::string text;                 // visible text, every change accepted
    std::optional<int> outline_level; // 0..8 for a heading
    bool title = false;               // the Title style
    bool bold = false;                // every visible letter bold
    std::string bold_lead;            // the text of the bold runs it starts with
    std::optional<ListLevel> list;    // a list item
    ListPlacement placement;          // how far it is indented, as a list reads
    std::optional<bool> checkbox;     // a checkbox content control it starts with
    // Where each line after a line break (Shift+Enter) starts in `text`, the break itself a
    // space there: "Find a childminder↵Owner: Tom Price↵Due: 18/12/2026" is a title and two
    // fields, as the lines of a list item are in the dialect.
    std::vector<std::size_t> line_starts;
    std::vector<Hazard> hazards;
};

struct WordCell {
    std::string text; // the cell's paragraphs and line breaks joined with "; "
    bool bold = false;
    std::optional<int> element; // the w:tc's index among the part's elements; none for the
                                // grid columns a merged cell spans
};

struct WordRow {
    std::vector<WordCell> cells; // one per grid column: a merged cell's text once, then empty
    bool header = false;         // marked as a header row that repeats on each page
    bool deleted = false;        // a tracked deletion: no cells, only its hazards
    std::vector<Hazard> hazards;
};

struct WordTable {
    std::vector<WordRow> rows;
};

using WordBlock = std::variant<WordParagraph, WordTable>;

struct WordBody {
    std::vector<WordBlock> blocks;
    std::vector<Hazard> trailing_hazards; // found after the last block
    // The w:id of each footnote and endnote the visible text refers to, in order of first
    // reference: Word numbers the notes so.
    std::vector<std::string> footnote_references;
    std::vector<std::string> endnote_references;
    // Each section's headers and footers (w:headerReference, w:footerReference), in the order
    // of the sections: which Word shows it on ("default", "first", "even") and the
    // relationship id naming its part.
    struct StoryReference {
        std::string type;
        std::string relationship_id;
    };
    std::vector<StoryReference> header_footer_references;
};

// Text outside the body: a page header or footer, a footnote or an endnote, or the glossary's
// building blocks (Quick Parts, AutoText). Never content (docs/word.md); read only for what
// must not circulate.
struct WordStory {
    enum class Kind { header, footer, footnote, endnote, glossary };
    Kind kind = Kind::header;
    std::string id;                            // a note's w:id
    std::vector<std::string> relationship_ids; // a header's or footer's
    WordBody body;
    bool in_glossary = false; // the glossary's own header, footer or note
};

struct WordProperties {
    std::vector<std::pair<std::string, std::string>> custom; // name, value as text
    std::string title;                                       // core property dc:title
};

// All a Word package holds that cpdoc reads, before it is given the dialect's meaning.
struct WordContent {
    WordBody body;
    WordProperties properties;
    std::vector<WordStory> stories;               // in the order the package relates them
    bool has_embedded_parts = false;              // oleObject or package relationships
    bool has_comments_part = false;               // a comments part holding any comment
    std::vector<std::string> fetched_when_opened; // PackageParts::fetched_when_opened
    std::vector<std::string> shown_otherwise;     // shown_otherwise() of each part
};

} // namespace cpdoc::docx
