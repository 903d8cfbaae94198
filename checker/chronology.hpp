// A chronology's table read as dated, typed, sourced entries. Shared by the chronology rules,
// the timescale rules and `cpdoc chronology merge`.
#pragma once

#include "document_view.hpp"
#include "grammar/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct ChronologyEntry {
    const TableRow* row = nullptr;
    std::optional<Date> date;
    const Located* date_cell = nullptr; // nullptr when the table has no such column
    const Located* type_cell = nullptr;
    const Located* event_cell = nullptr;
    const Located* source_cell = nullptr;
};

struct Chronology {
    const Table* table = nullptr;
    std::vector<ChronologyEntry> entries;
};

// The chronology's table under the policy's column names and aliases; table is nullptr when
// the document has none.
Chronology read_chronology(const DocumentView& view);

} // namespace cpdoc
