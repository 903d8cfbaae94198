// A Word finding's place as its reader is told it.
#pragma once

#include "policies/finding.hpp"

#include <string>

namespace cpdoc {

// "Actions, table 1, row 3 (\"Karen to arrange a…\")"; "the document" when the place has
// neither section nor table, row or paragraph (a finding about the document as a whole).
std::string place_text(const FindingPlace& place);

} // namespace cpdoc
