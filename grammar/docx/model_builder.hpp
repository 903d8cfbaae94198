// Gives a Word document's paragraphs and tables the dialect's meaning, building the Document
// the Markdown parser would build for the same document written in Markdown: front matter
// from a details table, `Label: value` paragraphs or custom properties; the title; sections
// from the outermost repeating heading level (and bold paragraphs naming a known section);
// fields, records and checklists from paragraphs and list levels; tables. Each paragraph and
// table row is given a line of its own, and its place is recorded for findings to name.
#pragma once

#include "docx_reader.hpp"
#include "word_blocks.hpp"

namespace cpdoc::docx {

// The document, and the short wholly bold paragraphs it asked options.names_known_section
// about (with the kind it asked for); nullopt, with `error` set, when a paragraph is longer
// than the limit for a line.
std::optional<Document> build_document(const WordContent& content, const DocxOptions& options,
                                       BoldHeadingQuestions& asked, SourceError& error);

} // namespace cpdoc::docx
