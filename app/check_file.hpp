// Read, parse and check one named file: the pipeline `check` (and later `audit`) runs.
#pragma once

#include "checker/engine.hpp"
#include "grammar/source_text.hpp"

#include <memory>
#include <optional>
#include <string>

namespace cpdoc {

struct FileOutcome {
    std::string path;
    std::optional<CheckResult> result; // absent when the file could not be read as a document
    std::string error;                 // why not: "byte 12: invalid UTF-8 ..."
    std::shared_ptr<const Document> document; // kept only when asked for (to render it)
};

FileOutcome check_file(const std::string& path, PackStore& packs, const CheckOptions& options,
                       const Limits& limits, bool keep_document = false);

} // namespace cpdoc
