// The Pandoc bridge: a Pandoc document (JSON, from the writer) to DOCX, HTML or PDF bytes.
// Pandoc runs with a private data directory (and sandboxed for HTML); the PDF is the HTML printed
// by WeasyPrint, tagged for screen readers (PDF/UA-1) or archivable (PDF/A-3b) on request.
#pragma once

#include "grammar/date.hpp"
#include "house_style.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace cpdoc {

enum class OutputFormat { docx, pdf, html };

struct RenderSettings {
    OutputFormat format = OutputFormat::docx;
    bool pdf_a = false;
    std::chrono::seconds time_limit{120}; // for each program run
    Date date;                            // SOURCE_DATE_EPOCH: the same input, the same bytes
    // Of each program run (RLIMIT_AS), a second line behind render_limits.hpp: a document
    // that would need more makes the renderer fail, not the machine swap.
    std::size_t address_space = std::size_t{1} << 30;
    std::shared_ptr<const HouseStyle> style; // the council's, or none: cpdoc's own
};

// The DOCX's header and footer (the HTML template has the same from the metadata).
struct PageText {
    std::vector<std::string> header_lines; // header_lines() of document_writer.hpp
    std::string marking;                   // the bottom of every page
};

struct Rendered {
    std::string bytes; // the output file's content
    std::string error; // empty on success
};

Rendered render(const std::string& pandoc_json, const PageText& page,
                const RenderSettings& settings);

std::string_view extension(OutputFormat format); // "docx"

} // namespace cpdoc
