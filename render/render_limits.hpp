// How much a document may be to be rendered, decided before Pandoc or WeasyPrint runs: both
// grow with the document. Pandoc holds about 45 bytes of memory for each byte of its JSON
// input (7 to 10 times the Markdown; more for table cells and one-letter words) and reads
// about 1 MB of it a second. WeasyPrint lays tables out slowly: 100 to 160 s for each MB of
// table text, and up to 200 KB of memory for each row. A 7 MB chronology took Pandoc 52 s and
// 6.7 GB; within these limits HTML and DOCX take under 10 s and 500 MB, a PDF about a minute
// and 500 MB, on a busy two-core machine.
#pragma once

#include "renderer.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace cpdoc {

// 0 stands for the output format's own limit.
struct RenderLimits {
    std::size_t max_bytes = 0; // --max-render-size: of the document
    std::size_t max_cells = 0; // --max-render-cells: table cells, header cells included
};

RenderLimits default_render_limits(OutputFormat format);

// Pandoc's input may be this many times the document's limit: prose makes about 7 times its
// size in JSON.
constexpr std::size_t max_pandoc_input_per_byte = 8;

// Why a document of `bytes` is not rendered to `format`, or nothing.
std::optional<std::string> over_render_size(std::size_t bytes, OutputFormat format,
                                            const RenderLimits& limits);

// Why the Pandoc document written for it is too much to render to `format`, or nothing.
std::optional<std::string> over_render_limits(const std::string& pandoc_json, OutputFormat format,
                                              const RenderLimits& limits);

} // namespace cpdoc
