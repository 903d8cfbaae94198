// The vocabularies the rules read (docs/policy-packs.md lists which rule reads which). A
// pack's <vocabulary> of any other name would be read by nothing, so it is refused.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// Each vocabulary a rule reads, in the order of their names: a rule names one at compile
// time, and a pack keeps them in an array rather than looking them up by name.
enum class Vocab : unsigned char {
    adult_words,
    agency_names,
    agency_words,
    behaviour_words,
    defaulted_visit_types,
    event_types,
    family_words,
    manager_roles,
    markings,
    multi_agency_phrases,
    named_meetings,
    non_person_owners,
    not_manager_roles,
    not_yet_discussed,
    nothing_to_record,
    placeholder_phrases,
    resistance_labels,
    resistance_types,
    threat_words,
    token_reasons,
    unmeasurable_words,
    unrealistic_due,
    vague_contingency,
    vague_words,
    views_not_recorded,
    views_not_sought,
    worker_safeguards,
    worker_words,
};
inline constexpr std::size_t vocabulary_count = static_cast<std::size_t>(Vocab::worker_words) + 1;

// The names a pack gives them ("adult-words"), in Vocab's order.
const std::vector<std::string>& vocabulary_names();
// The vocabulary of that name; nullopt for a name no rule reads.
std::optional<Vocab> vocabulary_named(std::string_view name);

} // namespace cpdoc
