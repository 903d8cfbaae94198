#include "grammar/inlines.hpp"

#include "grammar/folding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <map>

namespace cpdoc {
namespace {

constexpr int max_depth = 4;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}
bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

// The bytes that can begin markup ("!" only before "["): a text with none of them is plain.
constexpr std::array<bool, 256> markup_bytes = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view("\\`*_["))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

// Sixteen bytes compared with the five at once (GCC's portable vector extension: SSE2 on
// x86-64), then a table look-up a byte for the rest: every text of a document is scanned.
bool has_markup(std::string_view text) {
    using Bytes = char __attribute__((vector_size(16)));
    std::size_t i = 0;
    for (; i + sizeof(Bytes) <= text.size(); i += sizeof(Bytes)) {
        Bytes block;
        std::memcpy(&block, text.data() + i, sizeof block);
        const Bytes marks =
            (block == '\\') | (block == '`') | (block == '*') | (block == '_') | (block == '[');
        std::uint64_t halves[2];
        std::memcpy(halves, &marks, sizeof halves);
        if ((halves[0] | halves[1]) != 0)
            return true;
    }
    for (; i < text.size(); ++i)
        if (markup_bytes[static_cast<unsigned char>(text[i])])
            return true;
    return false;
}

class Converter {
public:
    explicit Converter(std::string_view text) : text_(text) {}

    Inlines convert(std::size_t begin, std::size_t end, int depth) {
        Inlines out;
        std::string pending;
        auto flush = [&] {
            if (!pending.empty())
                out.push_back({Inline::Kind::text, std::move(pending), {}});
            pending.clear();
        };
        std::size_t i = begin;
        while (i < end) {
            const char c = text_[i];
            if (c == '\\' && i + 1 < end && is_ascii_punctuation(text_[i + 1])) {
                pending += text_[i + 1];
                i += 2;
                continue;
            }
            if (c == '`') {
                if (const auto close = closer("`", i + 1, end); close != npos) {
                    flush();
                    out.push_back(
                        {Inline::Kind::code, std::string(text_.substr(i + 1, close - i - 1)), {}});
                    i = close + 1;
                    continue;
                }
            }
            if ((c == '*' || c == '_') && depth < max_depth) {
                const bool doubled = i + 1 < end && text_[i + 1] == c;
                const std::string delimiter(doubled ? 2 : 1, c);
                const std::size_t inner = i + delimiter.size();
                const bool opens = inner < end && !is_space(text_[inner]) &&
                                   (c == '*' || i == begin || !is_word(text_[i - 1]));
                if (opens) {
                    if (const auto close = closer(delimiter, inner, end); close != npos) {
                        flush();
                        out.push_back({doubled ? Inline::Kind::strong : Inline::Kind::emph,
                                       {},
                                       convert(inner, close, depth + 1)});
                        i = close + delimiter.size();
                        continue;
                    }
                }
            }
            if (c == '[' || (c == '!' && i + 1 < end && text_[i + 1] == '[')) {
                const bool image = c == '!';
                const std::size_t label = i + (image ? 2 : 1);
                const auto middle = closer("](", label, end);
                const auto close = middle == npos ? npos : closer(")", middle + 2, end);
                if (close != npos) {
                    const std::string_view target = text_.substr(middle + 2, close - middle - 2);
                    if (image) {
                        pending += "[image: ";
                        pending += text_.substr(label, middle - label);
                        pending += ']';
                    } else {
                        flush();
                        Inlines label_text = convert(label, middle, depth + 1);
                        out.insert(out.end(), std::make_move_iterator(label_text.begin()),
                                   std::make_move_iterator(label_text.end()));
                        if (target.starts_with("http://") || target.starts_with("https://"))
                            pending += " (" + std::string(target) + ")";
                    }
                    i = close + 1;
                    continue;
                }
            }
            pending += c;
            ++i;
        }
        flush();
        return out;
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;

    // The first place at or after `from` (and before `end`) where the delimiter closes a
    // span: not after a space, and for `_` not inside a word. Answers are remembered, so a
    // line of a thousand unmatched openers is still read once.
    std::size_t closer(const std::string& delimiter, std::size_t from, std::size_t end) {
        // By span too: a span nested in another searches to its own end, and would otherwise
        // overwrite the answer the outer one reads again at its next opener.
        Memo& memo = memos_[{delimiter, end}];
        if (memo.valid && from >= memo.from && (memo.found == npos || from <= memo.found))
            return memo.found;
        std::size_t found = npos;
        // Searched within the span only: a span's search that ran on to the text's end cost
        // every span of "*[*[*[...x]*]*]*" the whole line (quadratic).
        const std::string_view within = text_.substr(0, end);
        for (std::size_t at = within.find(delimiter, from); at != npos;
             at = within.find(delimiter, at + 1)) {
            const bool after_space = at == 0 || is_space(text_[at - 1]);
            const std::size_t after = at + delimiter.size();
            const bool in_word = delimiter[0] == '_' && after < end && is_word(text_[after]);
            const bool spaced_out = delimiter != "`" && delimiter != "](" && delimiter != ")";
            if (at > from && !(spaced_out && (after_space || in_word))) {
                found = at;
                break;
            }
            if (at == from && !spaced_out) {
                found = at;
                break;
            }
        }
        memo = {true, from, found};
        return found;
    }

    struct Memo {
        bool valid = false;
        std::size_t from = 0;
        std::size_t found = npos;
    };
    std::string_view text_;
    std::map<std::pair<std::string, std::size_t>, Memo> memos_;
};

} // namespace

Inlines parse_inlines(std::string_view text) {
    return Converter(text).convert(0, text.size(), 0);
}

void read_inlines(Located& text) {
    text.inlines.clear();
    // Without these characters there is nothing to read: the common case costs one scan.
    if (!has_markup(text.text))
        return;
    Inlines inlines = parse_inlines(text.text);
    if (inlines.size() == 1 && inlines[0].kind == Inline::Kind::text &&
        inlines[0].text == text.text)
        return; // "3 * 4", "file_name": markup characters that mark nothing up
    if (inlines.empty())
        inlines.push_back({}); // "[]()": nothing to show, which is not the text as written
    text.inlines = std::move(inlines);
}

namespace {

void read_field(Field& field) {
    read_inlines(field.key);
    read_inlines(field.value);
}

// "| **2026 – Autumn** | | | |": a row with its first cell alone, all of it bold, is a heading
// among the rows (as a Word row merged across the table is), not an entry missing its cells.
bool bold_heading_row(const TableRow& row) {
    if (row.cells.size() < 2 || row.cells[0].inlines.size() != 1 ||
        row.cells[0].inlines[0].kind != Inline::Kind::strong)
        return false;
    return std::all_of(row.cells.begin() + 1, row.cells.end(),
                       [](const Located& cell) { return trim(cell.text).empty(); });
}

void read_section(Section& section) {
    read_inlines(section.heading);
    for (Field& field : section.fields)
        read_field(field);
    for (Record& record : section.records) {
        read_inlines(record.title);
        for (Field& field : record.fields)
            read_field(field);
        for (ChecklistAnswer& answer : record.checklist)
            read_inlines(answer.text);
        for (Located& note : record.notes)
            read_inlines(note);
    }
    for (ChecklistAnswer& answer : section.checklist)
        read_inlines(answer.text);
    for (Table& table : section.tables) {
        for (Located& cell : table.header)
            read_inlines(cell);
        for (TableRow& row : table.rows) {
            for (Located& cell : row.cells)
                read_inlines(cell);
            row.divider = row.divider || bold_heading_row(row);
        }
    }
    for (Prose& prose : section.prose)
        if (prose.kind != Prose::Kind::code)
            read_inlines(prose);
}

} // namespace

void read_inlines(Document& document) {
    if (document.title)
        read_inlines(*document.title);
    for (FrontMatterEntry& entry : document.front_matter.entries)
        read_inlines(entry.value);
    for (Section& section : document.sections)
        read_section(section);
}

} // namespace cpdoc
