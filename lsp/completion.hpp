// What the editor offers as the author types: front-matter keys and values, the section names
// and field keys the pack knows for this kind of document (aliases too), the values a field
// takes from the pack's vocabularies, and the people the document names for `Owner:`.
#pragma once

#include "lsp/analysis.hpp"
#include "lsp/open_documents.hpp"

#include <nlohmann/json.hpp>

namespace cpdoc::lsp {

// The CompletionList at a position of the analysed text.
nlohmann::json completion(const Analysis& analysis, TextPosition position);

} // namespace cpdoc::lsp
