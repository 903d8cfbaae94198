// Quick fixes where the fix is mechanical: insert a missing section with its fields as a
// skeleton, write a date the way the finding suggests, replace a discouraged term with the
// pack's suggestion, and add a suppression comment whose reason the author fills in.
#pragma once

#include "lsp/analysis.hpp"
#include "lsp/diagnostics.hpp"

#include <nlohmann/json.hpp>

namespace cpdoc::lsp {

// The CodeAction list for the findings on the lines of `range`.
nlohmann::json code_actions(const std::string& uri, const Analysis& analysis,
                            const TextRange& range);

} // namespace cpdoc::lsp
