// A document's findings as LSP diagnostics: the rule id as the code, a link to the rule's
// documentation, the finding's place as a range.
#pragma once

#include "lsp/analysis.hpp"
#include "lsp/open_documents.hpp"

#include <nlohmann/json.hpp>

namespace cpdoc::lsp {

struct TextRange {
    TextPosition start;
    TextPosition end;
};

nlohmann::json to_json(TextPosition position);
nlohmann::json to_json(const TextRange& range);

// Where a finding at a cpdoc position is shown: from it to the end of the line's text (the
// heading, the field, the term), or the whole first line for one about the whole file.
TextRange finding_range(const Analysis& analysis, Position position);

// The publishDiagnostics params for an analysis: one diagnostic a finding that is not
// suppressed, or one for the document that could not be read.
nlohmann::json diagnostics(const std::string& uri, const Analysis& analysis, Workspace& workspace);

} // namespace cpdoc::lsp
