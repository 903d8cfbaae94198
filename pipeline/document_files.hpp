// Finding the files a command was pointed at: every regular file below the directories
// (hidden directories such as .git left out, symbolic links not followed), in a stable order,
// and which of them are documents.
#pragma once

#include "grammar/model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace cpdoc {

std::vector<std::filesystem::path> files_below(const std::vector<std::string>& directories);

// .md or .markdown: a file meant as a document, so failing to read it is worth reporting.
bool markdown_name(const std::filesystem::path& path);

// Whether a file found below a directory is a document: its front matter names its kind. One
// that could not be read or parsed (`parsed` null) is when its name says it is Markdown or
// Word (.docx, .dotx, and the refused .docm, .dotm), so
// the reason is reported; any other file is passed over (`audit`, `check DIR`, `render DIR`).
bool is_document(const std::filesystem::path& path, const Document* parsed);

} // namespace cpdoc
