// The values the rules know without a pack: front-matter keys, document kinds, yes/no keys and
// the words an information-sharing decision starts with. The rules check against them and an
// editor offers them.
#pragma once

#include <string>
#include <vector>

namespace cpdoc {

const std::vector<std::string>& front_matter_keys();
const std::vector<std::string>& document_kinds();
const std::vector<std::string>& yes_no_front_matter_keys();
const std::vector<std::string>& sharing_decisions();

} // namespace cpdoc
