// The shapes a single line (or a list item's text) can take in the dialect. Each function
// looks at one line and says what it is; the block parser decides what it means in context.
// Offsets are byte offsets into the string given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::syntax {

// Leading indentation in columns, tabs to the next multiple of 4, and its length in bytes.
struct Indent {
    int columns = 0;
    std::size_t bytes = 0;
};
Indent indent_of(std::string_view line);

bool is_blank(std::string_view line);

struct AtxHeading {
    int level = 0;
    std::size_t text_offset = 0;
    std::string_view text; // without the closing #s
};
std::optional<AtxHeading> atx_heading(std::string_view line);

// `##Actions`: hashes and a word with no space between, which Markdown reads as text.
bool unspaced_heading(std::string_view line);

// A setext underline: `===` (level 1) or `---` (level 2), up to three spaces of indent.
std::optional<int> setext_underline(std::string_view line);

// `***`, `---`, `___` and their spaced forms.
bool thematic_break(std::string_view line);

struct ListMarker {
    int indent = 0;              // columns before the marker
    int content_column = 0;      // columns before the item's text
    std::size_t text_offset = 0; // bytes before the item's text
    bool ordered = false;        // `1.` or `1)` rather than `-`, `*`, `+`
    long number = 0;             // an ordered item's number
    bool word_processor = false; // `•` and kin: not Markdown, read as `-`
};
std::optional<ListMarker> list_marker(std::string_view line);

struct TaskPrefix {
    bool checked = false;
    std::size_t text_offset = 0;
};
std::optional<TaskPrefix> task_prefix(std::string_view item_text);

// `Key: value` at the start of an item's text, the key optionally emphasised with `**`, `__`,
// `*` or `_`, around the key (`**Key**:`) or the key and colon (`**Key:**`). A value may
// follow the colon without a space when it starts with a letter or digit (`Owner:Alison`).
struct FieldKey {
    std::string_view key;
    std::size_t key_offset = 0;
    std::size_t value_offset = 0;
};
std::optional<FieldKey> field_key(std::string_view item_text);

// Opening or closing code fence: ``` or ~~~ (three or more), up to three spaces of indent.
struct Fence {
    char marker = '`';
    std::size_t length = 0;
};
std::optional<Fence> code_fence(std::string_view line);
bool closes_fence(std::string_view line, const Fence& open);

// `<!-- cpdoc-disable RULE-ID: reason -->` alone on a line. The reason may follow a dash
// instead of the colon, or just a space; the rule id is read in upper case.
struct SuppressionComment {
    std::string rule_id;
    std::string reason;
};
std::optional<SuppressionComment> suppression_comment(std::string_view line);

struct Cell {
    std::string_view text; // trimmed
    std::size_t offset = 0;
};
// Splits a pipe-table row into cells as GFM does: leading and trailing pipes are optional,
// `\|` is a literal pipe, and every other pipe splits, inside `code` spans too.
std::vector<Cell> table_cells(std::string_view line);
bool table_delimiter_row(std::string_view line);

// `key: value` in front matter.
struct FrontMatterLine {
    std::string_view key;
    std::size_t value_offset = 0;
    std::string_view value;
};
std::optional<FrontMatterLine> front_matter_line(std::string_view line);

struct PlaceholderSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
};
std::vector<PlaceholderSpan> placeholders_in(std::string_view line);

} // namespace cpdoc::syntax
