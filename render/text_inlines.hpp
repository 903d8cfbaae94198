// A text of the model as Pandoc inlines, walked from the inline Markdown its reader stored
// (grammar/inlines): nothing reaches the output as markup, and nothing is fetched or followed.
#pragma once

#include "grammar/model.hpp"
#include "pandoc_ast.hpp"

#include <optional>

namespace cpdoc {

pandoc::Inlines text_inlines(const Located& text);

// A date value in the long form a letter uses ("24 November 2026"), with what the author wrote
// after the date kept ("24 November 2026 (home visit, bedroom seen)", "14 December 2026,
// 10am"); nullopt when the value is not a date.
std::optional<pandoc::Inlines> date_inlines(const Located& value);

} // namespace cpdoc
