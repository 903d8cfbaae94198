// The ways `cpdoc check` reports its findings.
#pragma once

#include "check_file.hpp"

#include <string>
#include <vector>

namespace cpdoc {

struct TextReportOptions {
    bool explain = false; // add the quoted policy text under each finding
};

std::string text_report(const std::vector<FileOutcome>& outcomes, const TextReportOptions& options);
std::string json_report(const std::vector<FileOutcome>& outcomes);

// "Lanarkshire 2019 working with resistance, 6. Assessment of Risk"
std::string brief_citation(const Citation& citation);

} // namespace cpdoc
