// A chronology's table read as dated, typed, sourced entries. Shared by the chronology rules,
// the timescale rules and `cpdoc chronology merge`.
#pragma once

#include "grammar/date.hpp"
#include "view/document_view.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct ChronologyEntry {
    const Table* table = nullptr;
    const TableRow* row = nullptr;
    std::optional<Date> date;
    const Located* date_cell = nullptr; // nullptr when the table has no such column
    const Located* type_cell = nullptr;
    const Located* event_cell = nullptr;
    const Located* source_cell = nullptr;
    // "Also reported by": the other agencies that recorded the same event, as `cpdoc
    // chronology merge` marks it; counted once by the timescale rules.
    const Located* also_reported_cell = nullptr;
    // The day the entry is about: its date, or the one a slip in writing it plainly means
    // ("09.11.2026"). CHRONOLOGY-DATE asks for the slip to be corrected; the timescale rules
    // count the entry meanwhile, as they count a misspelt event type.
    std::optional<Date> when;

    bool also_reported() const;
    // How many other agencies the "Also reported by" cell names (separated by ";").
    std::size_t other_reporters() const;
};

struct Chronology {
    std::vector<const Table*> tables; // in document order
    std::vector<ChronologyEntry> entries;
};

// The chronology's entries under the policy's column names and aliases: every row of every
// table with a Date column, wherever it stands (practitioners split a long chronology under
// sub-headings or a section per year); when no table has one, the chronology section's
// tables, so the rules can say what is missing. tables is empty when the document has none.
// Rules ask the view (DocumentView::chronology), which reads it once.
Chronology read_chronology(const DocumentView& view);

// The policy's event type a type cell that is not one means: a slip of one
// ("visit-no-acess"), or the same words in plain English ("No access visit", "Home visit -
// no access", "Visit cancelled by Mum", "NA visit", "DNA appointment").
std::optional<std::string> event_type_meant(std::string_view written,
                                            const std::vector<std::string>& types);

// The event type (folded) a type cell is read as: its own when the policy's `event-types`
// has it, else the one it means (event_type_meant), so a defaulted visit written another way
// still counts while CHRONOLOGY-TYPE asks for it to be corrected; else the folded text.
std::string read_event_type(std::string_view written, const std::vector<std::string>& types,
                            const FoldedTerms& folded_types);

} // namespace cpdoc
