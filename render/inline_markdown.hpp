// Inline Markdown (parsed by grammar/inlines) as Pandoc inlines: nothing reaches the output
// as markup, and nothing is fetched or followed.
#pragma once

#include "pandoc_ast.hpp"

#include <string_view>

namespace cpdoc {

pandoc::Inlines inline_markdown(std::string_view text);

} // namespace cpdoc
