// The rules a policy pack defines without C++: `require` (a section or field must be there
// and filled) and `discourage` (a term to avoid, and what to say instead).
#pragma once

#include "finding.hpp"
#include "rule.hpp"

namespace cpdoc {

void check_declarative(const DocumentView& view, const CheckOptions& options, CheckResult& result);

// Where a missing section would go: the title, or the top of the document.
Position missing_section_position(const Document& document);

} // namespace cpdoc
