// The rules a policy pack defines without C++: `require` (a section or field must be there
// and filled) and `discourage` (a term to avoid, and what to say instead).
#pragma once

#include "policies/finding.hpp"
#include "rule.hpp"

#include <optional>
#include <string_view>

namespace cpdoc {

void check_declarative(const DocumentView& view, const CheckOptions& options, CheckResult& result);

// What any finding of a pack's own rule is about, in cpdoc's words alone: one sentence for
// every `require` and one for every `discourage`, naming no section, field, term or message
// of the pack. Empty when the pack declares no rule with this id.
std::optional<std::string_view> declarative_summary(const Policy& policy, std::string_view rule_id);

// Where a missing section would go: the title, or the top of the document.
Position missing_section_position(const Document& document);

} // namespace cpdoc
