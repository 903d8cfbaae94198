#include "compose/same_event.hpp"

#include "grammar/folding.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <cstdlib>

namespace cpdoc {
namespace {

// A visit or an appointment is one agency's own contact with the family: two agencies' visits
// on one day are two visits unless the record says they went together.
bool is_own_contact(const std::string& folded_type, const Reporter& reporter) {
    return folded_type.starts_with("visit") || folded_type.starts_with("appointment") ||
           (reporter.defaulted_types != nullptr &&
            is_one_of(folded_type, *reporter.defaulted_types));
}

// Whether the event's text says the agency came too: "visit with police" (Police Scotland),
// "SW and HV visited" (Health Visiting), "accompanied by the health visitor", by one of the
// agency's distinctive words or its initials. An agency merely mentioned ("police informed")
// did not come.
bool went_with(std::string_view text, std::string_view agency) {
    static const std::vector<std::string> generic = {
        "and",     "of",  "the",      "for",     "service", "services", "team",
        "council", "nhs", "scotland", "england", "wales",   "local"};
    auto came = [&](const std::string& name) {
        for (const std::string_view before :
             {"with", "with the", "and", "and the", "accompanied by", "accompanied by the",
              "alongside", "alongside the"})
            if (contains_phrase(text, std::string(before) + " " + name))
                return true;
        return false;
    };
    std::string initials;
    std::size_t start = 0;
    const std::string folded = fold_key(agency);
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        const std::string word = folded.substr(start, end - start);
        if (!word.empty()) {
            initials += word[0];
            if (std::find(generic.begin(), generic.end(), word) == generic.end() && came(word))
                return true;
        }
        start = end + 1;
    }
    return initials.size() > 1 && came(initials);
}

} // namespace

bool came_with(const AgencyRecord& record, const Reporter& other) {
    return contains_phrase(record.event, "joint") ||
           (!other.agency.empty() && went_with(record.event, other.agency));
}

// Two entries of one chronology are two events (two visits on one day), never one.
bool same_event(const AgencyRecord& a, const AgencyRecord& b,
                const std::vector<Reporter>& reporters) {
    if (a.input == b.input || a.date != b.date)
        return false;
    const std::string type = fold_name(a.type);
    if (type != fold_name(b.type))
        return false;
    if (a.time && b.time)
        return std::abs(*a.time - *b.time) <= same_event_minutes;
    const Reporter& of_a = reporters[a.input];
    const Reporter& of_b = reporters[b.input];
    return !is_own_contact(type, of_a) || came_with(a, of_b) || came_with(b, of_a);
}

} // namespace cpdoc
