// The inline Markdown a practitioner writes inside a paragraph or a value: **strong**,
// *emphasis*, `code` and backslash escapes. A link is its text (and a web address in
// brackets); an image is "[image: alt]"; raw HTML stays as the text it is. The block parser
// reads lines; this reads what is inside them (cmark's blocks.c and inlines.c), once, into
// the model: writers walk `Located::inlines` and never read Markdown themselves.
#pragma once

#include "grammar/model.hpp"

#include <string_view>

namespace cpdoc {

Inlines parse_inlines(std::string_view text);

// Reads `text.text` into `text.inlines`, left empty when the text is plain.
void read_inlines(Located& text);

// Reads every text of the document a writer shows: the title, front matter values, headings,
// fields, records, checklists, table cells and paragraphs (not code).
void read_inlines(Document& document);

} // namespace cpdoc
