#include "grammar/dialect_writer.hpp"
#include "grammar/folding.hpp"

#include <algorithm>
#include <functional>

namespace cpdoc {

namespace {

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
        out += c == '\n' || c == '\r' ? ' ' : c;
    return out;
}

// Where a backslash must go so that the line does not start a block: before its first
// character (`#`, `-`, `|`, `>`, `<!--`, a fence), or before the `.` of `1. `; npos when the
// line starts no block.
std::size_t block_escape_at(std::string_view line) {
    if (line.empty())
        return std::string_view::npos;
    if (line.find_first_of("#-*+>|=") == 0 || line.starts_with("<!--") || line.starts_with("```") ||
        line.starts_with("~~~"))
        return 0;
    const std::size_t digits = line.find_first_not_of("0123456789");
    const bool ordered_item = digits != 0 && digits != std::string_view::npos &&
                              (line[digits] == '.' || line[digits] == ')') &&
                              (digits + 1 == line.size() || line[digits + 1] == ' ');
    return ordered_item ? digits : std::string_view::npos;
}

std::string indent(int depth) {
    return std::string(static_cast<std::size_t>(std::max(depth, 0)) * 2, ' ');
}

// An item's, a field's or a paragraph's text whose line breaks ('\n', where the source's
// lines started) are kept as its continuation lines, indented under it; each line escaped so
// that it starts no block, and blank ones left out, which would end it.
std::string with_continuations(std::string_view text, int depth) {
    const std::size_t first_end = std::min(text.find('\n'), text.size());
    std::string out = one_line(text.substr(0, first_end));
    for (std::size_t start = first_end; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start + 1), text.size());
        const std::string_view line = trim(text.substr(start + 1, end - start - 1));
        if (!line.empty())
            out += "\n" + indent(depth) + dialect_line(line);
        start = end;
    }
    return out;
}

// The text with a '\n' where each of its continuation lines starts, in place of the space
// that joined it to the line before.
std::string lines_of(const Located& text) {
    std::string out = text.text;
    for (const LineStart& line : text.continued)
        if (line.offset > 0 && line.offset <= out.size() && out[line.offset - 1] == ' ')
            out[line.offset - 1] = '\n';
    return out;
}

} // namespace

std::string dialect_line(std::string_view text) {
    std::string line = one_line(text);
    const std::size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos)
        return line;
    if (const std::size_t at = block_escape_at(std::string_view(line).substr(first));
        at != std::string_view::npos)
        line.insert(first + at, 1, '\\');
    return line;
}

std::string dialect_cell(std::string_view text) {
    std::string out;
    const std::string line = one_line(text);
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) {
            out += line[i];
            out += line[++i];
            continue;
        }
        if (line[i] == '|')
            out += '\\';
        out += line[i];
    }
    return out;
}

void DialectWriter::front_matter_entry(std::string_view key, std::string_view value) {
    front_ += one_line(key) + ": " + one_line(value) + "\n";
}

void DialectWriter::front_matter_comment(std::string_view text) {
    front_ += "# " + one_line(text) + "\n";
}

void DialectWriter::block_start() {
    if (!body_.empty() && !body_.ends_with("\n\n"))
        body_ += '\n';
    after_table_ = false;
}

void DialectWriter::title(std::string_view text) {
    body_ += "# " + one_line(text) + "\n";
}

void DialectWriter::section(std::string_view heading) {
    block_start();
    body_ += "## " + one_line(heading) + "\n";
}

void DialectWriter::sub_heading(std::string_view heading) {
    block_start();
    body_ += "### " + one_line(heading) + "\n";
}

void DialectWriter::comment(std::string_view text) {
    list_line();
    std::string safe = one_line(text);
    for (std::size_t at = safe.find("--"); at != std::string::npos; at = safe.find("--", at))
        safe.replace(at, 2, "\u2014");
    body_ += "<!-- " + safe + " -->\n";
}

void DialectWriter::list_line() {
    if (after_table_)
        body_ += '\n';
    after_table_ = false;
}

void DialectWriter::text_line(std::string_view text) {
    list_line();
    body_ += dialect_line(text) + "\n";
}

void DialectWriter::blank_line() {
    body_ += '\n';
    after_table_ = false;
}

void DialectWriter::field(std::string_view key, std::string_view value, int depth) {
    list_line();
    body_ +=
        indent(depth) + "- " + one_line(key) + ": " + with_continuations(value, depth + 1) + "\n";
}

void DialectWriter::item(std::string_view text, int depth) {
    list_line();
    body_ += indent(depth) + "- " + with_continuations(text, depth + 1) + "\n";
}

void DialectWriter::task(bool checked, std::string_view text, int depth) {
    list_line();
    body_ += indent(depth) + (checked ? "- [x] " : "- [ ] ") + with_continuations(text, depth + 1) +
             "\n";
}

void DialectWriter::paragraph(std::string_view text) {
    block_start();
    const std::size_t first_end = std::min(text.find('\n'), text.size());
    body_ += dialect_line(text.substr(0, first_end)) +
             with_continuations(text.substr(first_end), 0) + "\n\n";
}

void DialectWriter::code_block(std::string_view text) {
    block_start();
    std::string fence = "```";
    while (text.find(fence) != std::string_view::npos)
        fence += '`';
    body_ += fence + "\n" + std::string(text) + (text.ends_with('\n') ? "" : "\n") + fence + "\n\n";
}

void DialectWriter::table(const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows) {
    block_start();
    std::string head = "|", rule = "|";
    for (const std::string& cell : header) {
        head += " " + dialect_cell(cell) + " |";
        rule += " --- |";
    }
    body_ += head + "\n" + rule + "\n";
    for (const std::vector<std::string>& row : rows) {
        std::string line = "|";
        for (std::size_t c = 0; c < header.size(); ++c)
            line += " " + (c < row.size() ? dialect_cell(row[c]) : std::string()) + " |";
        body_ += line + "\n";
    }
    after_table_ = true;
}

std::string DialectWriter::str() const {
    if (front_.empty())
        return body_;
    return "---\n" + front_ + "---\n" + body_;
}

namespace {

// One block of a section, placed by where it stood in the source.
struct Placed {
    int line = 0;
    std::function<void(DialectWriter&)> write;
};

void write_record(DialectWriter& out, const Record& record) {
    out.item(lines_of(record.title));
    for (const Field& field : record.fields)
        out.field(field.key.text, lines_of(field.value), 1);
    for (const ChecklistAnswer& answer : record.checklist)
        out.task(answer.checked, lines_of(answer.text), 1);
    for (const Located& note : record.notes)
        out.item(lines_of(note), 1);
}

void write_section_body(DialectWriter& out, const Section& section) {
    std::vector<Placed> blocks;
    for (const Field& field : section.fields)
        blocks.push_back({field.pos.line, [&field](DialectWriter& w) {
                              w.field(field.key.text, lines_of(field.value));
                          }});
    for (const Record& record : section.records)
        blocks.push_back(
            {record.title.pos.line, [&record](DialectWriter& w) { write_record(w, record); }});
    for (const ChecklistAnswer& answer : section.checklist)
        blocks.push_back({answer.text.pos.line, [&answer](DialectWriter& w) {
                              w.task(answer.checked, lines_of(answer.text));
                          }});
    for (const Table& table : section.tables)
        blocks.push_back({table.pos.line, [&table](DialectWriter& w) {
                              std::vector<std::string> header;
                              for (const Located& cell : table.header)
                                  header.push_back(cell.text);
                              std::vector<std::vector<std::string>> rows;
                              for (const TableRow& row : table.rows) {
                                  rows.emplace_back();
                                  for (const Located& cell : row.cells)
                                      rows.back().push_back(cell.text);
                                  // A heading row (a Word row across the table) reads back as
                                  // one: its first cell alone, bold.
                                  std::string& first = rows.back().front();
                                  if (row.divider && !first.starts_with("**"))
                                      first = "**" + first + "**";
                              }
                              w.table(header, rows);
                          }});
    for (const Prose& prose : section.prose)
        blocks.push_back({prose.pos.line, [&prose](DialectWriter& w) {
                              if (prose.kind == Prose::Kind::heading)
                                  w.sub_heading(prose.text);
                              else if (prose.kind == Prose::Kind::code)
                                  w.code_block(prose.text);
                              else
                                  w.paragraph(lines_of(prose));
                          }});
    for (const Suppression& suppression : section.suppressions)
        blocks.push_back({suppression.pos.line, [&suppression](DialectWriter& w) {
                              w.comment(
                                  "cpdoc-disable " + suppression.rule_id +
                                  (suppression.reason.empty() ? "" : ": " + suppression.reason));
                          }});
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Placed& a, const Placed& b) { return a.line < b.line; });
    for (const Placed& block : blocks)
        block.write(out);
}

} // namespace

std::string write_dialect(const Document& document) {
    DialectWriter out;
    for (const FrontMatterEntry& entry : document.front_matter.entries)
        out.front_matter_entry(entry.key, entry.value.text);
    if (document.title)
        out.title(document.title->text);
    for (const Section& section : document.sections) {
        if (!section.is_preamble())
            out.section(section.heading.text);
        write_section_body(out, section);
    }
    return out.str();
}

} // namespace cpdoc
