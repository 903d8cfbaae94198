// What the editor shows on hover: for a finding, the rule's explanation and the policy
// paragraph it cites; for a section heading, what the pack requires of that section.
#pragma once

#include "lsp/analysis.hpp"
#include "lsp/open_documents.hpp"

#include <nlohmann/json.hpp>

namespace cpdoc::lsp {

// The Hover result, or null when there is nothing to say there.
nlohmann::json hover(const Analysis& analysis, TextPosition position, Workspace& workspace);

} // namespace cpdoc::lsp
