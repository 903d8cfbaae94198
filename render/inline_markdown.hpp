// The inline Markdown a practitioner writes inside a paragraph or a value, as Pandoc
// inlines: **strong**, *emphasis*, `code` and backslash escapes. A link keeps its text (and
// a web address in brackets); an image becomes "[image: alt]"; raw HTML stays as the text
// it is. Nothing is fetched or followed, and nothing reaches the output as markup.
#pragma once

#include "pandoc_ast.hpp"

#include <string_view>

namespace cpdoc {

pandoc::Inlines inline_markdown(std::string_view text);

} // namespace cpdoc
