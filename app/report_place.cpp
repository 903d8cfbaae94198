#include "app/reports.hpp"
#include "policies/finding_place.hpp"

namespace cpdoc {

std::string place_text(const Finding& finding) {
    return finding.place ? place_text(*finding.place) : "";
}

std::string finding_location(const std::string& path, const Finding& finding) {
    if (finding.place)
        return path + ": " + place_text(finding);
    return path + ':' + std::to_string(finding.pos.line) + ':' + std::to_string(finding.pos.column);
}

} // namespace cpdoc
