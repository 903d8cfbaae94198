// pair_same_events: the merge's pairing of one event recorded by two agencies, found through
// indexes, gives exactly what trying every pair with same_event gives.
#include "compose/event_pairs.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace cpdoc;

namespace {

// Every later entry of the same date, in order, as the merge once paired them.
std::vector<std::vector<std::size_t>> every_pair(const std::vector<const AgencyRecord*>& records,
                                                 const std::vector<Reporter>& reporters) {
    std::vector<std::vector<std::size_t>> partners(records.size());
    auto paired_with = [&](std::size_t row, std::size_t input) {
        return std::any_of(partners[row].begin(), partners[row].end(),
                           [&](std::size_t other) { return records[other]->input == input; });
    };
    for (std::size_t i = 0; i < records.size(); ++i)
        for (std::size_t j = i + 1; j < records.size() && records[j]->date == records[i]->date; ++j)
            if (!paired_with(i, records[j]->input) && !paired_with(j, records[i]->input) &&
                same_event(*records[i], *records[j], reporters)) {
                partners[i].push_back(j);
                partners[j].push_back(i);
            }
    return partners;
}

} // namespace

TEST_CASE("pairing through indexes gives what trying every pair gives") {
    const FoldedTerms defaulted({"visit-no-access"});
    const std::vector<Reporter> reporters = {{"Social Work", "Social Work", &defaulted},
                                             {"Police Scotland", "Police Scotland", &defaulted},
                                             {"hv.md", "", nullptr}};
    const std::vector<std::string> types = {"visit-seen", "Visit seen", "visit-no-access", "injury",
                                            "notification"};
    const std::vector<std::string> events = {"Home visit",        "Joint visit",
                                             "Visit with police", "Visit with social work",
                                             "Police informed",   "Seen with the SW"};
    std::mt19937 random(20261125);
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    std::size_t paired = 0;
    for (int round = 0; round < 300; ++round) {
        std::vector<AgencyRecord> records;
        const std::size_t count = 1 + pick(40);
        for (std::size_t i = 0; i < count; ++i) {
            std::optional<int> time;
            if (pick(2) == 0)
                time = 600 + static_cast<int>(pick(60));
            records.push_back({Date::from_days(20000 + static_cast<int>(pick(3))),
                               types[pick(types.size())], events[pick(events.size())],
                               pick(reporters.size()), time});
        }
        std::stable_sort(
            records.begin(), records.end(),
            [](const AgencyRecord& a, const AgencyRecord& b) { return a.date < b.date; });
        std::vector<const AgencyRecord*> pointers;
        for (const AgencyRecord& record : records)
            pointers.push_back(&record);
        INFO("round " << round);
        const auto partners = pair_same_events(pointers, reporters);
        REQUIRE(partners == every_pair(pointers, reporters));
        for (const auto& of_one : partners)
            paired += of_one.size();
    }
    CHECK(paired > 1000); // the rounds pair many entries, and leave many unpaired
}
