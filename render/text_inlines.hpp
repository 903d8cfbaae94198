// A text of the model as Pandoc inlines, walked from the inline Markdown its reader stored
// (grammar/inlines): nothing reaches the output as markup, and nothing is fetched or followed.
#pragma once

#include "grammar/model.hpp"
#include "pandoc_ast.hpp"

namespace cpdoc {

pandoc::Inlines text_inlines(const Located& text);

} // namespace cpdoc
