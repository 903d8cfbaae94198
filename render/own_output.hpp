// Whether a file at an output's name is one cpdoc made: a rendering (a PDF cpdoc created, HTML
// whose generator is cpdoc, a DOCX with cpdoc's check in its properties) or an annotated copy
// (a DOCX with cpdoc's comments). `render` and `--annotate` replace such a file; any other
// (the practitioner's own Word minutes beside the Markdown imported from them, a signed PDF)
// only with --force.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc {

// Why the output may not be written over what is there; nullopt when nothing is there, or
// cpdoc made it.
std::optional<std::string> why_not_replaced(const std::filesystem::path& output);

} // namespace cpdoc
