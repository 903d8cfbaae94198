// What changed between two versions of a pack, resolved (so a change inherited from a parent
// shows too): rules and their severities and parameters, the pack's own rules (require,
// discourage), sections and fields of each kind, vocabularies, markings, the calendar
// (jurisdiction and holidays) and the sources. For a reviewer of a pack change.
#pragma once

#include "policy.hpp"

#include <string>
#include <vector>

namespace cpdoc {

struct PackChange {
    std::string element; // rule, require, discourage, section, field, vocabulary, markings,
                         // holiday, jurisdiction, source
    std::string kind;    // the document kind a section, field or require belongs to; else empty
    std::string name;    // rule id, section, "Section / Field", vocabulary name, date
    std::string change;  // added, removed or changed
    std::string detail;  // what about it: "severity warning -> error", "terms added: ..."
};

std::vector<PackChange> diff_packs(const Policy& old_pack, const Policy& new_pack);

} // namespace cpdoc
