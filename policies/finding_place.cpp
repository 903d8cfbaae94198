#include "policies/finding_place.hpp"

namespace cpdoc {

std::string place_text(const FindingPlace& place) {
    if (place.section.empty() && place.where.empty())
        return "the document";
    std::string text = place.section.empty() ? "before the first section" : place.section;
    if (!place.where.empty())
        text += ", " + place.where;
    if (!place.snippet.empty())
        text += " (\"" + place.snippet + "\")";
    return text;
}

} // namespace cpdoc
