#include "view/chronology_view.hpp"
#include "grammar/folding.hpp"

#include "view/text_match.hpp"

#include <algorithm>

namespace cpdoc {

namespace {

constexpr std::string_view chronology_section = "Chronology";

// A table's header cells as fold_key folds them, each folded once for all its columns.
std::vector<std::string> folded_header(const Table& table) {
    std::vector<std::string> folded;
    folded.reserve(table.header.size());
    for (const Located& cell : table.header)
        folded.push_back(fold_key(cell.text));
    return folded;
}

std::optional<std::size_t> column(const std::vector<std::string>& header, const SectionSpec* spec,
                                  std::string_view name) {
    const FieldSpec* field = spec == nullptr ? nullptr : spec->field_named(name);
    const std::string folded = field != nullptr ? std::string() : fold_key(name);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (field != nullptr ? field->matches_folded(header[i]) : header[i] == folded)
            return i;
    return std::nullopt;
}

void read_table(const Table& table, const std::vector<std::string>& header, const SectionSpec* spec,
                Chronology& chronology) {
    chronology.tables.push_back(&table);
    const auto date = column(header, spec, "Date");
    const auto type = column(header, spec, "Type");
    const auto event = column(header, spec, "Event");
    const auto source = column(header, spec, "Source");
    const auto also_reported = column(header, spec, "Also reported by");
    auto cell = [](const TableRow& row, std::optional<std::size_t> index) -> const Located* {
        return index && *index < row.cells.size() ? &row.cells[*index] : nullptr;
    };
    chronology.entries.reserve(chronology.entries.size() + table.rows.size());
    for (const TableRow& row : table.rows) {
        ChronologyEntry entry{&table,
                              &row,
                              std::nullopt,
                              cell(row, date),
                              cell(row, type),
                              cell(row, event),
                              cell(row, source),
                              cell(row, also_reported)};
        if (entry.date_cell != nullptr)
            entry.date = parse_date(entry.date_cell->text);
        chronology.entries.push_back(entry);
    }
}

} // namespace

bool ChronologyEntry::also_reported() const {
    return also_reported_cell != nullptr && !trim(also_reported_cell->text).empty();
}

std::size_t ChronologyEntry::other_reporters() const {
    if (also_reported_cell == nullptr)
        return 0;
    std::size_t count = 0;
    std::string_view rest = also_reported_cell->text;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(';'), rest.size());
        count += trim(rest.substr(0, end)).empty() ? 0 : 1;
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return count;
}

Chronology read_chronology(const DocumentView& view) {
    Chronology chronology;
    const SectionSpec* spec = view.spec(chronology_section);
    for (const Section& section : view.document().sections)
        for (const Table& table : section.tables)
            if (const auto header = folded_header(table); column(header, spec, "Date"))
                read_table(table, header, spec, chronology);
    if (!chronology.tables.empty())
        return chronology;
    if (const Section* section = view.section(chronology_section))
        for (const Table& table : section->tables)
            read_table(table, folded_header(table), spec, chronology);
    return chronology;
}

const Chronology& DocumentView::chronology() const {
    if (!chronology_)
        chronology_ = std::make_shared<const Chronology>(read_chronology(*this));
    return *chronology_;
}

std::string read_event_type(std::string_view written, const std::vector<std::string>& types,
                            const FoldedTerms& folded_types) {
    if (is_one_of(written, folded_types))
        return fold_name(written);
    const auto near = nearest(written, types);
    return fold_name(near ? std::string_view(*near) : written);
}

} // namespace cpdoc
