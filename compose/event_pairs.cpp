#include "compose/event_pairs.hpp"

#include "grammar/folding.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace cpdoc {
namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

using Records = std::vector<const AgencyRecord*>;
using Positions = std::set<std::size_t>;

// The entries of one chronology, of one date and type, that no entry of another chronology,
// the asking one, has taken yet; grouped by what same_event reads of them besides that, so that
// it answers alike for every entry of a group and only each group's first need be asked.
class Candidates {
public:
    void add(std::size_t position, const AgencyRecord& record, bool came) {
        groups(record, came, [&](Positions& group) { group.insert(position); });
    }

    void remove(std::size_t position, const AgencyRecord& record, bool came) {
        groups(record, came, [&](Positions& group) { group.erase(position); });
    }

    // The first entry after `asker` that same_event pairs with it, or `none`.
    std::size_t first_match(std::size_t asker, const Records& records,
                            const std::vector<Reporter>& reporters) const {
        const AgencyRecord& record = *records[asker];
        std::size_t best = none;
        auto ask = [&](const Positions& group) {
            const auto first = group.upper_bound(asker);
            if (first != group.end() && *first < best &&
                same_event(record, *records[*first], reporters))
                best = *first;
        };
        if (record.time) {
            // Two timed entries are one event only within same_event_minutes of each other.
            for (auto it = at_time_.lower_bound(*record.time - same_event_minutes);
                 it != at_time_.end() && it->first <= *record.time + same_event_minutes; ++it)
                ask(it->second);
        } else {
            ask(timed_[0]);
            ask(timed_[1]);
        }
        ask(untimed_[0]);
        ask(untimed_[1]);
        return best;
    }

private:
    template <class Change> void groups(const AgencyRecord& record, bool came, Change change) {
        if (record.time) {
            change(at_time_[*record.time]); // asked by a timed entry
            change(timed_[came]);           // asked by an untimed one
        } else {
            change(untimed_[came]);
        }
    }

    std::map<int, Positions> at_time_;
    std::array<Positions, 2> timed_;   // by came_with(entry, asking chronology)
    std::array<Positions, 2> untimed_; // by came_with(entry, asking chronology)
};

// The entries of one date and type, in order.
void pair_within(const std::vector<std::size_t>& entries, const Records& records,
                 const std::vector<Reporter>& reporters,
                 std::vector<std::vector<std::size_t>>& partners) {
    std::set<std::size_t> inputs;
    for (const std::size_t position : entries)
        inputs.insert(records[position]->input);
    if (inputs.size() < 2)
        return;
    // Keyed by (the entries' chronology, the asking chronology).
    std::map<std::pair<std::size_t, std::size_t>, Candidates> candidates;
    auto came = [&](std::size_t position, std::size_t asking) {
        return came_with(*records[position], reporters[asking]);
    };
    for (const std::size_t position : entries)
        for (const std::size_t asking : inputs)
            if (asking != records[position]->input)
                candidates[{records[position]->input, asking}].add(position, *records[position],
                                                                   came(position, asking));

    for (const std::size_t position : entries) {
        const std::size_t input = records[position]->input;
        std::vector<std::size_t> found;
        for (const std::size_t other : inputs) {
            const bool paired =
                std::any_of(partners[position].begin(), partners[position].end(),
                            [&](std::size_t partner) { return records[partner]->input == other; });
            if (other == input || paired)
                continue;
            const std::size_t match =
                candidates[{other, input}].first_match(position, records, reporters);
            if (match != none)
                found.push_back(match);
        }
        std::sort(found.begin(), found.end());
        for (const std::size_t match : found) {
            partners[position].push_back(match);
            partners[match].push_back(position);
            candidates[{records[match]->input, input}].remove(match, *records[match],
                                                              came(match, input));
        }
    }
}

} // namespace

std::vector<std::vector<std::size_t>> pair_same_events(const Records& records,
                                                       const std::vector<Reporter>& reporters) {
    std::vector<std::vector<std::size_t>> partners(records.size());
    for (std::size_t begin = 0; begin < records.size();) {
        std::size_t end = begin;
        std::map<std::string, std::vector<std::size_t>> by_type;
        for (; end < records.size() && records[end]->date == records[begin]->date; ++end)
            by_type[fold_name(records[end]->type)].push_back(end);
        for (const auto& [type, entries] : by_type)
            pair_within(entries, records, reporters, partners);
        begin = end;
    }
    return partners;
}

} // namespace cpdoc
