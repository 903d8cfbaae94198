// Reads a document in the cpdoc dialect into the document model.
#pragma once

#include "model.hpp"
#include "source_text.hpp"

#include <optional>
#include <string>

namespace cpdoc {

struct ParseResult {
    std::optional<Document> document;
    std::optional<SourceError> error; // the file is not a text document at all
};

// Never throws on bad input: what the grammar cannot read becomes a ParseProblem in the
// document; only bytes that are not a text document give an error instead of a document.
ParseResult parse_document(std::string bytes, const Limits& limits = {});

// The same, for text already decoded into lines.
Document parse_lines(const SourceText& text, const Limits& limits = {});

} // namespace cpdoc
