// `cpdoc new`: a template for a kind of document under a pack, with every section and field
// the pack requires, each a placeholder with a line of the pack's guidance.
#pragma once

#include "policies/policy.hpp"

#include <optional>
#include <string>

namespace cpdoc {

// nullopt when the pack does not describe this kind of document.
std::optional<std::string> write_template(const Policy& policy, const std::string& kind);
// The same template as a Word document (.docx bytes) that cpdoc reads back as the template.
std::optional<std::string> write_word_template(const Policy& policy, const std::string& kind);

} // namespace cpdoc
