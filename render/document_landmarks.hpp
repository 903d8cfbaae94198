// What each line of a document is, said so that the same thing in the same document in
// another format can be found: by a key ("actions#0/record#2/field:owner#0") where both lay
// it out alike, else by its words within the same section. How a finding on a Markdown line
// is found in the DOCX rendered from it, where fields and records may have become tables.
#pragma once

#include "grammar/model.hpp"

#include <string>
#include <vector>

namespace cpdoc {

struct Landmark {
    std::string key;
    std::string scope; // the section's key: "actions#0"
    int line = 0;
    std::vector<int> columns;       // where each cell, or a field's key and value, starts
    std::vector<std::string> texts; // the text there
    std::string context;            // a record field's record title
};

// In line order.
std::vector<Landmark> document_landmarks(const Document& document);

// The place in `target` of the thing at `pos` in the document `source` was read from:
// a line of `target` and the column there. nullopt when nothing there matches.
std::optional<Position> matching_position(const std::vector<Landmark>& source,
                                          const std::vector<Landmark>& target, Position pos);

} // namespace cpdoc
