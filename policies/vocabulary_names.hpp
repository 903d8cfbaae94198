// The vocabularies the rules read (docs/policy-packs.md lists which rule reads which). A
// pack's <vocabulary> of any other name would be read by nothing, so it is refused.
#pragma once

#include <string>
#include <vector>

namespace cpdoc {

const std::vector<std::string>& vocabulary_names();

} // namespace cpdoc
