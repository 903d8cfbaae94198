// The reference document Pandoc takes page setup, styles, headers and footers from, with a
// header and footer carrying the protective marking (and the case line, and the draft
// marking) on every page, with "Page x of y" in the footer.
//
// cpdoc's own: Pandoc's reference.docx with cpdoc's styles (templates/render/docx-styles.xml)
// and A4 pages. A council's (--reference-doc): its styles, page setup, headers and footers as
// they are, with cpdoc's lines added at the end of each of its headers and footers (or a
// header and footer of cpdoc's where it has none), so the marking is on every page whatever
// the template does with first and even pages.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct DocxPageText {
    std::vector<std::string> header_lines; // the marking, the case line, the draft marking
    std::string footer_marking;
};

// Writes the reference document made from `base` (Pandoc's reference.docx, or with `house`
// the council's) to `path`; returns an error message, or nullopt. Every entry gets the same
// fixed time, so the same input always gives the same bytes.
std::optional<std::string> write_reference_docx(const std::string& base, bool house,
                                                const DocxPageText& text, const std::string& path);

} // namespace cpdoc
