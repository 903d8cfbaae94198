// Finding the files a command was pointed at: every regular file below the directories
// (hidden directories such as .git left out, symbolic links neither listed nor followed), in
// path order, and which of them are documents.
#pragma once

#include "grammar/model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace cpdoc {

// A folder below a directory that could not be opened, and why ("Permission denied"): its
// documents are not in the walk, which a report must say rather than pass them over.
struct UnreadableFolder {
    std::string path;
    std::string error;
};

// Each directory's folders are walked on `threads` threads (0: one per core). A directory that
// is a file is itself; one that cannot be read gives nothing, and neither does a folder in it,
// which is added to `unreadable` when it is given.
std::vector<std::string> files_below(const std::vector<std::string>& directories,
                                     unsigned threads = 0,
                                     std::vector<UnreadableFolder>* unreadable = nullptr);

// .md or .markdown: a file meant as a document, so failing to read it is worth reporting.
bool markdown_name(const std::filesystem::path& path);

// Whether a file found below a directory is a document: its front matter names its kind. One
// that could not be read or parsed (`parsed` null) is when its name says it is Markdown or
// Word (.docx, .dotx, and the refused .docm, .dotm), so
// the reason is reported; any other file is passed over (`audit`, `check DIR`, `render DIR`).
bool is_document(const std::filesystem::path& path, const Document* parsed);

} // namespace cpdoc
