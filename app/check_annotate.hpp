// `check FILE --annotate -o OUT.docx`: the checked document as Word with each finding a
// comment at its place. A Word document keeps every part but those a comment touches; a
// Markdown document is rendered to DOCX first (marked as a draft when it has errors).
#pragma once

#include "grammar/date.hpp"
#include "pipeline/check_file.hpp"

#include <optional>
#include <string>

namespace cpdoc {

// An error message, or nullopt when `output` was written. `outcome` holds the document.
std::optional<std::string> write_annotated(const FileOutcome& outcome, PackStore& packs,
                                           const Limits& limits, const Date& today,
                                           const std::string& output,
                                           const std::vector<std::string>& inputs);

} // namespace cpdoc
