// The reference document Pandoc takes page setup, styles, headers and footers from: Pandoc's
// own reference.docx with cpdoc's styles (templates/render/docx-styles.xml), A4 pages, and a
// header and footer carrying the protective marking (and the draft warning) on every page,
// with "Page x of y" in the footer.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct DocxPageText {
    std::vector<std::string> header_lines; // the marking, then the draft warning if any
    std::string footer_marking;
};

// Writes the reference document to `path`; returns an error message, or nullopt. Every
// entry gets the same fixed time, so the same input always gives the same bytes.
std::optional<std::string> write_reference_docx(const std::string& pandoc_reference,
                                                const DocxPageText& text, const std::string& path);

} // namespace cpdoc
