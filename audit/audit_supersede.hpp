// Historical documents judged as of their time: minutes whose next meeting has passed are
// normal once the next minutes exist. A document is superseded by the next later document of
// the same child (`child:`, case and spacing folded) and the same kind, and is judged as of
// that document's date, when it is before the audit's.
#pragma once

#include "audit/audit_run.hpp"

#include <optional>
#include <vector>

namespace cpdoc {

// Marks the superseded documents and sets the date each is to be judged as of (nullopt when
// that is the audit's own date, `today`). Documents without a child, a kind or a date are
// neither superseded nor supersede another.
void mark_superseded(std::vector<AuditDocument>& documents, const std::optional<Date>& today);

} // namespace cpdoc
