#include "vocabulary_names.hpp"

#include <algorithm>

namespace cpdoc {

const std::vector<std::string>& vocabulary_names() {
    static const std::vector<std::string> names = {
        "adult-words",          "agency-names",          "agency-words",
        "behaviour-words",      "defaulted-visit-types", "event-types",
        "family-words",         "manager-roles",         "markings",
        "multi-agency-phrases", "named-meetings",        "non-person-owners",
        "not-manager-roles",    "not-yet-discussed",     "nothing-to-record",
        "placeholder-phrases",  "resistance-labels",     "resistance-types",
        "threat-words",         "token-reasons",         "unmeasurable-words",
        "unrealistic-due",      "vague-contingency",     "vague-words",
        "views-not-recorded",   "views-not-sought",      "worker-safeguards",
        "worker-words"};
    return names;
}

std::optional<Vocab> vocabulary_named(std::string_view name) {
    const auto& names = vocabulary_names();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<Vocab>(it - names.begin());
}

} // namespace cpdoc
