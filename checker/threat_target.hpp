// Whom a threat told in a document's prose is against: "Mr Barrow came to the door and
// threatened her" is a risk to workers when "her" is the social worker named before it, and
// not when Dad threatened Mum. Read from the words after the threat and, for a pronoun, the
// first person the clause names: professionals in the attendance and the pack's
// `worker-words` are workers; the family and the pack's `family-words` are not.
#pragma once

#include "checker/rule.hpp"

#include <optional>

namespace cpdoc {

// Where in this text a threat against a worker is told, if it is.
std::optional<Position> threat_to_worker_in(const CheckContext& context, const Located& text);

// Where, in the document's prose and fields outside the sections given, a threat against a
// worker is first told; nullopt when none is.
std::optional<Position> threat_to_worker_told(const CheckContext& context,
                                              const std::vector<std::string_view>& skip_sections);

} // namespace cpdoc
