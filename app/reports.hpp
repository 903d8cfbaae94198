// The ways `cpdoc check` reports its findings.
#pragma once

#include "pipeline/check_file.hpp"
#include "policies/finding_place.hpp"
#include "rule_description.hpp"

#include <functional>

#include <string>
#include <vector>

namespace cpdoc {

struct TextReportOptions {
    bool explain = false; // add the quoted policy text under each finding
};

std::string text_report(const std::vector<FileOutcome>& outcomes, const TextReportOptions& options);
std::string json_report(const std::vector<FileOutcome>& outcomes);
std::string junit_report(const std::vector<FileOutcome>& outcomes);
std::string github_report(const std::vector<FileOutcome>& outcomes);

using RuleDescriber =
    std::function<RuleDescription(const std::string& id, const std::string& policy)>;
std::string sarif_report(const std::vector<FileOutcome>& outcomes, const RuleDescriber& describe,
                         std::string_view version);

class JsonWriter;
struct AuditFinding;
// The fields every JSON output gives a finding: rule, severity, message, and where it is: line
// and column, or for a Word document (no lines) its place.
void write_finding_location(JsonWriter& json, const Finding& finding);
void write_finding_location(JsonWriter& json, const AuditFinding& finding);

// Where a finding is, for its reader: in a Word document, which has no lines, the section,
// the table and row or paragraph, and the first words ("Actions, table 1, row 3 (\"Karen to
// arrange a…\")"); empty for a Markdown document. Every report writer says it this way.
template <class AnyFinding> std::string place_text(const AnyFinding& finding) {
    return finding.place ? place_text(*finding.place) : std::string();
}
// "minutes.md:12:3", or "minutes.docx: Actions, table 1, row 3 (\"Karen to arrange a…\")".
std::string finding_location(const std::string& path, const Finding& finding);

// "Lanarkshire 2019 working with resistance, 6. Assessment of Risk"
std::string brief_citation(const Citation& citation);

} // namespace cpdoc
