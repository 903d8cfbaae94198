// The block structure of a document, read line by line in the manner of cmark: front
// matter, headings, paragraphs, lists, tables, code fences and comments. The shape of each
// line comes from line_syntax (Spirit X3); this file decides what the shapes mean together.
#include "parser.hpp"

#include "grammar/folding.hpp"
#include "inlines.hpp"
#include "line_syntax.hpp"
#include "open_list.hpp"
#include "reader_state.hpp"

#include <utility>

namespace cpdoc {
namespace {

class BlockParser : ReaderState {
public:
    BlockParser(const SourceText& source, const Limits& limits)
        : lines_(source.lines), limits_(limits), list_(limits.max_nesting) {
        doc_.sections.emplace_back();
        doc_.sections.back().level = 0;
        doc_.line_count = static_cast<int>(lines_.size());
    }

    Document run() {
        std::size_t i = read_front_matter();
        for (; i < lines_.size() && !stopped_; ++i)
            i = read_line(i);
        close_blocks();
        if (comment_open_line_ > 0)
            problem({comment_open_line_, 1},
                    "comment opened here is never closed with `-->`: everything after it is "
                    "hidden");
        if (fence_open_line_ > 0)
            problem({fence_open_line_, 1}, "code block opened here is never closed");
        section().end_line = static_cast<int>(lines_.size());
        read_inlines(doc_); // as cmark's parser finishes: blocks first, then their inlines
        return std::move(doc_);
    }

private:
    const std::vector<std::string_view>& lines_;
    const Limits& limits_;

    std::optional<Prose> paragraph_;
    OpenList<RawItem*> list_;
    std::size_t list_items_ = 0;
    std::size_t table_rows_ = 0;
    bool previous_blank_ = true;
    std::optional<Table> table_;
    std::optional<syntax::Fence> fence_;
    int fence_open_line_ = 0;
    int fence_lines_ = 0;
    struct ColumnCache {
        std::size_t line = static_cast<std::size_t>(-1);
        std::size_t offset = 0;
        int points = 0;
    };
    mutable ColumnCache column_cache_;
    int comment_open_line_ = 0;
    bool fence_in_list_ = false; // a fence inside a list item: the list goes on after it
    std::size_t fence_indent_ = 0;
    bool word_processor_bullet_reported_ = false;
    // The last table of the section, when only blank lines have come since: rows after a
    // blank line belong to no table in GFM, which would lose them without a word.
    bool table_just_closed_ = false;
    bool indented_code_ = false; // an indented code block is open

    Section& section() { return doc_.sections.back(); }

    // Columns count code points. Positions on one line are mostly asked for left to right
    // (table cells, placeholders), so counting resumes from the last one: a long line with
    // many cells costs its length, not its length squared.
    Position position(std::size_t index, std::size_t byte_offset) const {
        const std::string_view line = lines_[index];
        const std::size_t clamped = byte_offset < line.size() ? byte_offset : line.size();
        if (column_cache_.line != index || column_cache_.offset > clamped)
            column_cache_ = {index, 0, 0};
        column_cache_.points +=
            code_points(line.substr(column_cache_.offset, clamped - column_cache_.offset));
        column_cache_.offset = clamped;
        return {static_cast<int>(index) + 1, column_cache_.points + 1};
    }

    // Where `text`, a view into line `index`, starts (the line's end when it is empty).
    Position located_position(std::size_t index, std::string_view text) const {
        const std::string_view line = lines_[index];
        return position(index, text.empty() ? line.size()
                                            : static_cast<std::size_t>(text.data() - line.data()));
    }

    Located located(std::size_t index, std::string_view text) const {
        return {std::string(text), located_position(index, text)};
    }

    // ---- front matter ------------------------------------------------------------------

    std::size_t read_front_matter() {
        std::size_t first = 0;
        while (first < lines_.size() && syntax::is_blank(lines_[first]))
            ++first;
        if (first >= lines_.size() || trim(lines_[first]) != "---")
            return 0;
        FrontMatter& fm = doc_.front_matter;
        fm.present = true;
        fm.pos = position(first, 0);
        std::size_t close = first + 1;
        bool body_inside = false; // a `##` heading or a list item before the closing `---`
        while (close < lines_.size() && trim(lines_[close]) != "---") {
            const auto heading = syntax::atx_heading(lines_[close]);
            body_inside = body_inside || (heading && heading->level >= 2) ||
                          syntax::list_marker(lines_[close]).has_value();
            ++close;
        }
        // A `---` further down after the body has begun is a rule or a setext underline, not
        // the end of the front matter.
        const bool closed = close < lines_.size() && !body_inside;
        if (close == lines_.size())
            problem(fm.pos, "front matter is never closed: end it with a line `---`");
        else if (!closed)
            problem(fm.pos, "front matter is never closed before the document begins: end it "
                            "with a line `---` (the `---` on line " +
                                std::to_string(close + 1) + " is read as a rule)");
        for (std::size_t i = first + 1; i < close; ++i) {
            const std::string_view line = trim(lines_[i]);
            if (line.empty() || (closed && line.front() == '#'))
                continue;
            if (!read_front_matter_entry(i, closed) && !closed)
                return i; // unclosed: the body starts at the first line that is not an entry
            scan_placeholders(i);
        }
        return closed ? close + 1 : close;
    }

    bool read_front_matter_entry(std::size_t i, bool report) {
        const std::string_view line = lines_[i];
        auto entry = syntax::front_matter_line(line);
        if (!entry) {
            entry = wrapped_entry(line);
            if (report)
                problem(position(i, line.find_first_not_of(" \t")),
                        entry
                            ? "front matter key is quoted or in braces, as the dialect does not "
                              "write it: write `key: value`, one key a line"
                            : "front matter line is not `key: value` (a comment starts with `#`)");
            if (!entry)
                return false;
        }
        const std::string_view value = unquoted(entry->value);
        doc_.front_matter.entries.push_back(
            {std::string(entry->key), located(i, value),
             position(i, static_cast<std::size_t>(entry->key.data() - line.data()))});
        return true;
    }

    // `"document": child-plan`, or `{document: child-plan, policy: base}`: a key YAML reads so
    // and the dialect does not. Read as the key it names (and a PARSE-ERROR), so the document
    // is checked; an audit would otherwise pass a failing plan over as another file.
    static std::optional<syntax::FrontMatterLine> wrapped_entry(std::string_view line) {
        std::string_view rest = trim(line);
        const bool braced = rest.size() >= 2 && rest.front() == '{' && rest.back() == '}';
        if (braced)
            rest = trim(rest.substr(1, rest.size() - 2));
        if (rest.empty() || (rest.front() != '"' && rest.front() != '\''))
            return braced ? syntax::front_matter_line(rest) : std::nullopt;
        const auto close = rest.find(rest.front(), 1);
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view after = trim(rest.substr(close + 1));
        if (!after.starts_with(':'))
            return std::nullopt;
        const std::string_view value = trim(after.substr(1));
        return syntax::FrontMatterLine{trim(rest.substr(1, close - 1)),
                                       static_cast<std::size_t>(value.data() - line.data()), value};
    }

    // "base", 'base', and the curly quotes a word processor puts in: “base”, ‘base’.
    static std::string_view unquoted(std::string_view value) {
        for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                          {"'", "'"},
                                          {"\u201C", "\u201D"},
                                          {"\u2018", "\u2019"}})
            if (value.size() >= open.size() + close.size() && value.starts_with(open) &&
                value.ends_with(close))
                return trim(value.substr(open.size(), value.size() - open.size() - close.size()));
        return value;
    }

    // ---- lines -------------------------------------------------------------------------

    // Reads line i (and any lookahead it needs); returns the index of the last line used.
    std::size_t read_line(std::size_t i) {
        const std::string_view line = lines_[i];
        if (comment_open_line_ > 0) {
            if (line.find("-->") != std::string_view::npos)
                comment_open_line_ = 0;
            return i;
        }
        if (fence_) {
            read_fenced_line(line);
            return i;
        }
        if (syntax::is_blank(line)) {
            close_paragraph();
            if (table_) {
                close_table();
                table_just_closed_ = true;
            }
            previous_blank_ = true;
            return i;
        }
        if (indented_code_) {
            if (syntax::indent_of(line).columns >= 4) {
                Prose& code = section().prose.back();
                code.text += '\n';
                code.text += trim(line);
                previous_blank_ = false;
                return i;
            }
            indented_code_ = false;
        }
        // A comment is invisible wherever it stands, even inside a list item.
        if (trim(line).starts_with("<!--")) {
            read_comment(i);
            return i;
        }
        scan_placeholders(i);
        const bool was_blank = std::exchange(previous_blank_, false);
        if (table_ && read_table_row(i))
            return i;
        close_table();
        if (std::exchange(table_just_closed_, false) && was_blank && reopen_table(i))
            return i;

        const syntax::Indent indent = syntax::indent_of(line);
        const bool in_list = list_.is_open();
        const int list_content = in_list ? list_.chain().back()->content_column : 0;
        const bool block_position = !in_list || indent.columns < list_content;

        if (in_list && start_fence_in_item(i))
            return i;
        if (block_position || indent.columns < 4) {
            if (const auto heading = syntax::atx_heading(line)) {
                start_heading(i, *heading);
                return i;
            }
            if (const auto fence = syntax::code_fence(line)) {
                close_blocks();
                start_fence(i, *fence, false, 0);
                return i;
            }
        }
        // Four spaces of indent after a blank line, outside a list, is an indented code
        // block: text cpdoc does not interpret, as any Markdown reader shows it.
        if (!in_list && was_blank && !paragraph_ && indent.columns >= 4) {
            read_indented_code(i);
            return i;
        }
        if (paragraph_ && !in_list) {
            if (const auto level = syntax::setext_underline(line)) {
                Located heading = std::move(*paragraph_);
                paragraph_.reset();
                start_heading_text(heading, *level);
                return i;
            }
        }
        if (const auto marker = syntax::list_marker(line);
            marker && starts_item(*marker, in_list, was_blank)) {
            close_paragraph();
            read_list_item(i, *marker);
            return i;
        }
        if (syntax::thematic_break(line)) {
            close_blocks();
            return i;
        }
        if (in_list && (!was_blank || indent.columns >= list_.chain().front()->content_column)) {
            continue_item(i, indent, was_blank);
            return i;
        }
        close_list();
        // A table may start straight after a paragraph line, as GFM reads it.
        if (i + 1 < lines_.size() && starts_table(i)) {
            close_paragraph();
            return i + 1;
        }
        // `##Actions` is text to Markdown, but plainly meant as a heading: it is kept as a
        // paragraph of its own so the checker can say so.
        if (syntax::unspaced_heading(line)) {
            close_paragraph();
            section().prose.push_back({located(i, trim(line)), Prose::Kind::paragraph});
            return i;
        }
        if (paragraph_)
            append_line(*paragraph_, i, trim(line));
        else
            paragraph_ = Prose{located(i, trim(line)), Prose::Kind::paragraph};
        return i;
    }

    // CommonMark: a list item may interrupt a paragraph only if it is a bullet or starts
    // at 1, so a hard-wrapped line such as "2026. Each has an owner." stays text. Within a
    // list, a numbered item goes on a numbered list at its own indent.
    bool starts_item(const syntax::ListMarker& marker, bool in_list, bool was_blank) const {
        if (!marker.ordered || marker.number == 1 || was_blank)
            return true;
        if (!in_list)
            return !paragraph_;
        for (const RawItem* item : list_.chain())
            if (item->ordered && item->marker_indent == marker.indent)
                return true;
        return false;
    }

    void start_fence(std::size_t i, const syntax::Fence& fence, bool in_list,
                     std::size_t indent_bytes) {
        fence_ = fence;
        fence_in_list_ = in_list;
        fence_indent_ = indent_bytes;
        fence_open_line_ = static_cast<int>(i) + 1;
        fence_lines_ = 0;
        if (!in_list)
            paragraph_ = Prose{{"", position(i, 0)}, Prose::Kind::code};
        else
            section().prose.push_back({{"", position(i, 0)}, Prose::Kind::code});
    }

    Prose& fenced_text() { return fence_in_list_ ? section().prose.back() : *paragraph_; }

    void read_fenced_line(std::string_view line) {
        std::string_view relative = line;
        if (fence_in_list_) {
            const std::size_t lead = std::min(syntax::indent_of(line).bytes, fence_indent_);
            relative = line.substr(lead);
        }
        if (syntax::closes_fence(relative, *fence_)) {
            fence_.reset();
            fence_open_line_ = 0;
            if (!std::exchange(fence_in_list_, false))
                close_paragraph();
            return;
        }
        Prose& code = fenced_text();
        if (fence_lines_++ > 0)
            code.text += '\n';
        code.text += relative;
    }

    // A fence inside a list item, indented to the item's text: code the item holds, after
    // which the list goes on.
    bool start_fence_in_item(std::size_t i) {
        const std::string_view line = lines_[i];
        const syntax::Indent indent = syntax::indent_of(line);
        // The deepest open item whose text the fence is indented to.
        std::vector<RawItem*>& chain = list_.chain();
        auto item = chain.rbegin();
        while (item != chain.rend() && (*item)->content_column > indent.columns)
            ++item;
        if (item == chain.rend() || indent.bytes != static_cast<std::size_t>(indent.columns))
            return false;
        const auto content = static_cast<std::size_t>((*item)->content_column);
        const auto fence = syntax::code_fence(line.substr(content));
        if (!fence)
            return false;
        chain.erase(item.base(), chain.end());
        close_paragraph();
        start_fence(i, *fence, true, content);
        return true;
    }

    void read_indented_code(std::size_t i) {
        close_blocks();
        section().prose.push_back({located(i, trim(lines_[i])), Prose::Kind::code});
        indented_code_ = true;
    }

    void scan_placeholders(std::size_t i) {
        for (const auto& span : syntax::placeholders_in(lines_[i]))
            doc_.placeholders.push_back({std::string(lines_[i].substr(span.offset, span.length)),
                                         position(i, span.offset)});
    }

    // An item's line trimmed, without the backslash that marks a hard line break.
    static std::string_view without_hard_break(std::string_view line) {
        line = trim(line);
        if (line.size() > 1 && line.back() == '\\' && line[line.size() - 2] != '\\')
            line = trim(line.substr(0, line.size() - 1));
        return line;
    }

    // Appends line i's text, remembering where it starts.
    void append_line(Located& target, std::size_t i, std::string_view text) {
        if (!target.text.empty())
            target.text += ' ';
        target.continued.push_back({target.text.size(), located_position(i, text)});
        target.text += text;
    }

    // ---- headings and sections ---------------------------------------------------------

    void start_heading(std::size_t i, const syntax::AtxHeading& heading) {
        start_heading_text(located(i, heading.text), heading.level);
    }

    void start_heading_text(Located text, int level) {
        close_blocks();
        if (level == 1 && !doc_.title) {
            doc_.title = std::move(text);
            return;
        }
        if (level <= 2) {
            section().end_line = text.pos.line - 1;
            Section next;
            next.folded_heading = heading_key(text.text);
            next.heading = std::move(text);
            next.level = level;
            doc_.sections.push_back(std::move(next));
            return;
        }
        section().prose.push_back({std::move(text), Prose::Kind::heading});
    }

    // ---- comments ----------------------------------------------------------------------

    void read_comment(std::size_t i) {
        if (list_.is_open())
            close_paragraph();
        else
            close_blocks();
        const std::string_view line = lines_[i];
        if (auto suppression = syntax::suppression_comment(line)) {
            const Position pos = position(i, line.find('<'));
            if (suppression->rule_id.empty())
                problem(pos, "suppression names no rule: write "
                             "`<!-- cpdoc-disable RULE-ID: reason -->`");
            else
                section().suppressions.push_back(
                    {std::move(suppression->rule_id), std::move(suppression->reason), pos});
            return;
        }
        const auto open = line.find("<!--");
        if (line.find("-->", open + 4) == std::string_view::npos)
            comment_open_line_ = static_cast<int>(i) + 1;
    }

    // ---- tables ------------------------------------------------------------------------

    bool starts_table(std::size_t i) {
        const std::string_view header_line = lines_[i];
        if (header_line.find('|') == std::string_view::npos ||
            !syntax::table_delimiter_row(lines_[i + 1]))
            return false;
        const auto header = syntax::table_cells(header_line);
        // GFM shows such a table as text, and which columns the rows follow is anyone's
        // guess: it stays text, and the slip is reported rather than the rows going unread.
        if (const std::size_t dashes = syntax::table_cells(lines_[i + 1]).size();
            dashes != header.size()) {
            problem(position(i + 1, lines_[i + 1].find_first_not_of(" \t")),
                    "the row under the table's header has " + std::to_string(dashes) +
                        " cells but the header has " + std::to_string(header.size()) +
                        ", so the table shows as text: write one `---` for each column");
            return false;
        }
        Table table;
        table.pos = position(i, header_line.find_first_not_of(" \t"));
        for (const auto& cell : header)
            table.header.push_back(located(i, cell.text));
        table_ = std::move(table);
        return true;
    }

    bool read_table_row(std::size_t i) {
        const std::string_view line = lines_[i];
        if (line.find('|') == std::string_view::npos || syntax::atx_heading(line))
            return false;
        if (!within_limit(table_rows_, limits_.max_table_rows, position(i, 0), "table rows",
                          "--max-table-rows"))
            return true;
        const auto cells = syntax::table_cells(line);
        const std::size_t columns = table_->header.size();
        TableRow row;
        row.line = static_cast<int>(i) + 1;
        // An empty cell stands where it is written, so a finding about it points into it.
        for (std::size_t c = 0; c < cells.size() && c < columns; ++c)
            row.cells.push_back({std::string(cells[c].text), position(i, cells[c].offset)});
        while (row.cells.size() < columns)
            row.cells.push_back({"", position(i, line.size())});
        if (cells.size() > columns)
            problem(position(i, cells[columns].offset),
                    "table row has " + std::to_string(cells.size()) + " cells but the table has " +
                        std::to_string(columns) +
                        " columns: a `|` inside a cell must be "
                        "written `\\|`");
        table_->rows.push_back(std::move(row));
        return true;
    }

    // Rows after a blank line that ended a table belong to no table in GFM, which would lose
    // them without a word: they are kept in the table, with a problem that says so. A header
    // and delimiter row start a table of its own.
    bool reopen_table(std::size_t i) {
        Section& current = section();
        const std::string_view line = lines_[i];
        if (current.tables.empty() || trim(line).front() != '|' ||
            (i + 1 < lines_.size() && syntax::table_delimiter_row(lines_[i + 1])) ||
            syntax::table_cells(line).size() != current.tables.back().header.size())
            return false;
        problem(position(i, line.find('|')),
                "a blank line ends a table, so this row and those after it are not part of the "
                "table above when the document is shown: remove the blank line");
        table_ = std::move(current.tables.back());
        current.tables.pop_back();
        return read_table_row(i);
    }

    void close_table() {
        if (table_)
            section().tables.push_back(std::move(*table_));
        table_.reset();
    }

    // ---- lists -------------------------------------------------------------------------

    void read_list_item(std::size_t i, const syntax::ListMarker& marker) {
        const std::string_view line = lines_[i];
        if (!within_limit(list_items_, limits_.max_list_items, position(i, 0), "list items",
                          "--max-list-items"))
            return;
        RawItem item;
        item.text = located(i, without_hard_break(line.substr(marker.text_offset)));
        if (item.text.text.empty())
            item.text.pos = position(i, marker.text_offset);
        item.marker_indent = marker.indent;
        item.content_column = marker.content_column;
        item.ordered = marker.ordered;
        if (marker.word_processor && !std::exchange(word_processor_bullet_reported_, true)) {
            const std::size_t start = syntax::indent_of(line).bytes;
            problem(position(i, start),
                    "`" + std::string(trim(line.substr(start, marker.text_offset - start))) +
                        "` is not a Markdown list marker: cpdoc reads it as `-`, but other "
                        "readers show the list as plain text; start list items with `- `");
        }
        // An item is nested when indented to its parent's text, or (as practitioners write
        // under `1.`) at least two columns deeper than the parent's marker.
        std::vector<RawItem*>& chain = list_.chain();
        while (!chain.empty() && marker.indent < chain.back()->content_column &&
               marker.indent < chain.back()->marker_indent + 2)
            chain.pop_back();
        const Position pos = item.text.pos;
        if (auto too_deep =
                list_.add(std::move(item), section(), [](RawItem& added) { return &added; }))
            problem(pos, *too_deep);
    }

    void continue_item(std::size_t i, const syntax::Indent& indent, bool after_blank) {
        if (after_blank)
            while (list_.chain().size() > 1 &&
                   indent.columns < list_.chain().back()->content_column)
                list_.chain().pop_back();
        Located& text = list_.chain().back()->text;
        const std::string_view content = without_hard_break(lines_[i]);
        if (text.text.empty())
            text = located(i, content);
        else
            append_line(text, i, content);
    }

    void close_list() { list_.close(section()); }

    // ---- closing -----------------------------------------------------------------------

    void close_paragraph() {
        if (paragraph_ && !fence_)
            section().prose.push_back(std::move(*paragraph_));
        if (!fence_)
            paragraph_.reset();
    }

    void close_blocks() {
        indented_code_ = false;
        if (fence_) {
            // An unclosed fence ends with the document; keep what it holds.
            fence_.reset();
        }
        close_paragraph();
        close_table();
        close_list();
    }
};

} // namespace

Document parse_lines(const SourceText& text, const Limits& limits) {
    return BlockParser(text, limits).run();
}

ParseResult parse_document(std::string bytes, const Limits& limits) {
    DecodeResult decoded = decode_source(std::move(bytes), limits);
    if (decoded.error)
        return {std::nullopt, std::move(decoded.error)};
    return {parse_lines(*decoded.text, limits), std::nullopt};
}

} // namespace cpdoc
