// Reading one document into the model: the bytes (from a file or standard input), decoded and
// parsed, or why not, worded once for every command.
#pragma once

#include "grammar/model.hpp"
#include "grammar/source_text.hpp"
#include "pipeline/input.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc {

struct ReadDocument {
    std::optional<Document> document;
    std::string error;     // why there is none: "byte 12: invalid UTF-8 ..."
    bool unread = false;   // the bytes themselves could not be read (error says why)
    std::size_t bytes = 0; // how many were read
};

ReadDocument read_document(InputFile input, const Limits& limits);
ReadDocument read_document(const std::filesystem::path& path, const Limits& limits);

} // namespace cpdoc
