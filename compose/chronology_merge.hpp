// Single-agency chronologies into one integrated chronology: entries in date order, each
// source kept with its agency, extra columns kept, and the same event reported by two
// agencies marked on both rows ("Also reported by"), which the rules count once.
#pragma once

#include "view/document_view.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct MergeInput {
    std::string path;
    const DocumentView* view;
};

struct MergeResult {
    std::optional<std::string> document; // the integrated chronology, in the dialect
    std::string error;                   // why the inputs cannot be merged
    std::vector<std::string> warnings;   // what the merge had to decide that a reader must check
    int entries = 0;
    int shared_events = 0; // rows marked as reported by more than one agency
};

// policy_override (--policy) names the integrated chronology's policy; without it the inputs
// must agree.
MergeResult merge_chronologies(const std::vector<MergeInput>& inputs,
                               const std::string& policy_override);

} // namespace cpdoc
