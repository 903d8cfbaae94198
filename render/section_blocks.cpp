#include "section_blocks.hpp"

#include "grammar/date.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "text_inlines.hpp"
#include "view/person_in_full.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace cpdoc {
namespace {

using pandoc::Blocks;
using pandoc::Inlines;

// The parts of a section, each with the line it starts on.
enum class PartKind { field, record, checklist, table, prose };
struct Part {
    PartKind kind;
    int line;
    std::size_t index;
};

// Whether the line is one of a table's (its header to its last row).
bool in_a_table(const Section& section, int line) {
    return std::any_of(section.tables.begin(), section.tables.end(), [&](const Table& table) {
        return line >= table.pos.line &&
               line <= (table.rows.empty() ? table.pos.line : table.rows.back().line);
    });
}

std::vector<Part> parts_in_order(const Section& section, bool tables_are_records) {
    std::vector<Part> parts;
    // A table of people the view also reads as fields (each row a `Present:`) is shown once,
    // as the table written.
    for (std::size_t i = 0; i < section.fields.size(); ++i)
        if (tables_are_records || !in_a_table(section, section.fields[i].pos.line))
            parts.push_back({PartKind::field, section.fields[i].pos.line, i});
    for (std::size_t i = 0; i < section.records.size(); ++i)
        parts.push_back({PartKind::record, section.records[i].title.pos.line, i});
    for (std::size_t i = 0; i < section.checklist.size(); ++i)
        parts.push_back({PartKind::checklist, section.checklist[i].text.pos.line, i});
    if (!tables_are_records)
        for (std::size_t i = 0; i < section.tables.size(); ++i)
            parts.push_back({PartKind::table, section.tables[i].pos.line, i});
    for (std::size_t i = 0; i < section.prose.size(); ++i)
        parts.push_back({PartKind::prose, section.prose[i].pos.line, i});
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part& a, const Part& b) { return a.line < b.line; });
    return parts;
}

char capital(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// A value as the reader should see it: people in full, dates in the long form a letter uses,
// answers ("yes", "do not share") starting with a capital.
Inlines value_inlines(const Located& value, const FieldSpec* spec, const DocumentView& view) {
    const FieldType type = spec != nullptr ? spec->type : FieldType::text;
    if (type == FieldType::person)
        if (const auto in_full = person_in_full(value, view))
            return text_inlines(*in_full);
    if (type == FieldType::date)
        if (auto date = date_inlines(value))
            return std::move(*date);
    if ((type == FieldType::yes_no || type == FieldType::decision) && !value.text.empty() &&
        value.text[0] != capital(value.text[0])) {
        // A lower-case letter starts the first inline too, which is text.
        Located capitalised = value;
        capitalised.text[0] = capital(capitalised.text[0]);
        if (!capitalised.inlines.empty())
            capitalised.inlines.front().text[0] = capital(capitalised.inlines.front().text[0]);
        return text_inlines(capitalised);
    }
    return text_inlines(value);
}

Blocks cell(const Inlines& content) {
    return content.empty() ? Blocks{} : Blocks{pandoc::plain(content)};
}

// What the cells of each column hold, to size the columns: in proportion to how much each
// holds, within bounds, so a due date stays narrow and an outcome gets room, but never so
// narrow that a column's longest word ("December", a surname) is broken.
class ColumnSizes {
public:
    explicit ColumnSizes(std::size_t columns) : characters_(columns, 0), longest_(columns, 0) {}

    void add(std::size_t column, std::string_view text) {
        characters_[column] += text.size();
        fit(column, text);
    }
    void fit(std::size_t column, std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t end = std::min(text.find(' ', i), text.size());
            longest_[column] = std::max(longest_[column], end - i);
            i = end + 1;
        }
    }

    std::vector<double> widths(std::size_t rows) const {
        constexpr double characters_per_line = 90; // A4 text width at the table's font size
        const std::size_t n = characters_.size();
        std::vector<double> weight(n), minimum(n);
        for (std::size_t c = 0; c < n; ++c) {
            const double average = rows == 0 ? 10.0 : static_cast<double>(characters_[c]) / rows;
            weight[c] = std::clamp(std::sqrt(average), 3.0, 9.0);
            minimum[c] = std::min(0.25, static_cast<double>(longest_[c] + 2) / characters_per_line);
        }
        // Columns whose share would be under their minimum get the minimum; the others share
        // what is left in proportion to their weight.
        std::vector<bool> at_minimum(n, false);
        std::vector<double> width(n);
        for (std::size_t pass = 0; pass <= n; ++pass) {
            double fixed = 0, free_weight = 0;
            for (std::size_t c = 0; c < n; ++c)
                at_minimum[c] ? fixed += minimum[c] : free_weight += weight[c];
            bool changed = false;
            for (std::size_t c = 0; c < n; ++c) {
                width[c] =
                    at_minimum[c] ? minimum[c] : std::max(0.0, 1 - fixed) * weight[c] / free_weight;
                if (!at_minimum[c] && width[c] < minimum[c])
                    changed = at_minimum[c] = true;
            }
            if (!changed)
                break;
        }
        double total = 0;
        for (const double w : width)
            total += w;
        for (double& w : width)
            w /= total;
        return width;
    }

private:
    std::vector<std::size_t> characters_;
    std::vector<std::size_t> longest_;
};

// "Objectives" -> "Objective": the heading of a record table's first column. Progress is
// recorded per objective of the plan, and its one field is also called Progress.
std::string singular(std::string_view heading) {
    std::string label(trim(heading));
    if (fold_key(label) == "progress")
        return "Objective";
    if (label.size() > 3 && label.back() == 's' && !label.ends_with("ss") &&
        !label.ends_with("is") && !label.ends_with("us"))
        label.pop_back();
    return label.empty() ? "Item" : label;
}

// ---- records ------------------------------------------------------------------------------

// Which column a field goes in: the policy's field under any alias, or the key as written.
std::string column_key(const Field& field, const FieldSpec* spec) {
    return spec != nullptr ? "policy:" + spec->name : "key:" + field.folded_key;
}

Blocks records_table(const Section& section, const std::vector<const Record*>& records,
                     const SectionSpec* spec, const DocumentView& view) {
    // Columns: the policy's fields in the policy's order, then any other keys as written.
    std::vector<std::string> columns{singular(spec != nullptr ? spec->name : section.heading.text)};
    std::map<std::string, std::size_t> column_of;
    if (spec != nullptr)
        for (const FieldSpec& field_spec : spec->fields)
            for (const Record* record : records)
                if (std::any_of(record->fields.begin(), record->fields.end(),
                                [&](const Field& f) { return spec->field(f) == &field_spec; })) {
                    column_of[column_key({}, &field_spec)] = columns.size();
                    columns.push_back(field_spec.name);
                    break;
                }
    for (const Record* record : records)
        for (const Field& field : record->fields) {
            const FieldSpec* field_spec = spec != nullptr ? spec->field(field) : nullptr;
            const std::string key = column_key(field, field_spec);
            if (column_of.emplace(key, columns.size()).second)
                columns.push_back(field.key.text);
        }
    // A table whose every column is a field ("Trigger | Response | Owner") titles each record
    // with its first field: shown once, in its own column, not again as a title.
    const bool titled_by_a_field =
        !records.empty() && std::all_of(records.begin(), records.end(), [](const Record* r) {
            return std::any_of(r->fields.begin(), r->fields.end(), [&](const Field& f) {
                return f.value.pos == r->title.pos && f.value.text == r->title.text;
            });
        });
    if (titled_by_a_field) {
        columns.erase(columns.begin());
        for (auto& [key, column] : column_of)
            --column;
    }
    const bool with_notes = std::any_of(records.begin(), records.end(), [](const Record* r) {
        return !r->notes.empty() || !r->checklist.empty();
    });
    if (with_notes)
        columns.push_back("Notes");

    std::vector<const Record*> ordered = records;
    // Rows the minute taker grouped under heading rows keep their order, and their headings.
    const bool grouped = std::any_of(records.begin(), records.end(),
                                     [](const Record* r) { return !r->group.text.empty(); });
    if (spec != nullptr && !spec->order_by.empty() && !grouped)
        if (const FieldSpec* order_field = spec->field(spec->order_by)) {
            auto due_date = [&](const Record* record) -> std::optional<Date> {
                for (const Field& field : record->fields)
                    if (spec->field(field) == order_field)
                        return parse_date(field.value.text);
                return std::nullopt;
            };
            std::stable_sort(ordered.begin(), ordered.end(), [&](const Record* a, const Record* b) {
                const auto da = due_date(a), db = due_date(b);
                return da && (!db || *da < *db); // undated actions last
            });
        }

    pandoc::Table table;
    table.classes = {"records"};
    for (const std::string& column : columns)
        table.head.push_back(pandoc::text(column));
    ColumnSizes sizes(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        sizes.fit(c, columns[c]);
    const Record* previous = nullptr;
    for (const Record* record : ordered) {
        if (!record->group.text.empty() &&
            (previous == nullptr || previous->group.text != record->group.text ||
             previous->group.pos != record->group.pos)) {
            std::vector<Blocks> heading(columns.size());
            heading[0] = cell({pandoc::strong(text_inlines(record->group))});
            for (std::size_t c = 1; c < columns.size(); ++c)
                heading[c] = cell({});
            sizes.add(0, record->group.text);
            table.rows.push_back(std::move(heading));
        }
        previous = record;
        std::vector<Inlines> cells(columns.size());
        if (!titled_by_a_field) {
            cells[0] = text_inlines(record->title);
            sizes.add(0, record->title.text);
        }
        for (const Field& field : record->fields) {
            const FieldSpec* field_spec = spec != nullptr ? spec->field(field) : nullptr;
            const std::size_t c = column_of.at(column_key(field, field_spec));
            if (!cells[c].empty())
                cells[c].push_back(pandoc::line_break());
            pandoc::append(cells[c], value_inlines(field.value, field_spec, view));
            sizes.add(c, field.value.text);
        }
        if (with_notes) {
            Inlines& notes = cells.back();
            auto add = [&](const Inlines& note, std::string_view text) {
                if (!notes.empty())
                    notes.push_back(pandoc::line_break());
                pandoc::append(notes, note);
                sizes.add(columns.size() - 1, text);
            };
            for (const Located& note : record->notes)
                add(text_inlines(note), note.text);
            for (const ChecklistAnswer& answer : record->checklist) {
                Inlines answer_inlines{pandoc::strong(pandoc::text(answer.checked ? "Yes" : "No"))};
                pandoc::append(answer_inlines, pandoc::text(" — "));
                pandoc::append(answer_inlines, text_inlines(answer.text));
                add(answer_inlines, answer.text.text);
            }
        }
        std::vector<Blocks> row;
        for (const Inlines& content : cells)
            row.push_back(cell(content));
        table.rows.push_back(std::move(row));
    }
    table.widths = sizes.widths(ordered.size());
    return {pandoc::table(table)};
}

// ---- fields -------------------------------------------------------------------------------

bool all_people(const std::vector<const Field*>& fields, const SectionSpec* spec) {
    return spec != nullptr && std::all_of(fields.begin(), fields.end(), [&](const Field* f) {
               const FieldSpec* field_spec = spec->field(*f);
               return field_spec != nullptr && field_spec->type == FieldType::person;
           });
}

// Attendance and named people: who, in what role, from which agency, and in what capacity;
// whoever leads (the chair) first and marked.
Blocks people_table(const std::vector<const Field*>& fields, const SectionSpec* spec) {
    std::vector<const Field*> ordered = fields;
    auto leads = [&](const Field* f) { return spec->field(*f)->lead; };
    std::stable_partition(ordered.begin(), ordered.end(), leads);
    pandoc::Table table;
    table.classes = {"people"};
    table.head = {pandoc::text("Name"), pandoc::text("Role"), pandoc::text("Agency"),
                  pandoc::text("Capacity")};
    table.widths = {0.28, 0.28, 0.26, 0.18};
    for (const Field* field : ordered) {
        Inlines capacity = pandoc::text(spec->field(*field)->name);
        if (leads(field))
            capacity = {pandoc::strong(capacity)};
        // `Present: Sarah Boyle (HV, NHS Lanarkshire), Mark Devine (Nursery Manager, ...)`
        // is two people, a row each.
        for (const std::string_view listed : listed_people(field->value.text)) {
            const Person person = parse_person(listed);
            table.rows.push_back({cell(pandoc::text(person.name)), cell(pandoc::text(person.role)),
                                  cell(pandoc::text(person.agency)), cell(capacity)});
        }
    }
    return {pandoc::table(table)};
}

Blocks fields_table(const std::vector<const Field*>& fields, const SectionSpec* spec,
                    const DocumentView& view) {
    if (all_people(fields, spec))
        return people_table(fields, spec);
    pandoc::Table table;
    table.classes = {"fields"};
    table.widths = {0.3, 0.7};
    for (const Field* field : fields) {
        const FieldSpec* field_spec = spec != nullptr ? spec->field(*field) : nullptr;
        table.rows.push_back({cell({pandoc::strong(text_inlines(field->key))}),
                              cell(value_inlines(field->value, field_spec, view))});
    }
    return {pandoc::table(table)};
}

// ---- checklists, tables and prose ---------------------------------------------------------

Blocks checklist(const std::vector<const ChecklistAnswer*>& answers) {
    std::vector<Blocks> items;
    for (const ChecklistAnswer* answer : answers) {
        Inlines content{pandoc::strong(pandoc::text(answer->checked ? "Yes" : "No"))};
        pandoc::append(content, pandoc::text(" — "));
        pandoc::append(content, text_inlines(answer->text));
        items.push_back({pandoc::plain(content)});
    }
    return {pandoc::div("", {"checklist"}, {pandoc::bullet_list(items)})};
}

Blocks table_blocks(const Table& source) {
    pandoc::Table table;
    table.classes = {"source-table"};
    const std::size_t width = source.header.size();
    ColumnSizes sizes(width);
    for (std::size_t c = 0; c < width; ++c) {
        table.head.push_back(text_inlines(source.header[c]));
        sizes.fit(c, source.header[c].text);
    }
    for (const TableRow& source_row : source.rows) {
        std::vector<Blocks> row(width);
        for (std::size_t c = 0; c < width && c < source_row.cells.size(); ++c) {
            row[c] = cell(text_inlines(source_row.cells[c]));
            sizes.add(c, source_row.cells[c].text);
        }
        table.rows.push_back(std::move(row));
    }
    table.widths = sizes.widths(source.rows.size());
    return {pandoc::table(table)};
}

std::string prose_block(const Prose& prose) {
    switch (prose.kind) {
    case Prose::Kind::heading:
        return pandoc::header(3, "", text_inlines(prose));
    case Prose::Kind::code:
        return pandoc::code_block(prose.text);
    case Prose::Kind::paragraph:
        break;
    }
    return pandoc::para(text_inlines(prose));
}

} // namespace

Blocks section_blocks(const Section& section, const SectionSpec* spec, const DocumentView& view) {
    const bool tables_are_records = spec != nullptr && spec->shape == SectionShape::records;
    const std::vector<Part> parts = parts_in_order(section, tables_are_records);
    Blocks blocks;
    // Consecutive parts of one kind make one table or list; records make one table however
    // they are interleaved, so an action table is never split by a note between actions.
    std::vector<const Record*> records;
    for (const Part& part : parts)
        if (part.kind == PartKind::record)
            records.push_back(&section.records[part.index]);
    bool records_written = false;
    for (std::size_t i = 0; i < parts.size();) {
        const PartKind kind = parts[i].kind;
        std::size_t end = i;
        while (end < parts.size() && parts[end].kind == kind && kind != PartKind::prose &&
               kind != PartKind::table)
            ++end;
        if (end == i)
            end = i + 1;
        Blocks written;
        switch (kind) {
        case PartKind::record:
            if (!std::exchange(records_written, true))
                written = records_table(section, records, spec, view);
            break;
        case PartKind::field: {
            std::vector<const Field*> fields;
            for (std::size_t k = i; k < end; ++k)
                fields.push_back(&section.fields[parts[k].index]);
            written = fields_table(fields, spec, view);
            break;
        }
        case PartKind::checklist: {
            std::vector<const ChecklistAnswer*> answers;
            for (std::size_t k = i; k < end; ++k)
                answers.push_back(&section.checklist[parts[k].index]);
            written = checklist(answers);
            break;
        }
        case PartKind::table:
            written = table_blocks(section.tables[parts[i].index]);
            break;
        case PartKind::prose:
            written = {prose_block(section.prose[parts[i].index])};
            break;
        }
        blocks.insert(blocks.end(), written.begin(), written.end());
        i = end;
    }
    return blocks;
}

} // namespace cpdoc
