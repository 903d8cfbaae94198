// WeasyPrint kept running. Each thread that prints a PDF starts one Python process
// (render/weasyprint_driver.py, under the Python the weasyprint program runs under) when it
// first needs it, and sends it every document after: WeasyPrint's start-up, about half of a
// small rendering, is paid once per thread instead of once per document. The driver is
// sandboxed as a program run for one document is (a private workspace as home and TMPDIR, the
// minimal environment, the memory limit, the time limit for each document, killed with cpdoc
// or its thread), fetches no URL but data:, and is started again if it dies.
#pragma once

#include "renderer.hpp"

#include <optional>
#include <string>

namespace cpdoc {

// The PDF WeasyPrint prints from `html`, as `weasyprint --quiet --pdf-variant pdf/ua-1`
// (pdf/a-3b with settings.pdf_a) would print it. nullopt when the weasyprint program is not a
// Python script whose Python the driver can run under: then the caller runs it per document.
std::optional<Rendered> print_with_driver(const std::string& html, const RenderSettings& settings);

} // namespace cpdoc
