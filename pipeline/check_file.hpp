// Read, parse and check one document: the pipeline `check`, `audit` and `render` run.
#pragma once

#include "checker/engine.hpp"
#include "grammar/source_text.hpp"
#include "pipeline/input.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct FileOutcome {
    std::string path;
    std::optional<CheckResult> result; // absent when the file could not be read as a document
    std::string error;                 // why not: "byte 12: invalid UTF-8 ..."
    std::shared_ptr<const Document> document; // kept only when asked for (to render it)
};

// A file the user named: checked whatever it holds.
FileOutcome check_file(const std::string& path, PackStore& packs, const CheckOptions& options,
                       const Limits& limits, bool keep_document = false);

// What was read from somewhere else (standard input), named `path` in messages.
FileOutcome check_input(const std::string& path, InputFile input, PackStore& packs,
                        const CheckOptions& options, const Limits& limits,
                        bool keep_document = false);

// A file found below a directory: checked only when it is a document (is_document); none
// when it is not.
std::optional<FileOutcome> check_found_file(const std::filesystem::path& path, PackStore& packs,
                                            const CheckOptions& options, const Limits& limits,
                                            bool keep_document = false);

// Gives each finding on a Word document the place its line stands for (section, paragraph or
// table row, first words); findings on a Markdown document keep their lines.
void add_word_places(const Document& document, std::vector<Finding>& findings);

// Whether a file found below a directory is a document (is_document), reading it to see.
bool is_document_file(const std::filesystem::path& path, const Limits& limits);

} // namespace cpdoc
