// Single-agency chronologies into one integrated chronology: entries in date order, every
// source kept, and the same event reported by two agencies marked on both rows.
#pragma once

#include "checker/document_view.hpp"

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
    int entries = 0;
    int shared_events = 0; // rows marked as reported by more than one agency
};

MergeResult merge_chronologies(const std::vector<MergeInput>& inputs);

} // namespace cpdoc
