// When two agencies' chronology entries are one event, for `cpdoc chronology merge`: the
// same date and type, and the same time of day when both give one; a visit or appointment,
// one agency's own contact, only when a record says the other agency came too.
#pragma once

#include "grammar/date.hpp"
#include "policies/folded_terms.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// One chronology entry as the merge compares it.
struct AgencyRecord {
    Date date;
    std::string type;
    std::string event;
    std::size_t input;       // which chronology it came from
    std::optional<int> time; // of day, from a Time column or the event's text
};

// What the merge knows of each input.
struct Reporter {
    std::string name; // the agency, or the file's name (never its path: it is written out)
    std::string agency;
    const FoldedTerms* defaulted_types; // the pack's folded vocabulary
};

// Two times two agencies wrote for one event differ by a few minutes at most.
constexpr int same_event_minutes = 15;

// Whether the entry says the other's agency came too ("visit with police"), or that the event
// was joint.
bool came_with(const AgencyRecord& record, const Reporter& other);

// Counting a visit twice brings the agencies together early; counting two as one can hide a
// child: so two entries are one event only on this evidence. Of `b`, beyond its input, date
// and type, it reads only its time and came_with(b, reporters[a.input]): pair_same_events
// (event_pairs.hpp) relies on that.
bool same_event(const AgencyRecord& a, const AgencyRecord& b,
                const std::vector<Reporter>& reporters);

} // namespace cpdoc
