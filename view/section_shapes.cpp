#include "view/section_shapes.hpp"

#include "grammar/folding.hpp"
#include "grammar/inlines.hpp"
#include "grammar/line_syntax.hpp"
#include "grammar/source_text.hpp"
#include "view/label_runs.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <array>

namespace cpdoc {

namespace {

// A column of a people table that holds part of a person value, in the order they are
// joined: `Name, Role, Agency`.
int person_part(std::string_view header) {
    const std::string key = fold_key(header);
    for (const std::string_view name : {"name", "full name", "attendee", "person"})
        if (key == name)
            return 0;
    for (const std::string_view role : {"role", "job title", "title", "designation", "position"})
        if (key == role)
            return 1;
    for (const std::string_view agency :
         {"agency", "organisation", "organization", "service", "team", "agency service"})
        if (key == agency)
            return 2;
    return -1;
}

// "Paul Grant (Chair)", "Present - Chair": the text before a chair mark at its end; nullopt
// when it has none.
std::optional<std::string_view> before_chair_mark(std::string_view text) {
    text = trim(text);
    const std::string lower = ascii_lowercase(text);
    for (const std::string_view marker : {"(chair)", "(chairperson)", "(chairing)", " - chair",
                                          " \u2013 chair", " \u2014 chair", " - chairperson"})
        if (lower.ends_with(marker) && lower.size() > marker.size())
            return trim(text.substr(0, lower.size() - marker.size()));
    return std::nullopt;
}

// An attendance or named-people table read as fields: each row a person value (`Name,
// Role, Agency` from its columns), keyed by the cell that names a field of the section
// (`Chair`, `Apologies`) or, without one, by `default_key` (`Present`).
void read_people_table(const Table& table, const SectionSpec& spec, const std::string& default_key,
                       Section& section) {
    std::vector<int> parts;
    for (const Located& header : table.header)
        parts.push_back(person_part(header.text));
    if (std::find(parts.begin(), parts.end(), 0) == parts.end())
        return; // not a table of people
    for (const TableRow& row : table.rows) {
        const Located* key = nullptr;
        bool chair_in_status = false; // "Present - Chair" in a Present / Apologies column
        std::array<const Located*, 3> person{};
        for (std::size_t c = 0; c < row.cells.size() && c < parts.size(); ++c) {
            if (parts[c] >= 0) {
                person[static_cast<std::size_t>(parts[c])] = &row.cells[c];
            } else if (spec.field(row.cells[c].text) != nullptr) {
                key = &row.cells[c];
            } else if (const auto status = before_chair_mark(row.cells[c].text);
                       status && spec.field(*status) != nullptr &&
                       spec.field(*status) == spec.field(default_key)) {
                chair_in_status = true;
            }
        }
        if (person[0] == nullptr || trim(person[0]->text).empty())
            continue;
        Located value = *person[0];
        // "Paul Grant (Chair)", "Paul Grant - Chair", or "Team Manager (Chair)" in the role
        // column: the chair, marked beside the name or the role, whether or not a column says they
        // were present.
        const bool attending = key == nullptr || spec.field(key->text) == spec.field(default_key);
        const bool chair_marked_here = attending && spec.field_named("Chair") != nullptr;
        bool marked_chair = chair_in_status && chair_marked_here;
        const auto without_chair_mark = [&](std::string_view text) {
            if (chair_marked_here)
                if (const auto before = before_chair_mark(text)) {
                    marked_chair = true;
                    return std::string(*before);
                }
            return std::string(trim(text));
        };
        value.text = without_chair_mark(value.text);
        for (std::size_t part = 1; part < person.size(); ++part)
            if (person[part] != nullptr && !trim(person[part]->text).empty())
                value.text += ", " + without_chair_mark(person[part]->text);
        read_inlines(value); // its text is made of the cells' texts
        Located key_text = marked_chair     ? Located{"Chair", person[0]->pos}
                           : key != nullptr ? *key
                                            : Located{default_key, person[0]->pos};
        const std::string folded = fold_key(key_text.text);
        section.fields.push_back({std::move(key_text), std::move(value), person[0]->pos, folded});
    }
}

// Lines of a paragraph in a section of fields that read `Key: value` with a key the section
// has (`**Chair:** Helen Osei`, as documents converted from Word are written), or hold such a
// sentence: fields too.
void read_labelled_lines(const Section& original, const SectionSpec& spec, Section& section) {
    for (const Prose& prose : original.prose)
        if (prose.kind == Prose::Kind::paragraph)
            for (Field& field : labelled_fields(prose, spec))
                section.fields.push_back(std::move(field));
}

// The field a people table's rows are when no cell says otherwise: the section's person
// field that can repeat (Present, Core group member).
std::string default_people_key(const SectionSpec& spec) {
    for (const std::string_view name : {"Present", "Core group member"})
        if (spec.field_named(name) != nullptr)
            return std::string(name);
    return {};
}

// "- No information shared since the last meeting": short list items that only say there
// was nothing to record are the section's text, not records missing their fields.
// The field a records table's column holds: its header as a field name or alias, or one
// followed by whom it is for ("Outcome for Megan"), or one that ends the header in at least
// two words ("Date to be completed by" ends in the alias "Completed by").
const FieldSpec* column_field(const SectionSpec& spec, std::string_view header) {
    if (const FieldSpec* field = spec.field(header))
        return field;
    const std::string folded = fold_key(header);
    if (const auto for_whom = folded.find(" for "); for_whom != std::string::npos)
        return spec.field(std::string_view(folded).substr(0, for_whom));
    for (auto space = folded.find(' '); space != std::string::npos;
         space = folded.find(' ', space + 1)) {
        const std::string_view ending = std::string_view(folded).substr(space + 1);
        if (ending.find(' ') == std::string_view::npos)
            break; // one word is too little to tell what the column holds
        if (const FieldSpec* field = spec.field(ending))
            return field;
    }
    return nullptr;
}

// Fields of the section's records written as the section's own: each one of the record's
// fields, or, first in each record, a field no record has that titles it ("Information | Police
// callout log"). A field met again starts the next record (an objective per two-column table
// in a Word form: "Need | ...", "Objective | ...", "Who is responsible | ...", then "Need |
// ..." again). Where each record's fields start; none when a field is no record's, or a
// record would have fewer than two fields.
struct FieldRecords {
    std::vector<std::size_t> starts;
    bool titled = false; // each record's first field is its title
};

FieldRecords records_in_fields(const Section& section, const SectionSpec& spec) {
    FieldRecords found;
    if (section.fields.empty())
        return {};
    const std::string& title_key = section.fields.front().folded_key;
    found.titled = spec.field(section.fields.front()) == nullptr;
    std::vector<const FieldSpec*> seen;
    for (std::size_t i = 0; i < section.fields.size(); ++i) {
        const Field& field = section.fields[i];
        const FieldSpec* field_spec = spec.field(field);
        const bool title = found.titled && field.folded_key == title_key;
        if (field_spec == nullptr && !title)
            return {};
        if (found.starts.empty() || title ||
            (!found.titled && std::find(seen.begin(), seen.end(), field_spec) != seen.end())) {
            if (!found.starts.empty() && seen.size() < 2)
                return {};
            found.starts.push_back(i);
            seen.clear();
        }
        if (!title) {
            if (std::find(seen.begin(), seen.end(), field_spec) != seen.end())
                return {}; // one record's field twice
            seen.push_back(field_spec);
        }
    }
    if (seen.size() < 2)
        return {};
    return found;
}

constexpr std::size_t nothing_to_record_max_words = 12;

// "- Nothing else shared.": an item that only says there was nothing (more) to record.
bool says_nothing_to_record(const Record& record, const Policy& policy) {
    return record.fields.empty() && record.checklist.empty() && record.notes.empty() &&
           word_count(record.title.text) <= nothing_to_record_max_words &&
           first_phrase_in(record.title.text, policy.vocabulary_matcher(Vocab::nothing_to_record));
}

bool any_nothing_to_record(const Section& section, const Policy& policy) {
    return std::any_of(section.records.begin(), section.records.end(), [&](const Record& record) {
        return says_nothing_to_record(record, policy);
    });
}

// Items that say there was nothing (more) to record, read as the section's text, not as
// records missing their fields; the section's other records stay.
Section nothing_recorded_as_text(const Section& original, const Policy& policy) {
    Section section = original;
    std::vector<Record> kept;
    for (Record& record : section.records)
        if (says_nothing_to_record(record, policy))
            section.prose.push_back({std::move(record.title), Prose::Kind::paragraph});
        else
            kept.push_back(std::move(record));
    section.records = std::move(kept);
    return section;
}

// "- Trigger: ...\n- Response: ...\n- Owner: ..." straight under the heading: one more record
// of the section, titled by its heading; or several, each titled by its title field or at its
// first field.
Section fields_as_records(const Section& original, const FieldRecords& found) {
    Section section = original;
    section.fields.clear();
    const std::vector<std::size_t>& starts = found.starts;
    for (std::size_t r = 0; r < starts.size(); ++r) {
        const std::size_t end = r + 1 < starts.size() ? starts[r + 1] : original.fields.size();
        const Field& first = original.fields[starts[r]];
        Record record;
        if (found.titled)
            record.title = first.value;
        else
            record.title = {original.heading.text,
                            starts.size() == 1 ? original.heading.pos : first.pos};
        record.fields.assign(original.fields.begin() +
                                 static_cast<long>(starts[r] + (found.titled ? 1 : 0)),
                             original.fields.begin() + static_cast<long>(end));
        section.records.push_back(std::move(record));
    }
    return section;
}

// "Find a childminder↵Owner: Tom Price↵Due: 18/12/2026" typed as a paragraph, with no bullet:
// a record, its first line the title and the labelled lines after it its fields.
std::optional<Record> paragraph_record(const Prose& prose, const SectionSpec& spec) {
    if (prose.kind != Prose::Kind::paragraph || prose.continued.empty())
        return std::nullopt;
    const auto next_line = std::find_if(prose.continued.begin(), prose.continued.end(),
                                        [](const LineStart& line) { return line.offset > 0; });
    if (next_line == prose.continued.end())
        return std::nullopt;
    std::vector<Field> fields = labelled_fields(prose, spec);
    if (fields.empty() || std::any_of(fields.begin(), fields.end(), [&](const Field& field) {
            return field.key.pos < next_line->pos;
        }))
        return std::nullopt;
    Record record;
    record.title = {std::string(trim(std::string_view(prose.text).substr(0, next_line->offset))),
                    prose.pos};
    record.fields = std::move(fields);
    return record;
}

// Paragraphs that are records, as above, among the section's records.
std::optional<Section> with_paragraph_records(const Section& original, const SectionSpec& spec) {
    std::optional<Section> section;
    for (std::size_t i = 0; i < original.prose.size(); ++i)
        if (auto record = paragraph_record(original.prose[i], spec)) {
            if (!section) {
                section = original;
                section->prose.clear();
                for (std::size_t k = 0; k < i; ++k)
                    section->prose.push_back(original.prose[k]);
            }
            section->records.push_back(std::move(*record));
        } else if (section) {
            section->prose.push_back(original.prose[i]);
        }
    if (section)
        std::stable_sort(
            section->records.begin(), section->records.end(),
            [](const Record& a, const Record& b) { return a.title.pos < b.title.pos; });
    return section;
}

// A section of fields with `Key: value` lines in its paragraphs and tables of people.
Section flat_section_read(const Section& original, const SectionSpec& spec) {
    const std::string default_key = default_people_key(spec);
    Section section = original;
    read_labelled_lines(original, spec, section);
    if (!default_key.empty())
        for (const Table& table : original.tables)
            read_people_table(table, spec, default_key, section);
    return section;
}

// A section of records with tables: each row one more record.
Section tables_as_records(const Section& original, const SectionSpec& spec) {
    Section section = original;
    for (const Table& table : original.tables) {
        std::vector<const FieldSpec*> columns;
        for (const Located& header : table.header)
            columns.push_back(column_field(spec, header.text));
        // The title is the first column that is not a field; when every column is a field,
        // the first column is the title and stays a field too.
        const auto title = std::find(columns.begin(), columns.end(), nullptr);
        const std::size_t title_column =
            title == columns.end() ? 0 : static_cast<std::size_t>(title - columns.begin());
        const Located* group = nullptr;
        for (const TableRow& row : table.rows) {
            if (row.divider) {
                const auto heading = std::find_if(row.cells.begin(), row.cells.end(),
                                                  [](const Located& c) { return !c.text.empty(); });
                group = heading != row.cells.end() ? &*heading : nullptr;
                continue;
            }
            Record record;
            if (group != nullptr)
                record.group = *group;
            record.title = row.cells.at(title_column);
            for (std::size_t c = 0; c < row.cells.size() && c < table.header.size(); ++c) {
                if (c == title_column && columns[c] == nullptr)
                    continue;
                record.fields.push_back(
                    {table.header[c], row.cells[c], row.cells[c].pos,
                     fold_key(columns[c] != nullptr ? std::string_view(columns[c]->name)
                                                    : std::string_view(table.header[c].text))});
                // "| Details |" holding "Owner: Rhona Watt↵Due: 10/12/2026": the record's
                // fields typed in a cell of a column no field names.
                if (columns[c] == nullptr)
                    for (Field& labelled : labelled_fields(row.cells[c], spec))
                        record.fields.push_back(std::move(labelled));
            }
            section.records.push_back(std::move(record));
        }
    }
    return section;
}

} // namespace

std::optional<Section> reshaped(const Section& original, const SectionSpec& spec,
                                const Policy& policy) {
    const bool records = spec.shape == SectionShape::records;
    if (records && any_nothing_to_record(original, policy)) {
        const Section read = nothing_recorded_as_text(original, policy);
        return reshaped(read, spec, policy).value_or(read);
    }
    // Beside other records too: "- **If:** ... **Then:** ... **Who:** all" among sentences.
    if (records && !original.prose.empty())
        if (const auto read = with_paragraph_records(original, spec))
            return reshaped(*read, spec, policy).value_or(*read);
    if (records && (original.records.empty() || original.tables.empty()))
        if (const FieldRecords found = records_in_fields(original, spec); !found.starts.empty())
            return fields_as_records(original, found);
    if (original.tables.empty() && original.prose.empty())
        return std::nullopt;
    if (spec.shape == SectionShape::flat)
        return flat_section_read(original, spec);
    if (records && !original.tables.empty())
        return tables_as_records(original, spec);
    return std::nullopt;
}

} // namespace cpdoc
