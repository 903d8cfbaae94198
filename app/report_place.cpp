#include "app/reports.hpp"
#include "policies/finding_place.hpp"

namespace cpdoc {

std::string finding_location(const std::string& path, const Finding& finding) {
    if (finding.place)
        return path + ": " + place_text(finding);
    return path + ':' + std::to_string(finding.pos.line) + ':' + std::to_string(finding.pos.column);
}

} // namespace cpdoc
