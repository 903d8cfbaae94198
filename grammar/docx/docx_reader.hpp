// Reads a Word document (.docx, .dotx: an Office Open XML word-processing package) into the
// same document model the Markdown parser gives (spec section 9). Text is read as it would
// read with every tracked change accepted; what must not circulate (tracked changes,
// comments, hidden text, embedded objects) is recorded in Document::word_hazards at its
// place, without its text. Nothing outside the package is ever read: external relationships
// are not followed.
#pragma once

#include "grammar/model.hpp"
#include "grammar/source_text.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct DocxOptions {
    Limits limits;                   // list items, table rows, nesting and paragraph length
    std::size_t max_entries = 10000; // entries in the package
    std::uint64_t max_uncompressed = 64u << 20; // bytes, declared and read, over all entries
    double max_ratio = 100; // uncompressed : compressed, of an entry or the whole
    // The reader knows no policy: the caller says which short, wholly bold paragraphs name a
    // section (spec section 9: Word users often bold a line instead of using a style). Given
    // the document's kind from its front matter (possibly empty) and the paragraph's text.
    std::function<bool(std::string_view document_kind, std::string_view paragraph_text)>
        names_known_section;
};

// The short, wholly bold paragraphs a build asked names_known_section about, and the kind it
// asked for: another pack reads the same sections if it answers each the same.
struct BoldHeadingQuestions {
    std::string document_kind;
    std::vector<std::string> paragraphs;
};

struct DocxResult {
    std::optional<Document> document;
    std::optional<SourceError> error; // not a Word document cpdoc reads, and why
    BoldHeadingQuestions bold_headings_asked;
};

// Never throws on bad input: every refusal is an error with a message a user can act on.
DocxResult read_docx(std::string_view bytes, const DocxOptions& options = {});

namespace docx {
struct WordContent;
}

// A Word package unzipped, parsed and read as text once, to be built into a Document with one
// pack's section names and, if the document names another pack whose answers differ, again
// with that pack's, without reading the package twice. read_docx is open_docx then
// build_docx.
struct WordSource {
    std::shared_ptr<const docx::WordContent> content;
    std::optional<SourceError> error; // as read_docx refuses
};
WordSource open_docx(std::string_view bytes, const DocxOptions& options = {});
DocxResult build_docx(const docx::WordContent& content, const DocxOptions& options = {});

// How a path names a Word document: `.docx` and `.dotx` are read; `.docm` and `.dotm`
// (macro-enabled) are Word documents that read_docx refuses. Case is ignored.
enum class WordFileName { not_word, word, macro_enabled };
WordFileName word_file_name(const std::filesystem::path& path);
bool looks_like_docx_name(const std::filesystem::path& path); // word or macro_enabled

} // namespace cpdoc
