#include "app/reports.hpp"

namespace cpdoc {

std::string place_words(const FindingPlace& place) {
    std::string text = place.section.empty() ? "before the first section" : place.section;
    if (!place.where.empty())
        text += ", " + place.where;
    if (!place.snippet.empty())
        text += " (\"" + place.snippet + "\")";
    return text;
}

std::string finding_location(const std::string& path, const Finding& finding) {
    if (finding.place)
        return path + ": " + place_text(finding);
    return path + ':' + std::to_string(finding.pos.line) + ':' + std::to_string(finding.pos.column);
}

} // namespace cpdoc
