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
// record is read only when it has no field, no checklist and no notes. Its owner is the
// words it opens with before "to" or "will" (or a dash), or the name after a "by" ("to be
// told by Liam"), when they are someone the document names, a role, agency, family word or
// "all", or a full name. Its due date is the date after its last "by" or "no later than"
// that a date follows, or one it opens with ("By 18/12/2026 Liam will ..."), or one that ends
// it after a dash, a comma or "on"; a day with no year or a week that ends it ("on 7th
// December", "w/c 7/12") is read too, for DATE-INVALID to say which day it most likely means.
std::optional<Section> sentence_fields(const Section& section, const SectionSpec& spec,
                                       const Policy& policy, const PeopleDirectory& people);

} // namespace cpdoc
