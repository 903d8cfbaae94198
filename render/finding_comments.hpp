// Findings as Word comments: what each says, and the paragraph or table cell it is anchored
// on. A Word document's findings are anchored through its places (WordPlace::elements); a
// Markdown document's on the DOCX rendered from it, read back, by matching what each line
// of the Markdown is (the same field, record, table row or paragraph of the same section).
#pragma once

#include "policies/finding.hpp"
#include "word_comments.hpp"

#include <string>
#include <vector>

namespace cpdoc {

// "error: message [RULE-ID]", then the policy's words and where they are from.
std::vector<std::string> finding_comment(const Finding& finding);

// Each finding (suppressed ones left out) on the paragraph or cell its line and column are
// in; one with no place in the body (a document property, the whole document) on the first
// paragraph, the title.
std::vector<WordComment> word_comments(const Document& word, const std::vector<Finding>& findings);

// The findings of a Markdown document on `rendered`: the DOCX rendered from it, read back.
std::vector<WordComment> rendered_comments(const Document& markdown, const Document& rendered,
                                           const std::vector<Finding>& findings);

} // namespace cpdoc
