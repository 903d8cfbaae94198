// The writer: a checked document as the Pandoc document cpdoc renders. One model, many
// output formats: Pandoc turns this into DOCX and HTML, WeasyPrint the HTML into PDF.
#pragma once

#include "policies/finding.hpp"
#include "grammar/date.hpp"
#include "grammar/model.hpp"

#include <string>

namespace cpdoc {

struct RenderOptions {
    bool draft = false; // rendered although it has errors: marked on every page
    Date checked_on;    // the date the compliance statement gives
    std::string cpdoc_version;
};

// The protective marking printed at the top and bottom of every page: front matter
// `marking`, OFFICIAL-SENSITIVE when there is none.
std::string protective_marking(const Document& document);

constexpr std::string_view draft_marking = "DRAFT \u2014 NOT POLICY-COMPLIANT";

// Pandoc's JSON for the rendered document: title block, the sections as the author wrote
// them (records as tables), computed deadlines, the compliance statement and, when there
// are any, the findings.
std::string pandoc_document(const Document& document, const CheckResult& result,
                            const RenderOptions& options);

} // namespace cpdoc
