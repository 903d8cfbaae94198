// What a list item means once its nesting is known: a field, a checklist answer or a record
// with its fields, answers and notes (spec section 5). The Markdown parser and the Word
// reader both build the items' tree and hand each top-level item here, so a list reads the
// same whichever format it was written in.
#pragma once

#include "model.hpp"

#include <optional>
#include <vector>

namespace cpdoc {

// A list item as written, before it is known to be a field, record or note.
struct RawItem {
    Located text;
    int marker_indent = 0;
    int content_column = 0;
    bool ordered = false;
    std::vector<RawItem> children;
};

// `Key: value` in an item's (or a paragraph's) text, with the key's and value's places.
std::optional<Field> as_field(const Located& text);

// `[x] text` / `[ ] text` in an item's text.
std::optional<ChecklistAnswer> as_checklist(const Located& text);

// Adds a top-level item to the section as a checklist answer, a field (one per nested plain
// item under `Key:`), or a record.
void classify_top_item(RawItem&& item, Section& target);

} // namespace cpdoc
