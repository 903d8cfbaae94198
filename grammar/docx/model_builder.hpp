// Gives a Word document's paragraphs and tables the dialect's meaning, building the Document
// the Markdown parser would build for the same document written in Markdown: front matter
// from a details table, `Label: value` paragraphs or custom properties; the title; sections
// from the outermost repeating heading level (and bold paragraphs naming a known section);
// fields, records and checklists from paragraphs and list levels; tables. Each paragraph and
// table row is given a line of its own, and its place is recorded for findings to name.
#pragma once

#include "docx_reader.hpp"
#include "word_blocks.hpp"

#include <string>
#include <utility>
#include <vector>

namespace cpdoc::docx {

struct WordProperties {
    std::vector<std::pair<std::string, std::string>> custom; // name, value as text
    std::string title;                                       // core property dc:title
};

// nullopt, with `error` set, when a paragraph is longer than the limit for a line.
std::optional<Document> build_document(const WordBody& body, const WordProperties& properties,
                                       const DocxOptions& options, SourceError& error);

} // namespace cpdoc::docx
