#include "render_limits.hpp"

#include "pandoc_ast.hpp"

namespace cpdoc {
namespace {

RenderLimits in_force(OutputFormat format, const RenderLimits& given) {
    const RenderLimits defaults = default_render_limits(format);
    return {given.max_bytes != 0 ? given.max_bytes : defaults.max_bytes,
            given.max_cells != 0 ? given.max_cells : defaults.max_cells};
}

std::string a_document(OutputFormat format) {
    return format == OutputFormat::pdf ? "a PDF" : "a rendered document";
}

} // namespace

RenderLimits default_render_limits(OutputFormat format) {
    // Measured at these limits on a busy two-core machine: HTML or DOCX of 1 MiB of prose, of
    // one-letter words, or of 40,000 cells, under 9 s and 450 MB; a PDF of 256 KiB of table
    // rows, or of 10,000 cells (2,450 chronology rows), 48 and 63 s, 230 and 440 MB.
    if (format == OutputFormat::pdf)
        return {std::size_t{256} << 10, 10000};
    return {std::size_t{1} << 20, 40000};
}

std::optional<std::string> over_render_size(std::size_t bytes, OutputFormat format,
                                            const RenderLimits& given) {
    const RenderLimits limits = in_force(format, given);
    if (bytes <= limits.max_bytes)
        return std::nullopt;
    return "not rendered: it is " + std::to_string(bytes) + " bytes, and " + a_document(format) +
           " may be made of up to " + std::to_string(limits.max_bytes) +
           " (--max-render-size); split it";
}

std::optional<std::string> over_render_limits(const std::string& pandoc_json, OutputFormat format,
                                              const RenderLimits& given) {
    const RenderLimits limits = in_force(format, given);
    if (const std::size_t cells = pandoc::table_cells(pandoc_json); cells > limits.max_cells)
        return "not rendered: its tables have " + std::to_string(cells) + " cells, and " +
               a_document(format) + " may have up to " + std::to_string(limits.max_cells) +
               " (--max-render-cells); split it";
    if (pandoc_json.size() / max_pandoc_input_per_byte > limits.max_bytes)
        return "not rendered: its words and table cells come to " +
               std::to_string(pandoc_json.size()) + " bytes for Pandoc to read, more than " +
               std::to_string(max_pandoc_input_per_byte) + " times --max-render-size (" +
               std::to_string(limits.max_bytes) + "); split it";
    return std::nullopt;
}

} // namespace cpdoc
