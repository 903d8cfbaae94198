// The writer: a checked document as the Pandoc document cpdoc renders. One model, many
// output formats: Pandoc turns this into DOCX and HTML, WeasyPrint the HTML into PDF.
#pragma once

#include "document_properties.hpp"
#include "grammar/date.hpp"
#include "grammar/model.hpp"
#include "policies/finding.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct RenderOptions {
    bool draft = false;        // rendered although it has errors: marked, findings listed
    bool for_accuracy = false; // for attendees to check: marked, nothing said of compliance
    bool statement = false;    // the check's result stated at the end, with the findings
    Date checked_on;           // the date of the check
    std::string cpdoc_version;
    std::optional<SensitivityLabel> label =
        std::nullopt; // written into the DOCX's custom properties
};

// The protective marking printed at the top and bottom of every page: front matter
// `marking`, OFFICIAL-SENSITIVE when there is none.
std::string protective_marking(const Document& document);

constexpr std::string_view draft_marking = "DRAFT \u2014 NOT POLICY-COMPLIANT";
constexpr std::string_view accuracy_marking = "DRAFT FOR ACCURACY";

// "Case C-104871 \u00b7 Meeting 16 November 2026": the case reference and the meeting or
// plan date, as far as the front matter gives them.
std::string case_line(const Document& document, const CheckResult& result);

// The lines of the running header, top of every page: the marking, the case reference with
// the meeting or plan date (case_line), then the draft
// or for-accuracy marking when there is one.
std::vector<std::string> header_lines(const Document& document, const CheckResult& result,
                                      const RenderOptions& options);

// The title the document is rendered under, and its Title property: the `#` title, or the
// kind and the child reference.
std::string document_title(const Document& document, const CheckResult& result);

// Pandoc's JSON for the rendered document: title block, the sections as the author wrote
// them (records as tables), computed deadlines and, with --statement or --draft, the check's
// result and the findings; its metadata carries the document properties.
std::string pandoc_document(const Document& document, const CheckResult& result,
                            const RenderOptions& options);

} // namespace cpdoc
