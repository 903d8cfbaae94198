// Pandoc's document model (pandoc-types 1.22), written as the JSON `pandoc -f json` reads.
// cpdoc builds the rendered document here from its own model, so Pandoc never re-reads the
// user's Markdown: text is always text (Str), never raw HTML, an image or a link to follow.
// Each builder returns the JSON of one element; sequences are vectors of those.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::pandoc {

using Inlines = std::vector<std::string>;
using Blocks = std::vector<std::string>;

// Words as Str elements; each run of spaces or line breaks becomes one Space.
Inlines text(std::string_view words);
void append(Inlines& to, const Inlines& more);
std::string strong(const Inlines& content);
std::string emph(const Inlines& content);
std::string code(std::string_view content);
std::string line_break();

std::string para(const Inlines& content);
std::string plain(const Inlines& content);
std::string header(int level, std::string_view id, const Inlines& content);
std::string code_block(std::string_view content);
std::string bullet_list(const std::vector<Blocks>& items);
std::string div(std::string_view id, const std::vector<std::string>& classes,
                const Blocks& content);

struct Table {
    std::vector<Inlines> head;             // empty: a table without a header row
    std::vector<std::vector<Blocks>> rows; // each row as many cells as `widths`
    std::vector<double> widths;            // fractions of the text width, one per column
    std::vector<std::string> classes;
};
std::string table(const Table& table);
// The table cells, header cells included, in a document this file wrote.
std::size_t table_cells(std::string_view document_json);

// The whole document: metadata values are plain strings (MetaString).
std::string document(const std::map<std::string, std::string>& meta, const Blocks& blocks);

} // namespace cpdoc::pandoc
