// The inline Markdown a practitioner writes inside a paragraph or a value: **strong**,
// *emphasis*, `code` and backslash escapes. A link is its text (and a web address in
// brackets); an image is "[image: alt]"; raw HTML stays as the text it is. The block parser
// reads lines; this reads what is inside them (cmark's blocks.c and inlines.c).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct Inline {
    enum class Kind { text, strong, emph, code };
    Kind kind = Kind::text;
    std::string text;             // text and code
    std::vector<Inline> children; // strong and emph
};
using Inlines = std::vector<Inline>;

Inlines parse_inlines(std::string_view text);

} // namespace cpdoc
