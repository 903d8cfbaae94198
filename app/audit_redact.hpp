// --redact: child references and people's names replaced with stable pseudonyms in every
// audit output, so a report can be shared beyond the team.
#pragma once

#include "audit_run.hpp"

namespace cpdoc {

// Pseudonyms are numbered in path order, so the same corpus always gets the same ones:
// Child-0001, Person-0001. Paths become Child-0001/core-group-minutes-1; quoted document
// text in messages is replaced by an ellipsis.
void redact(AuditResult& audit);

} // namespace cpdoc
