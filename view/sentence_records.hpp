// Records written as one sentence, as minutes often give actions: "Liam to refer Mum to the
// Freedom Programme by 18/12/2026". The sentence names who will do it and by when; read so,
// the rules that ask for an owner and a due date judge what it says instead of reporting
// that it says nothing.
#pragma once

#include "grammar/model.hpp"
#include "policies/policy.hpp"
#include "view/people_directory.hpp"

#include <optional>

namespace cpdoc {

// The section with its sentence records' owner and due date as the fields the spec asks for
// (its first person field and its first date field); nullopt when no record is read so. A
// record is read only when it has no field, no checklist and no notes, and its sentence
// opens with someone the document names, or with a role, agency, family word or "all", or
// with a full name, before "to" or "will". The due date is what follows its last "by" or
// "no later than", when that is written as a date.
std::optional<Section> sentence_fields(const Section& section, const SectionSpec& spec,
                                       const Policy& policy, const PeopleDirectory& people);

} // namespace cpdoc
