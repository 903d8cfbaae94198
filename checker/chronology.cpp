#include "chronology.hpp"

namespace cpdoc {

namespace {

constexpr std::string_view chronology_section = "Chronology";

std::optional<std::size_t> column(const Table& table, const SectionSpec* spec,
                                  std::string_view name) {
    const FieldSpec* field = spec == nullptr ? nullptr : spec->field_named(name);
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (field != nullptr ? field->matches(table.header[i].text)
                             : fold_key(table.header[i].text) == fold_key(name))
            return i;
    return std::nullopt;
}

} // namespace

Chronology read_chronology(const DocumentView& view) {
    Chronology chronology;
    const Section* section = view.section(chronology_section);
    if (section == nullptr || section->tables.empty())
        return chronology;
    chronology.table = &section->tables.front();
    const SectionSpec* spec = view.spec(chronology_section);
    const auto date = column(*chronology.table, spec, "Date");
    const auto type = column(*chronology.table, spec, "Type");
    const auto event = column(*chronology.table, spec, "Event");
    const auto source = column(*chronology.table, spec, "Source");
    auto cell = [](const TableRow& row, std::optional<std::size_t> index) -> const Located* {
        return index && *index < row.cells.size() ? &row.cells[*index] : nullptr;
    };
    for (const TableRow& row : chronology.table->rows) {
        ChronologyEntry entry{&row,
                              std::nullopt,
                              cell(row, date),
                              cell(row, type),
                              cell(row, event),
                              cell(row, source)};
        if (entry.date_cell != nullptr)
            entry.date = parse_date(entry.date_cell->text);
        chronology.entries.push_back(entry);
    }
    return chronology;
}

} // namespace cpdoc
