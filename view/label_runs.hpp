// Fields run together in one item or one paragraph, as minute takers type them:
//   - **If:** Ruby absent two days with no call
//     **Then:** Gillian visits the same day
//     **Who:** Gillian Docherty
// or "Shared with manager: 25/11/2026, Derek Shaw. Safety plan: joint visits only". A label
// of the section's spec that opens a continuation line, or a sentence, inside a field's value
// starts a field of its own.
#pragma once

#include "grammar/model.hpp"
#include "policies/policy.hpp"

#include <optional>

namespace cpdoc {

// The section with such values split into their fields, the section's own and its records';
// nullopt when no value holds another field's label.
std::optional<Section> labels_split(const Section& section, const SectionSpec& spec);

// The fields of the spec a paragraph's lines hold: a `Key: value` that opens a line, or a
// sentence within one ("... said she'd get hurt. Shared with manager: 25/11/2026, Derek
// Shaw. Safety plan: joint visits only"), each up to the next or the end of its line.
std::vector<Field> labelled_fields(const Located& paragraph, const SectionSpec& spec);

} // namespace cpdoc
