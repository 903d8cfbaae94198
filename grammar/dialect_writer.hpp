// Writing the dialect (cmark's commonmark.c): documents cpdoc makes (a merged chronology, a
// template, a Word document imported) are built through this one writer, so escaping is done
// in one place and what is written reads back as the same model.
#pragma once

#include "grammar/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

class DialectWriter {
public:
    void front_matter_entry(std::string_view key, std::string_view value);
    // `# text` inside the front matter: guidance a template gives there.
    void front_matter_comment(std::string_view text);
    void title(std::string_view text);
    void section(std::string_view heading);
    void sub_heading(std::string_view heading); // `###`
    // `<!-- text -->` on a line of its own.
    void comment(std::string_view text);
    // `- key: value`, `depth` levels of list nesting in. In a field's, an item's, a task's
    // or a paragraph's text a '\n' starts a continuation line, written under it.
    void field(std::string_view key, std::string_view value, int depth = 0);
    void item(std::string_view text, int depth = 0);
    void task(bool checked, std::string_view text, int depth = 0);
    // A paragraph: a blank line either side.
    void paragraph(std::string_view text);
    // A line of text straight after what stands before it (a template's placeholder under its
    // guidance comment).
    void text_line(std::string_view text);
    void blank_line();
    void code_block(std::string_view text);
    void table(const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows);

    // The document written so far, front matter first.
    std::string str() const;

private:
    std::string front_;
    std::string body_;
    bool after_table_ = false; // a list after a table needs a blank line between
    void block_start();
    void list_line();
};

// Text as it may stand on a line of the dialect: one line, a leading character that would
// start a block (`#`, `-`, `|`, `>`, `1.`) escaped.
std::string dialect_line(std::string_view text);
// Text as it may stand in a table cell: one line, `|` escaped.
std::string dialect_cell(std::string_view text);

// The whole document in the dialect, each section's fields, records, tables and text in the
// order they stand in the source.
std::string write_dialect(const Document& document);

} // namespace cpdoc
