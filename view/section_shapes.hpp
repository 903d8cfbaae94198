// How a policy reads a section written in another shape than its spec's: a table of people
// as person fields, a records table as records, `Key: value` lines in a paragraph as fields,
// a list that only says there was nothing to record as the section's text.
#pragma once

#include "grammar/model.hpp"
#include "policies/policy.hpp"

#include <optional>

namespace cpdoc {

// The section as its spec's shape reads it, when that differs from how it was written.
std::optional<Section> reshaped(const Section& original, const SectionSpec& spec,
                                const Policy& policy);

} // namespace cpdoc
