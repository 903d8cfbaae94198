// One open document checked as `check` would check the file: its text, the model read from
// it, and the findings, kept until the text changes.
#pragma once

#include "lsp/open_documents.hpp"
#include "lsp/workspace.hpp"
#include "pipeline/check_file.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace cpdoc::lsp {

struct Analysis {
    int version = 0;
    std::string text;
    std::vector<std::string_view> lines; // of `text`
    FileOutcome outcome;                 // with the document kept
    PackStore* packs = nullptr;          // what it was checked with; null when not checked
    std::string setup_error;             // the configuration could not be used
};

// The path a `file:` URI names (percent-decoding it); for another scheme (an unsaved buffer),
// a name in the working directory, so that its configuration is found there.
std::filesystem::path uri_path(const std::string& uri);

std::shared_ptr<const Analysis> analyse(const OpenDocument& document, Workspace& workspace);

} // namespace cpdoc::lsp
