#include "checker/known_values.hpp"

namespace cpdoc {

const std::vector<std::string>& front_matter_keys() {
    static const std::vector<std::string> keys = {
        "document",           "policy",      "child",        "date",   "registered", "cso",
        "significant-issues", "next-review", "next-meeting", "status", "agency",     "marking"};
    return keys;
}

const std::vector<std::string>& document_kinds() {
    static const std::vector<std::string> kinds = {"child-plan", "core-group-minutes",
                                                   "multi-agency-minutes", "chronology"};
    return kinds;
}

const std::vector<std::string>& yes_no_front_matter_keys() {
    static const std::vector<std::string> keys = {"registered", "cso", "significant-issues"};
    return keys;
}

const std::vector<std::string>& sharing_decisions() {
    static const std::vector<std::string> decisions = {
        "share",        "shared",   "do not share", "don't share",      "not shared",
        "not to share", "withhold", "withheld",     "will share",       "will not share",
        "to share",     "decline",  "declined",     "not to be shared", "to be shared"};
    return decisions;
}

} // namespace cpdoc
