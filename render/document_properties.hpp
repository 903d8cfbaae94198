// What a rendered document says about itself in its properties (DOCX core and custom
// properties, PDF metadata): the check's result, the pack and its version, always; and, when
// the council configures one, the Microsoft 365 sensitivity label its marking stands for.
#pragma once

#include "grammar/date.hpp"
#include "policies/finding.hpp"

#include <map>
#include <optional>
#include <string>

namespace cpdoc {

// A label the council's Microsoft 365 tenant defines; Word shows it, and data-loss rules
// apply, when the document carries the MSIP_Label_<id>_* custom properties.
struct SensitivityLabel {
    std::string id;      // the label's GUID
    std::string name;    // as the tenant names it, e.g. "OFFICIAL-SENSITIVE"
    std::string site_id; // the tenant's (Azure AD directory's) GUID
};

// "no errors", "1 warning", "3 notes".
std::string counted(int n, std::string_view what);

// Whether the text is a GUID as Microsoft writes one: 8-4-4-4-12 hexadecimal digits.
bool is_guid(std::string_view text);

// "Checked against Lanarkshire Child Protection Guidance 2019 version 1.2 on 25 November
// 2026: no errors" (and the warnings, when there are any): a fact, neither claim nor warning.
std::string check_sentence(const CheckResult& result, const Date& checked_on);

// cpdoc-result ("no errors, 1 warning, no notes"), cpdoc-pack, cpdoc-pack-version,
// cpdoc-checked-on, and the label's MSIP_Label_<id>_* properties when there is one.
std::map<std::string, std::string>
document_properties(const CheckResult& result, const Date& checked_on,
                    const std::optional<SensitivityLabel>& label);

} // namespace cpdoc
