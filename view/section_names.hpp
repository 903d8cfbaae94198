// Which section of a kind a heading names, as the checker reads a document: by the section's
// name or an alias, the heading folded with heading_key (leading numbering and a bracketed
// qualifier dropped; else its name before a qualifier after a dash, colon or slash), or the
// child's views under the child's name ("Megan's views").
// The Word reader asks the same of a short bold line, so a bold heading reads as a styled one.
#pragma once

#include "policies/policy.hpp"

#include <string_view>
#include <vector>

namespace cpdoc {

const SectionSpec* section_named_by(const Policy& policy, const KindSpec& kind,
                                    std::string_view folded_heading, std::string_view as_written);

// A lead person field (Attendance's Chair) and the section it leads.
struct LeadField {
    const FieldSpec* field;
    const SectionSpec* section;
};
// Every lead field of the kind's sections, in the kind's order.
std::vector<LeadField> lead_fields(const KindSpec& kind);

// The section whose lead person field a front-matter key names: a council's details table
// often names the chair there, and the view reads it as that field.
const SectionSpec* section_led_by(const std::vector<LeadField>& leads,
                                  std::string_view front_matter_key);

} // namespace cpdoc
