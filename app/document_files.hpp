// Finding the files a command was pointed at: every regular file below the directories
// (hidden directories such as .git left out, symbolic links not followed), in a stable order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cpdoc {

std::vector<std::filesystem::path> files_below(const std::vector<std::string>& directories);

// .md or .markdown: a file meant as a document, so failing to read it is worth reporting.
bool markdown_name(const std::filesystem::path& path);

} // namespace cpdoc
