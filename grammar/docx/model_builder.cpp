#include "model_builder.hpp"

#include "front_matter_labels.hpp"
#include "grammar/folding.hpp"
#include "grammar/inlines.hpp"
#include "grammar/line_syntax.hpp"
#include "grammar/open_list.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/reader_state.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cpdoc::docx {
namespace {

constexpr std::size_t snippet_words = 8;
constexpr int bold_heading_max_points = 60;
constexpr std::size_t bold_heading_max_words = 8;
constexpr std::string_view glossary_name = "glossary (building blocks)";

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word)
            ++words;
        in_word = !space;
    }
    return words;
}

std::string snippet(std::string_view text) {
    std::string out;
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !in_word && ++words > snippet_words)
            return out + "\u2026";
        if (space) {
            if (in_word)
                out += ' ';
        } else {
            out += c;
        }
        in_word = !space;
    }
    return std::string(trim(out));
}

std::string without_trailing_colon(std::string_view text) {
    text = trim(text);
    while (!text.empty() && text.back() == ':')
        text = trim(text.substr(0, text.size() - 1));
    return std::string(text);
}

// What each paragraph is, decided before the body is walked: headings need the whole
// document's heading levels, and bold headings the document's kind.
enum class Role { body, title, section, sub_heading };

class Builder : ReaderState {
public:
    Builder(const WordContent& content, const DocxOptions& options, BoldHeadingQuestions& asked)
        : content_(content), body_(content.body), properties_(content.properties),
          options_(options), asked_(asked), list_(options.limits.max_nesting) {
        doc_.source_format = SourceFormat::docx;
        doc_.sections.emplace_back();
        doc_.sections.back().level = 0;
    }

    std::optional<Document> run(SourceError& error) {
        for (const WordBlock& block : body_.blocks)
            if (const auto* paragraph = std::get_if<WordParagraph>(&block))
                if (paragraph->text.size() > options_.limits.max_line_bytes) {
                    error = {0, "a paragraph of the Word document is longer than the limit of " +
                                    std::to_string(options_.limits.max_line_bytes) +
                                    " bytes for a line"};
                    return std::nullopt;
                }
        decide_roles();
        for (std::size_t i = 0; i < body_.blocks.size() && !stopped_; ++i) {
            if (const auto* paragraph = std::get_if<WordParagraph>(&body_.blocks[i]))
                read_paragraph(*paragraph, roles_[i]);
            else
                read_table(std::get<WordTable>(body_.blocks[i]));
        }
        close_list();
        const int last = line_ - 1;
        for (const Hazard& hazard : body_.trailing_hazards)
            add_hazard(hazard, std::max(last, 1));
        section().end_line = last;
        add_story_hazards();
        add_unanchored_hazards();
        doc_.line_count = line_ - 1;
        add_properties();
        // Word text is read as the dialect's inline Markdown, as `cpdoc import` writes it
        // out (docs/word.md): the same document renders alike from .docx and imported .md.
        read_inlines(doc_);
        return std::move(doc_);
    }

private:
    const WordContent& content_;
    const WordBody& body_;
    const WordProperties& properties_;
    const DocxOptions& options_;
    BoldHeadingQuestions& asked_;
    std::vector<Role> roles_;
    std::string kind_;
    int line_ = 1;
    int paragraphs_in_section_ = 0;
    int tables_in_section_ = 0;
    bool before_first_section_ = true;
    std::size_t list_items_ = 0;
    std::size_t table_rows_ = 0;
    // The list being read, each open item with its paragraph, and the numbering of its last
    // item (a list may go on after a table on the same numbering).
    struct OpenItem {
        const WordParagraph* paragraph;
        RawItem* item;
    };
    OpenList<OpenItem> list_;
    std::string list_id_;

    Section& section() { return doc_.sections.back(); }

    // ---- roles -------------------------------------------------------------------------

    // The kind the details give, read before the second heading (the first may be the title).
    std::string kind_before_headings() const {
        int headings = 0;
        for (const WordBlock& block : body_.blocks) {
            if (const auto* paragraph = std::get_if<WordParagraph>(&block)) {
                if (paragraph->outline_level && !paragraph->title && ++headings == 2)
                    break;
                if (const auto key = syntax::field_key(paragraph->text))
                    if (front_matter_key_for(key->key) == "document")
                        return front_matter_value("document",
                                                  paragraph->text.substr(key->value_offset));
            } else {
                for (const WordRow& row : std::get<WordTable>(block).rows)
                    for (std::size_t c = 0; c + 1 < row.cells.size() && c <= 2; c += 2)
                        if (front_matter_key_for(row.cells[c].text) == "document")
                            return front_matter_value("document", row.cells[c + 1].text);
            }
        }
        for (const auto& [name, value] : properties_.custom)
            if (front_matter_key_for(name) == "document")
                return front_matter_value("document", value);
        return "";
    }

    bool is_bold_heading(const WordParagraph& paragraph) const {
        if (!paragraph.bold || paragraph.list || paragraph.checkbox ||
            !options_.names_known_section)
            return false;
        const std::string text = without_trailing_colon(paragraph.text);
        if (text.empty() || code_points(text) > bold_heading_max_points ||
            word_count(text) > bold_heading_max_words)
            return false;
        asked_.paragraphs.push_back(text);
        return options_.names_known_section(kind_, text);
    }

    std::size_t first_table_or_list() const {
        for (std::size_t i = 0; i < body_.blocks.size(); ++i) {
            const auto* paragraph = std::get_if<WordParagraph>(&body_.blocks[i]);
            if (paragraph == nullptr || paragraph->list || paragraph->checkbox)
                return i;
        }
        return body_.blocks.size();
    }

    std::size_t first_block_with_text() const {
        for (std::size_t i = 0; i < body_.blocks.size(); ++i) {
            const auto* paragraph = std::get_if<WordParagraph>(&body_.blocks[i]);
            if (paragraph == nullptr || !paragraph->text.empty())
                return i;
        }
        return body_.blocks.size();
    }

    // Whether the blocks between two give the details: a details table or a `Label: value`
    // paragraph naming a front-matter key.
    bool details_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from + 1; i < to; ++i) {
            if (const auto* table = std::get_if<WordTable>(&body_.blocks[i])) {
                if (is_details_table(*table))
                    return true;
            } else if (const auto key =
                           syntax::field_key(std::get<WordParagraph>(body_.blocks[i]).text)) {
                if (front_matter_key_for(key->key))
                    return true;
            }
        }
        return false;
    }

    void decide_roles() {
        kind_ = kind_before_headings();
        asked_ = {kind_, {}};
        const std::size_t n = body_.blocks.size();
        roles_.assign(n, Role::body);
        std::optional<std::size_t> title;
        std::vector<std::size_t> headings;
        for (std::size_t i = 0; i < n; ++i) {
            const auto* paragraph = std::get_if<WordParagraph>(&body_.blocks[i]);
            if (paragraph == nullptr || paragraph->text.empty())
                continue;
            if (paragraph->title && !title)
                title = i;
            else if (paragraph->outline_level && !paragraph->title)
                headings.push_back(i);
        }
        auto level = [&](std::size_t i) {
            return *std::get<WordParagraph>(body_.blocks[i]).outline_level;
        };
        std::map<int, int> count;
        for (const std::size_t i : headings)
            ++count[level(i)];
        std::vector<std::size_t> bold_headings;
        for (std::size_t i = 0; i < n; ++i)
            if (const auto* paragraph = std::get_if<WordParagraph>(&body_.blocks[i]))
                if (!paragraph->outline_level && !paragraph->title && is_bold_heading(*paragraph))
                    bold_headings.push_back(i);
        // A single heading above all others, standing first, is the title; so is a lone
        // Heading 1 above the document's tables and lists, as a lone `# ` heading is in
        // Markdown (under a details table, it is the one section).
        if (!title && !headings.empty()) {
            const int top = count.begin()->first;
            if (count.begin()->second == 1 && level(headings.front()) == top &&
                ((top == 0 && headings.front() < first_table_or_list()) || count.size() > 1 ||
                 (!bold_headings.empty() && bold_headings.front() > headings.front()))) {
                title = headings.front();
                headings.erase(headings.begin());
                if (--count[top] == 0)
                    count.erase(top);
            }
        }
        // A first heading standing over the details, sections after them at its level, is the
        // title too: "Core group minutes" and the sections all Heading 1.
        if (!title && headings.size() >= 2 && first_block_with_text() == headings[0] &&
            details_between(headings[0], headings[1])) {
            title = headings.front();
            headings.erase(headings.begin());
            if (--count[level(*title)] == 0)
                count.erase(level(*title));
        }
        if (title)
            roles_[*title] = Role::title;
        // The outermost level that repeats starts sections; with none repeating, the outermost.
        int section_level = count.empty() ? 0 : count.begin()->first;
        for (const auto& [at, times] : count)
            if (times >= 2) {
                section_level = at;
                break;
            }
        for (const std::size_t i : headings)
            roles_[i] = level(i) <= section_level ? Role::section : Role::sub_heading;
        for (const std::size_t i : bold_headings)
            if (roles_[i] == Role::body)
                roles_[i] = Role::section;
    }

    // ---- places ------------------------------------------------------------------------

    int take_line(std::string where, std::string_view text, std::vector<WordElement> elements) {
        const int line = line_++;
        doc_.word_places.push_back({line, before_first_section_ ? "" : section().heading.text,
                                    std::move(where), snippet(text), std::move(elements)});
        return line;
    }

    static std::vector<WordElement> paragraph_element(const WordParagraph& paragraph) {
        return {{paragraph.element, 1}};
    }

    // The paragraph's text, or it after a prefix ("[x] "), at this line, its line breaks
    // read as the continuation lines of a dialect paragraph or list item.
    static Located located_lines(const WordParagraph& paragraph, std::string text, int line) {
        Located located{std::move(text), {line, 1}};
        if (!std::string_view(located.text).ends_with(paragraph.text))
            return located;
        const std::size_t shift = located.text.size() - paragraph.text.size();
        for (const std::size_t start : paragraph.line_starts)
            located.continued.push_back(
                {start + shift,
                 {line, 1 + code_points(std::string_view(located.text).substr(0, start + shift))}});
        return located;
    }

    void add_hazard(const Hazard& hazard, int line) {
        for (const WordHazard& known : doc_.word_hazards)
            if (known.pos.line == line && known.kind == hazard.kind && known.what == hazard.what)
                return;
        doc_.word_hazards.push_back({hazard.kind, {line, 1}, hazard.what, hazard.advice});
    }

    void scan_placeholders(std::string_view text, Position start) {
        for (const auto& span : syntax::placeholders_in(text))
            doc_.placeholders.push_back(
                {std::string(text.substr(span.offset, span.length)),
                 {start.line, start.column + code_points(text.substr(0, span.offset))}});
    }

    // ---- paragraphs --------------------------------------------------------------------

    void read_paragraph(const WordParagraph& paragraph, Role role) {
        if (paragraph.text.empty() && paragraph.hazards.empty() && !paragraph.checkbox)
            return; // an empty paragraph is spacing, as a blank line is
        int line = 0;
        switch (role) {
        case Role::title:
            close_list();
            line = take_line("title", paragraph.text, paragraph_element(paragraph));
            doc_.title = Located{paragraph.text, {line, 1}};
            break;
        case Role::section:
            close_list();
            start_section(paragraph);
            line = section().heading.pos.line;
            break;
        case Role::sub_heading:
            close_list();
            line = take_line(next_paragraph(), paragraph.text, paragraph_element(paragraph));
            section().prose.push_back({Located{paragraph.text, {line, 1}}, Prose::Kind::heading});
            break;
        case Role::body:
            line = read_body_paragraph(paragraph);
            break;
        }
        if (line == 0)
            return;
        scan_placeholders(paragraph.text, {line, 1});
        for (const Hazard& hazard : paragraph.hazards)
            add_hazard(hazard, line);
    }

    std::string next_paragraph() { return "paragraph " + std::to_string(++paragraphs_in_section_); }

    void start_section(const WordParagraph& paragraph) {
        const std::string& heading = paragraph.text;
        const int line = line_;
        section().end_line = line - 1;
        Section next;
        next.heading = {heading, {line, 1}};
        next.folded_heading = heading_key(heading);
        next.level = 2;
        doc_.sections.push_back(std::move(next));
        before_first_section_ = false;
        paragraphs_in_section_ = 0;
        tables_in_section_ = 0;
        take_line("heading", heading, paragraph_element(paragraph));
    }

    // A list item's text, with a checkbox read as the dialect's task prefix; cpdoc's own
    // rendering of an answer ("**Yes** — text") read back as one.
    static std::optional<std::string> item_text(const WordParagraph& paragraph) {
        std::optional<bool> checked = paragraph.checkbox;
        std::string text = paragraph.text;
        if (!checked && paragraph.list &&
            (paragraph.bold_lead == "Yes" || paragraph.bold_lead == "No")) {
            const std::string lead = paragraph.bold_lead + " \u2014 ";
            if (text.starts_with(lead)) {
                checked = paragraph.bold_lead == "Yes";
                text = text.substr(lead.size());
            }
        }
        if (checked)
            return (*checked ? "[x] " : "[ ] ") + text;
        if (paragraph.list)
            return text;
        return std::nullopt;
    }

    // Whether a paragraph stands under an open item as a reader sees it: deeper on the same
    // numbering; else indented further (Word's "List Bullet 2" is level 0 of a numbering of
    // its own, indented further); else a deeper built-in list style.
    static bool nested_under(const WordParagraph& paragraph, const WordParagraph& open) {
        if (paragraph.list && open.list && paragraph.list->list == open.list->list)
            return paragraph.list->level > open.list->level;
        if (paragraph.placement.indent && open.placement.indent)
            return *paragraph.placement.indent > *open.placement.indent;
        auto level = [](const WordParagraph& item) {
            return item.placement.style_level.value_or(item.list ? item.list->level : 0);
        };
        return level(paragraph) > level(open);
    }

    int read_body_paragraph(const WordParagraph& paragraph) {
        auto item = item_text(paragraph);
        // A paragraph without a bullet indented under an open item ("Owner: …" typed in
        // List Continue 2 under an objective) is a sub-item, as it reads.
        if (!item && list_.is_open() && !paragraph.text.empty() &&
            nested_under(paragraph, *list_.chain().front().paragraph))
            item = paragraph.text;
        if (item) {
            const int line =
                take_line(next_paragraph(), paragraph.text, paragraph_element(paragraph));
            if (within_limit(list_items_, options_.limits.max_list_items, {line, 1}, "list items",
                             "--max-list-items"))
                add_item(paragraph, *item, line);
            return line;
        }
        if (paragraph.text.empty()) {
            // Nothing visible: only a hazard (hidden text, a deletion) gives it a place.
            return take_line(next_paragraph(), "", paragraph_element(paragraph));
        }
        close_list();
        const int line = take_line(next_paragraph(), paragraph.text, paragraph_element(paragraph));
        const Located text = located_lines(paragraph, paragraph.text, line);
        if (auto field = as_field(text)) {
            if (before_first_section_)
                if (const auto key = front_matter_key_for(field->key.text)) {
                    add_front_matter(*key, field->value.text, field->pos, field->value.pos);
                    return line;
                }
            section().fields.push_back(std::move(*field));
            return line;
        }
        section().prose.push_back({text, Prose::Kind::paragraph});
        return line;
    }

    void add_front_matter(const std::string& key, std::string_view value, Position key_pos,
                          Position value_pos) {
        FrontMatter& fm = doc_.front_matter;
        if (!fm.present) {
            fm.present = true;
            fm.pos = key_pos;
        }
        fm.entries.push_back({key, Located{front_matter_value(key, value), value_pos}, key_pos});
    }

    // ---- lists -------------------------------------------------------------------------

    void add_item(const WordParagraph& paragraph, const std::string& text, int line) {
        const std::string id = paragraph.list ? paragraph.list->list : list_id_;
        RawItem item;
        item.text = located_lines(paragraph, text, line);
        item.ordered = paragraph.list && paragraph.list->ordered;
        std::vector<OpenItem>& chain = list_.chain();
        while (!chain.empty() && !nested_under(paragraph, *chain.back().paragraph))
            chain.pop_back();
        if (auto too_deep = list_.add(std::move(item), section(), [&](RawItem& added) {
                return OpenItem{&paragraph, &added};
            }))
            problem({line, 1}, *too_deep);
        list_id_ = id;
    }

    void close_list() { list_.close(section()); }

    // ---- tables ------------------------------------------------------------------------

    // A label/value table: two columns, no header row, and every label bold or ending with
    // a colon, as cpdoc writes fields and a details table is typed.
    static bool is_label_value(const WordTable& table) {
        bool any = false;
        for (const WordRow& row : table.rows) {
            if (row.header)
                return false;
            std::size_t used = 0;
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                if (!row.cells[c].text.empty())
                    used = c + 1;
            if (used > 2)
                return false;
            if (row.cells.empty() || row.cells[0].text.empty())
                continue;
            const WordCell& label = row.cells[0];
            if (!label.bold && !std::string_view(label.text).ends_with(':'))
                return false;
            any = true;
        }
        return any;
    }

    static std::size_t columns_used(const WordTable& table) {
        std::size_t used = 0;
        for (const WordRow& row : table.rows)
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                if (!row.cells[c].text.empty())
                    used = std::max(used, c + 1);
        return used;
    }

    // The columns of a details table that hold labels: the first, and the third of a table
    // laid out label | value | label | value.
    static std::vector<std::size_t> label_columns(const WordTable& table) {
        if (columns_used(table) == 4)
            return {0, 2};
        return {0};
    }

    // The details table (spec section 9), before the first section: a label/value table with
    // a label naming a front-matter key; or, however its labels are shaded, a table of two or
    // four columns whose labels are mostly front-matter keys.
    static bool is_details_table(const WordTable& table) {
        std::size_t labels = 0, keys = 0;
        for (const WordRow& row : table.rows)
            for (const std::size_t c : label_columns(table))
                if (c < row.cells.size() && !row.cells[c].text.empty()) {
                    ++labels;
                    if (front_matter_key_for(row.cells[c].text))
                        ++keys;
                }
        if (is_label_value(table))
            return keys > 0;
        const std::size_t used = columns_used(table);
        return (used == 2 || used == 4) && keys >= 2 && 2 * keys >= labels;
    }

    void read_table(const WordTable& table) {
        if (table.rows.empty())
            return;
        // A list goes on after a table when its next item is on the same list.
        if (list_.is_open() && !continues_list_after(table))
            close_list();
        ++tables_in_section_;
        if (before_first_section_ && is_details_table(table))
            read_details_table(table);
        else if (is_label_value(table))
            read_label_value_table(table);
        else
            read_grid_table(table);
    }

    bool continues_list_after(const WordTable& table) const {
        bool after = false;
        for (const WordBlock& block : body_.blocks) {
            if (after) {
                const auto* paragraph = std::get_if<WordParagraph>(&block);
                if (paragraph == nullptr)
                    return false;
                if (paragraph->text.empty() && !paragraph->checkbox)
                    continue;
                return paragraph->list && paragraph->list->list == list_id_;
            }
            after = std::get_if<WordTable>(&block) == &table;
        }
        return false;
    }

    std::string row_place(std::size_t row) const {
        return "table " + std::to_string(tables_in_section_) + ", row " + std::to_string(row + 1);
    }

    static std::string row_text(const WordRow& row) {
        std::string text;
        for (const WordCell& cell : row.cells)
            if (!cell.text.empty())
                text += (text.empty() ? "" : " ") + cell.text;
        return text;
    }

    // Each cell with the column its text starts at: as located_cells places a grid row's
    // cells, or a label/value row's label and value.
    static std::vector<WordElement> row_elements(const WordRow& row, bool label_value) {
        std::vector<WordElement> elements;
        int column = 3;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (label_value && c == 1)
                column = 6 + code_points(row.cells[0].text);
            if (row.cells[c].element)
                elements.push_back({*row.cells[c].element, column});
            if (!label_value)
                column += code_points(row.cells[c].text) + 3;
        }
        return elements;
    }

    // Gives the row its line and its hazards; false when reading stops there. A tracked
    // deletion has a place and nothing more.
    bool take_row(const WordRow& row, std::size_t index, int& line, bool label_value) {
        line = take_line(row_place(index) + (row.deleted ? " (a deleted row)" : ""), row_text(row),
                         row_elements(row, label_value));
        for (const Hazard& hazard : row.hazards)
            add_hazard(hazard, line);
        return within_limit(table_rows_, options_.limits.max_table_rows, {line, 1}, "table rows",
                            "--max-table-rows");
    }

    void add_field(std::string label, std::string value, Position key_pos, Position value_pos) {
        Field field;
        field.folded_key = fold_key(label);
        field.key = {std::move(label), key_pos};
        field.value = {std::move(value), value_pos};
        field.pos = key_pos;
        section().fields.push_back(std::move(field));
    }

    // A row whose first cell is merged across the rest: the reader gives the grid columns it
    // spans no element of their own.
    static bool one_cell_across(const WordRow& row) {
        return !row.cells.empty() && row.cells[0].element &&
               std::none_of(row.cells.begin() + 1, row.cells.end(),
                            [](const WordCell& cell) { return cell.element; });
    }

    void read_label_value_table(const WordTable& table) {
        for (std::size_t r = 0; r < table.rows.size() && !stopped_; ++r) {
            const WordRow& row = table.rows[r];
            int line = 0;
            if (!take_row(row, r, line, true))
                return;
            if (row.deleted)
                continue;
            if (row.cells.empty() || row.cells[0].text.empty())
                continue;
            // "Objective 1" merged across the table above its rows: a heading, not a field
            // with nothing in it.
            if (row.cells.size() > 1 && one_cell_across(row)) {
                section().prose.push_back(
                    {Located{row.cells[0].text, {line, 1}}, Prose::Kind::heading});
                continue;
            }
            const std::string label = without_trailing_colon(row.cells[0].text);
            const std::string value = row.cells.size() > 1 ? row.cells[1].text : "";
            const Position key_pos{line, 3};
            const Position value_pos{line, 6 + code_points(row.cells[0].text)};
            scan_placeholders(label, key_pos);
            scan_placeholders(value, value_pos);
            add_field(label, value, key_pos, value_pos);
        }
    }

    // Each label and value of the details table is front matter. A label that names no key
    // is front matter too, as an unknown key is in Markdown (a warning with the nearest key),
    // so that a detail the reader cannot place never vanishes; a caption spanning the row is
    // not a detail.
    void read_details_table(const WordTable& table) {
        const std::vector<std::size_t> labels = label_columns(table);
        for (std::size_t r = 0; r < table.rows.size() && !stopped_; ++r) {
            const WordRow& row = table.rows[r];
            int line = 0;
            if (!take_row(row, r, line, labels.size() == 1))
                return;
            if (row.deleted)
                continue;
            const std::vector<Located> cells = located_cells(row, labels.size() * 2, line);
            for (const std::size_t c : labels) {
                const std::string label = without_trailing_colon(cells[c].text);
                if (label.empty())
                    continue;
                const bool caption = c + 1 >= row.cells.size() || !row.cells[c + 1].element;
                if (const auto key = front_matter_key_for(label))
                    add_front_matter(*key, cells[c + 1].text, cells[c].pos, cells[c + 1].pos);
                else if (const std::string unknown = front_matter_key(fold_key(label));
                         !caption && !unknown.empty() && unknown.front() >= 'a' &&
                         unknown.front() <= 'z')
                    add_front_matter(unknown, cells[c + 1].text, cells[c].pos, cells[c + 1].pos);
                else
                    add_field(label, cells[c + 1].text, cells[c].pos, cells[c + 1].pos);
            }
        }
    }

    // The cells of a row, at the columns a pipe-table row would put them (`| a | b |`).
    std::vector<Located> located_cells(const WordRow& row, std::size_t width, int line) {
        std::vector<Located> cells;
        int column = 3;
        for (std::size_t c = 0; c < width; ++c) {
            const std::string text = c < row.cells.size() ? row.cells[c].text : "";
            cells.push_back({text, {line, column}});
            scan_placeholders(text, {line, column});
            column += code_points(text) + 3;
        }
        return cells;
    }

    void read_grid_table(const WordTable& table) {
        std::size_t width = 0;
        for (const WordRow& row : table.rows)
            width = std::max(width, row.cells.size());
        Table out;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            int line = 0;
            if (!take_row(table.rows[r], r, line, false))
                break;
            if (table.rows[r].deleted)
                continue;
            if (out.pos.line == 0) {
                out.pos = {line, 1};
                out.header = located_cells(table.rows[r], width, line);
            } else {
                const WordRow& row = table.rows[r];
                const bool divider = width > 1 && one_cell_across(row);
                out.rows.push_back({located_cells(row, width, line), line, divider});
            }
        }
        if (!out.header.empty())
            section().tables.push_back(std::move(out));
    }

    // ---- headers, footers and notes ----------------------------------------------------

    // What a reader calls the story in Word: "header", "first-page footer", "even-page
    // header" (as the first section to show it shows it), "footnote 2" (numbered as Word shows
    // it, by the order of its first reference), "endnote 1", the glossary; the glossary's own
    // headers, footers and notes named and numbered within it.
    std::string story_name(const WordStory& story) const {
        if (story.in_glossary)
            return std::string(glossary_name) + " " + story_name_in(story, glossary_body());
        return story_name_in(story, body_);
    }

    const WordBody& glossary_body() const {
        for (const WordStory& story : content_.stories)
            if (story.kind == WordStory::Kind::glossary)
                return story.body;
        static const WordBody none;
        return none;
    }

    // The story's name as the body (the document's or the glossary's) that shows it names it.
    static std::string story_name_in(const WordStory& story, const WordBody& body) {
        switch (story.kind) {
        case WordStory::Kind::header:
            return page_variant(story, body) + "header";
        case WordStory::Kind::footer:
            return page_variant(story, body) + "footer";
        case WordStory::Kind::glossary:
            return std::string(glossary_name);
        case WordStory::Kind::footnote:
        case WordStory::Kind::endnote: {
            const bool foot = story.kind == WordStory::Kind::footnote;
            const auto& references = foot ? body.footnote_references : body.endnote_references;
            const auto it = std::find(references.begin(), references.end(), story.id);
            return std::string(foot ? "footnote" : "endnote") +
                   (it == references.end() ? " (not referenced in the text)"
                                           : " " + std::to_string(it - references.begin() + 1));
        }
        }
        return "";
    }

    static std::string page_variant(const WordStory& story, const WordBody& body) {
        for (const WordBody::StoryReference& reference : body.header_footer_references)
            if (std::find(story.relationship_ids.begin(), story.relationship_ids.end(),
                          reference.relationship_id) != story.relationship_ids.end()) {
                if (reference.type == "first")
                    return "first-page ";
                if (reference.type == "even")
                    return "even-page ";
                return "";
            }
        return "";
    }

    // Headers, footers, notes and the glossary are never content; each paragraph or row of one that
    // holds something that must not circulate is given a line after the body, at a place naming it.
    void add_story_hazards() {
        for (const WordStory& story : content_.stories) {
            int paragraphs = 0, tables = 0;
            std::optional<std::string> name;
            auto place = [&](std::string where, std::string_view text,
                             const std::vector<Hazard>& hazards) {
                if (hazards.empty())
                    return;
                if (!name)
                    name = story_name(story);
                const int line = line_++;
                doc_.word_places.push_back({line, *name, std::move(where), snippet(text)});
                for (const Hazard& hazard : hazards)
                    add_hazard(hazard, line);
            };
            for (const WordBlock& block : story.body.blocks) {
                if (const auto* paragraph = std::get_if<WordParagraph>(&block)) {
                    if (!paragraph->text.empty() || !paragraph->hazards.empty())
                        ++paragraphs;
                    place("paragraph " + std::to_string(paragraphs), paragraph->text,
                          paragraph->hazards);
                    continue;
                }
                ++tables;
                const auto& rows = std::get<WordTable>(block).rows;
                for (std::size_t r = 0; r < rows.size(); ++r)
                    place("table " + std::to_string(tables) + ", row " + std::to_string(r + 1),
                          row_text(rows[r]), rows[r].hazards);
            }
            place("after the last paragraph", "", story.body.trailing_hazards);
        }
    }

    // An embedded object or a comment the text no longer shows still travels with the
    // document: at a place of its own, the end of the document.
    void add_unanchored_hazards() {
        auto found = [&](WordHazard::Kind kind) {
            return std::any_of(doc_.word_hazards.begin(), doc_.word_hazards.end(),
                               [kind](const WordHazard& hazard) { return hazard.kind == kind; });
        };
        std::vector<Hazard> unanchored;
        if (content_.has_embedded_parts && !found(WordHazard::Kind::embedded))
            unanchored.push_back({WordHazard::Kind::embedded, "an embedded object"});
        if (content_.has_comments_part && !found(WordHazard::Kind::comment))
            unanchored.push_back({WordHazard::Kind::comment, "a comment"});
        // Fetched when the document opens: whoever opens it tells that server they did. The
        // target is not shown: it is the document's text, and may be anything.
        if (!content_.fetched_when_opened.empty())
            unanchored.push_back({WordHazard::Kind::embedded,
                                  "a link outside the document (an attached template, a linked "
                                  "file, or a field such as INCLUDEPICTURE) that Word fetches when "
                                  "the document opens"});
        // Shown by Word in place of what was saved, which is what cpdoc read.
        if (!content_.shown_otherwise.empty())
            unanchored.push_back(
                {WordHazard::Kind::hidden_text, content_.shown_otherwise.front(),
                 "cpdoc reads the text saved in the file, which Word does not show: unlink the "
                 "control, or update the fields (select all, F9), and save, so that the file "
                 "holds what Word shows"});
        if (unanchored.empty())
            return;
        const int line = line_++;
        doc_.word_places.push_back({line, "end of the document", "", ""});
        for (const Hazard& hazard : unanchored)
            add_hazard(hazard, line);
    }

    // ---- properties --------------------------------------------------------------------

    void add_properties() {
        bool placed = false;
        auto place = [&] {
            if (!std::exchange(placed, true))
                doc_.word_places.insert(doc_.word_places.begin(),
                                        {0, "", "document properties", ""});
        };
        std::set<std::string> known;
        for (const FrontMatterEntry& entry : doc_.front_matter.entries)
            known.insert(entry.key);
        for (const auto& [name, value] : properties_.custom) {
            const auto key = front_matter_key_for(name);
            if (!key || !known.insert(*key).second)
                continue;
            place();
            add_front_matter(*key, value, {0, 1}, {0, 1});
        }
        if (!doc_.title && !trim(properties_.title).empty()) {
            place();
            doc_.title = Located{std::string(trim(properties_.title)), {0, 1}};
        }
    }
};

} // namespace

std::optional<Document> build_document(const WordContent& content, const DocxOptions& options,
                                       BoldHeadingQuestions& asked, SourceError& error) {
    return Builder(content, options, asked).run(error);
}

} // namespace cpdoc::docx
