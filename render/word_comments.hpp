// Comments added to a Word document as Word itself adds them, the rest of the package left as
// it was: each comment is anchored on a paragraph (w:p) or a table cell (w:tc) of the main
// part, found by its WordElement::index. Only what a comment must touch changes: the main
// part gets commentRangeStart, commentRangeEnd and a commentReference run around the
// element's text; the comments part is added (or, when the document has one, extended), with
// one Override in [Content_Types].xml and one relationship in the main part's .rels. Every
// other entry keeps its bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct WordComment {
    int element = 0;                     // a w:p or w:tc of the main part, as the reader counts
    std::vector<std::string> paragraphs; // the comment's text
};

struct CommentedDocx {
    std::string bytes;
    std::string error; // empty on success
};

inline constexpr std::string_view word_comment_author = "cpdoc";

// With no comments, the bytes given.
CommentedDocx add_word_comments(std::string_view docx, const std::vector<WordComment>& comments);

} // namespace cpdoc
