// Which entries of the chronologies being merged are one event, found without trying every
// pair: a chronology of thousands of entries on one date merges in O(n log n).
#pragma once

#include "compose/same_event.hpp"

#include <cstddef>
#include <vector>

namespace cpdoc {

// `records` are in date order. Going down them, each entry is paired, for each other
// chronology it has no partner from yet, with the first later entry of that chronology on its
// date that has no partner from this entry's chronology and that same_event accepts: each
// entry is one event with at most one entry of each other chronology, so two visits recorded
// by both agencies are two pairs, not four records of one visit. Returns each entry's
// partners (indexes into `records`) in the order they were paired.
std::vector<std::vector<std::size_t>>
pair_same_events(const std::vector<const AgencyRecord*>& records,
                 const std::vector<Reporter>& reporters);

} // namespace cpdoc
