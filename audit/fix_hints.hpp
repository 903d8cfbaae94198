// What to do about a finding of each rule of the catalogue, in one sentence of cpdoc's own,
// naming no one: what a redacted audit says in place of a message's own advice, which may
// quote the document.
#pragma once

#include <optional>
#include <string_view>

namespace cpdoc {

// The catalogue rule's fix; none for an id the catalogue does not have.
std::optional<std::string_view> fix_hint(std::string_view rule_id);

} // namespace cpdoc
